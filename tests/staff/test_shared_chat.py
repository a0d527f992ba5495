"""A chat two agencies share on purpose (``shared_chats``) acts on both agencies'
tickets: nobody's ticket is stranded in it."""

from __future__ import annotations

from pathlib import Path

from domain.callbacks import pack
from domain.tickets import TicketStatus
from tests.staff.helpers import (
    PUPR_CHAT,
    agencies_file,
    file_complaint,
    staff_presses,
    staff_says,
    the_ticket,
)
from tests.turns.fixtures import TurnsFactory, both_databases
from tests.turns.rig import text_of


@both_databases
async def test_staff_in_a_declared_shared_chat_act_on_every_sharing_agencys_tickets(
    make_turns: TurnsFactory, tmp_path: Path
) -> None:
    agencies = agencies_file(
        tmp_path, dlh={"staff_chat_id": PUPR_CHAT}, top={"shared_chats": [PUPR_CHAT]}
    )
    async with make_turns(agencies=agencies) as chat:
        await file_complaint(chat)
        ticket = await the_ticket(chat)
        assert ticket.agency_code == "pupr"
        await staff_presses(chat, pack("sf", "rt", ticket.id, "dlh"))
        moved = await the_ticket(chat)
        assert moved.agency_code == "dlh" and moved.staff_chat_id == PUPR_CHAT
        sent = await staff_presses(chat, pack("sf", "tk", moved.id))
        assert "⛔" not in text_of(sent)
        assert (await the_ticket(chat)).status == TicketStatus.IN_PROGRESS
        listing = text_of(await staff_says(chat, "/tiket"))
        assert moved.code in listing
