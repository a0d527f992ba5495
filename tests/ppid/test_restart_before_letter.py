"""The process stops between a PPID's decision and the delivery of its written notice:
the decision is committed and the outbox holds the notice text and the PDF letter, but
nothing has gone out yet. After a restart on the same database the requester, on
Telegram through the fake Bot API, receives the notice and the letter exactly once."""

from __future__ import annotations

from sqlalchemy import select

from storage.models import OutboxEntry
from tests.harness import ChatHarness
from tests.ppid.support import DUKCAPIL_PPID, file_request
from tests.ppid.test_decisions import press
from tests.ppid.test_end_to_end import at, letters
from tests.staff.helpers import button, card_of, staff_presses, staff_says


async def stop_before_delivery(chat: ChatHarness) -> None:
    """From now on this process handles what comes in but dies before its delivery
    loop runs (the kill between the decision's commit and the send)."""
    assert chat.app is not None
    processor = chat.app.processor

    async def handle_only() -> None:
        await processor.process_pending()

    chat.settle = handle_only  # type: ignore[method-assign]


async def waiting_for(chat: ChatHarness) -> list[OutboxEntry]:
    async with chat.sessions() as session:
        rows = await session.execute(
            select(OutboxEntry).where(
                OutboxEntry.chat_id == chat.chat_id, OutboxEntry.status == "pending"
            )
        )
        return list(rows.scalars())


def notices(chat: ChatHarness) -> list[str]:
    return [text for text in chat.platform_texts() if "INF-2612-0001" in text and "Ditolak" in text]


async def test_a_decision_whose_letter_was_not_sent_reaches_the_requester_once_after_a_restart(
    db_url: str,
) -> None:
    async with ChatHarness(db_url, channel="telegram") as chat:
        chat.clock.now = at(2026, 12, 17, 9)
        await file_request(chat)
        chat.clock.now = at(2026, 12, 17, 15)
        card = card_of(chat, DUKCAPIL_PPID)
        sent = await staff_presses(chat, button(card, "Keputusan"), DUKCAPIL_PPID)
        sent = await press(chat, sent, "Ditolak")
        sent = await press(chat, sent, "Rahasia pribadi")
        sent = await staff_says(chat, "Akta memuat NIK dan data pribadi warga", DUKCAPIL_PPID)
        await stop_before_delivery(chat)
        await press(chat, sent, "Kirim keputusan")
        waiting = await waiting_for(chat)
        assert len(waiting) == 2  # the notice text and the PDF letter
        assert letters(chat) == [] and notices(chat) == []
        assert any("pemberitahuan-tertulis-INF-2612-0001.pdf" in row.payload for row in waiting)
        assert any("Ditolak" in row.payload for row in waiting)

    async with ChatHarness(db_url, channel="telegram") as again:  # the new process
        again.clock.now = at(2026, 12, 17, 15, 5)
        await again.settle()
        await again.settle()  # a second pass finds nothing more to send
        [(name, letter)] = letters(again)
        assert name == "pemberitahuan-tertulis-INF-2612-0001.pdf"
        assert "Ditolak" in letter and "NIK dan data pribadi warga" in letter
        assert len(notices(again)) == 1 and len(again.platform_texts()) == 2
        assert await waiting_for(again) == []
