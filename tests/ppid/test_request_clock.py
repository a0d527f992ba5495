"""An information request ends with a decision, not with a staff reply: a PPID who
asks the requester something, or answers in the chat, leaves the decision deadline
running, and the complaints' auto-close (10 working days after an answer) never ends
a request. The request is filed Monday 23 November 2026 09:00 WIB; its decision is due
Monday 7 December 09:00 (10 working days); the auto-close after an answer on Tuesday
24 November would have fallen on Tuesday 8 December."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from sqlalchemy import select

from storage.models import Ticket
from tests.ppid.support import DUKCAPIL_PPID, file_request
from tests.sla.support import SUPERVISORS
from tests.staff.helpers import card_of, staff_says
from tests.turns.deadlines import deadlines_of
from tests.turns.fixtures import both_databases
from tests.turns.rig import TurnRig, text_of

WIB = ZoneInfo("Asia/Jakarta")
DECISION_DUE = datetime(2026, 12, 7, 9, tzinfo=WIB).astimezone(UTC)


async def ticket_of(chat: TurnRig) -> Ticket:
    async with chat.sessions() as session:
        return (await session.execute(select(Ticket))).scalar_one()


@both_databases
async def test_a_staff_reply_to_a_request_keeps_its_decision_deadline_and_never_closes_it(
    turns: TurnRig,
) -> None:
    chat = turns
    await file_request(chat)
    chat.clock.advance(days=1)
    card = card_of(chat, DUKCAPIL_PPID)
    sent = await staff_says(
        chat, "Data sedang kami rekap dari 10 kecamatan.", DUKCAPIL_PPID, reply_to=card
    )
    assert "sedang kami rekap" in text_of(chat.to_resident(sent))
    ticket = await ticket_of(chat)
    assert ticket.status == "answered"
    assert (ticket.sla_stage, ticket.sla_due_at) == ("response", DECISION_DUE)

    chat.clock.now = datetime(2026, 12, 8, 10, tzinfo=WIB).astimezone(UTC)
    await deadlines_of(chat).tick()
    ticket = await ticket_of(chat)
    assert ticket.status == "answered"  # still waiting for its decision
    late = [m for m in chat.sender.sent if m.chat_id == SUPERVISORS]
    assert late and "INF-2611-0001" in late[-1].text
    assert not any("ditutup" in m.text for m in chat.to_resident(chat.sender.sent))
