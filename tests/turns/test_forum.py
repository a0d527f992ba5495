"""Forum groups: each ticket gets its own topic; whatever an admin writes there goes to
the resident. One shared forum can serve every agency without a group of its own."""

from __future__ import annotations

from pathlib import Path

from domain.tickets import TicketStatus
from tests.staff.helpers import (
    OTHER_ADMIN,
    PUPR_CHAT,
    agencies_file,
    button,
    card_of,
    file_complaint,
    refused_press,
    staff_presses,
    staff_says,
    the_ticket,
)
from tests.turns.fixtures import TurnsFactory, both_databases
from tests.turns.rig import text_of

SHARED = "-1001000000300"

pytestmark = both_databases  # as before the move: SQLite and PostgreSQL


async def test_in_forum_mode_the_card_opens_a_topic_named_after_the_ticket(
    make_turns: TurnsFactory, tmp_path: Path
) -> None:
    agencies = agencies_file(tmp_path, pupr={"mode": "forum"})
    async with make_turns(agencies=agencies) as chat:
        await file_complaint(chat)
        card = card_of(chat)
        assert card.new_topic is not None
        assert card.new_topic.startswith("ADU-2611-0001 · Jalan <Raya> & jembatan")
        ticket = await the_ticket(chat)
        assert ticket.staff_thread_id is not None

        sent = await staff_says(
            chat, "Tim <PUPR> & dinas sudah di lokasi", thread_id=ticket.staff_thread_id
        )
        [relayed] = chat.to_resident(sent)
        assert "Tim &lt;PUPR&gt; &amp; dinas sudah di lokasi" in relayed.text
        acks = [m for m in sent if m.chat_id == PUPR_CHAT and not m.edit_message_id]
        assert [m.thread_id for m in acks] == [ticket.staff_thread_id]

        sent = await staff_says(chat, "#catatan cek ulang besok", thread_id=ticket.staff_thread_id)
        assert chat.to_resident(sent) == []

        sent = await chat.say("/status ADU-2611-0001")
        await chat.press("Tambah keterangan")
        sent = await chat.say("Ada foto baru nanti")
        forwarded = [m for m in sent if m.chat_id == PUPR_CHAT]
        assert forwarded[0].thread_id == ticket.staff_thread_id


async def test_a_topic_of_one_ticket_acts_only_on_that_ticket(
    make_turns: TurnsFactory, tmp_path: Path
) -> None:
    agencies = agencies_file(tmp_path, pupr={"mode": "forum"})
    async with make_turns(agencies=agencies) as chat:
        await file_complaint(chat)
        first = await the_ticket(chat)
        await file_complaint(chat, "Drainase mampet di gang Melati Desa Sukamaju sejak lama")
        second = await the_ticket(chat)
        assert first.staff_thread_id != second.staff_thread_id
        await staff_says(chat, "jawaban untuk yang kedua", thread_id=second.staff_thread_id)
        assert (await the_ticket(chat)).status == TicketStatus.ANSWERED
        detail = text_of(await staff_says(chat, "/tiket", thread_id=first.staff_thread_id))
        assert first.code in detail and "Riwayat" in detail


async def test_a_shared_forum_serves_agencies_without_a_group_and_checks_the_topic(
    make_turns: TurnsFactory, tmp_path: Path
) -> None:
    agencies = agencies_file(
        tmp_path, pupr={"staff_chat_id": None}, top={"shared_forum_chat_id": SHARED}
    )
    async with make_turns(agencies=agencies) as chat:
        await file_complaint(chat)
        card = card_of(chat, SHARED)
        assert card.new_topic and card.new_topic.startswith("ADU-2611-0001")
        ticket = await the_ticket(chat)
        assert ticket.staff_chat_id == SHARED

        outside = await refused_press(chat, button(card, "Ambil"), SHARED, OTHER_ADMIN)
        assert "⛔" in outside
        inside = await staff_presses(
            chat, button(card, "Ambil"), SHARED, OTHER_ADMIN, thread_id=ticket.staff_thread_id
        )
        assert "sedang ditangani" in text_of(chat.to_resident(inside))
        sent = await staff_says(chat, "Siap", SHARED, OTHER_ADMIN, thread_id=ticket.staff_thread_id)
        assert "Siap" in text_of(chat.to_resident(sent))
        listing = text_of(await staff_says(chat, "/tiket", SHARED, OTHER_ADMIN))
        assert ticket.code in listing


async def test_a_confidential_ticket_topic_shows_no_subject(
    make_turns: TurnsFactory, tmp_path: Path
) -> None:
    agencies = agencies_file(tmp_path, pupr={"mode": "forum"})
    async with make_turns(agencies=agencies) as chat:
        await file_complaint(chat, privacy="Rahasia")
        card = card_of(chat)
        assert card.new_topic == "ADU-2611-0001 · Pengaduan"
        assert "Siti" not in card.text
