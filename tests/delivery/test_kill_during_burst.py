"""kill -9 in the middle of a burst of 500 complaints arriving by long polling; after
the restart every complaint exists exactly once and its staff card was delivered.

What is guaranteed, and asserted: each complaint becomes exactly one ticket, and every
ticket's card reaches its agency's group. What is not: a message the platform accepted
just before the kill, but that was not yet recorded as sent, is sent again after the
restart (Telegram has no idempotency key). Such doubles are bounded by the sends that
were in flight at the moment of the kill, and that bound is asserted too.
"""

from __future__ import annotations

import asyncio
import signal
from collections import Counter
from pathlib import Path

from sqlalchemy import func, select

from bot.delivery import MAX_IN_FLIGHT
from storage.engine import create_engine, session_factory
from storage.models import OutboxEntry, Ticket
from tests.delivery.processes import start_bot
from tests.fakes.fake_bot_api import FakeBotApi

COMPLAINTS = 500
PUPR_CHAT = "-1001000000005"


def push_complaint_steps(api: FakeBotApi, residents: list[int]) -> None:
    """Every resident's whole complaint, step by step; the steps of all residents are
    interleaved, each resident's in order (button data is fixed, message ids follow
    the bot's replies: 1 the agency question, 3 photos, 4 identity, 5 the summary)."""
    for resident in residents:
        api.user_message(resident, f"/lapor Jalan di gang {resident} berlubang dan tergenang air")
    for resident in residents:
        api.user_callback(resident, "v1|cx|ag|pupr", message_id=1)
    for resident in residents:
        api.user_message(resident, f"Gang nomor {resident}, Desa Sukamaju")
    for resident in residents:
        api.user_callback(resident, "v1|cx|photos", message_id=3)
    for resident in residents:
        api.user_callback(resident, "v1|cx|pv|public", message_id=4)
    for resident in residents:
        api.user_callback(resident, "v1|cx|send", message_id=5)


async def counts(url: str) -> tuple[int, int]:
    engine = create_engine(url)
    try:
        async with session_factory(engine)() as session:
            tickets = await session.scalar(select(func.count()).select_from(Ticket))
            pending = await session.scalar(
                select(func.count()).select_from(OutboxEntry).where(OutboxEntry.status == "pending")
            )
    except Exception:  # the tables may not exist yet
        return 0, 1
    finally:
        await engine.dispose()
    return int(tickets or 0), int(pending or 0)


async def wait_until(url: str, done, seconds: float) -> None:  # type: ignore[no-untyped-def]
    for _ in range(int(seconds / 0.2)):
        if done(*await counts(url)):
            return
        await asyncio.sleep(0.2)
    raise AssertionError(f"gave up waiting: tickets, pending = {await counts(url)}")


async def test_kill_9_during_a_burst_of_500_complaints_loses_and_doubles_nothing(
    fake_bot_api: FakeBotApi, tmp_path: Path
) -> None:
    api = fake_bot_api
    url = f"sqlite+aiosqlite:///{tmp_path}/burst.db"
    residents = [7790000 + i for i in range(COMPLAINTS)]
    push_complaint_steps(api, residents)
    bot = await start_bot(api, url, tmp_path)
    try:
        await wait_until(url, lambda tickets, _pending: tickets >= COMPLAINTS // 3, 240)
    finally:
        bot.send_signal(signal.SIGKILL)
        await bot.wait()
    bot = await start_bot(api, url, tmp_path)
    try:
        await wait_until(url, lambda t, pending: t >= COMPLAINTS and pending == 0, 240)
    finally:
        bot.terminate()
        await bot.wait()

    engine = create_engine(url)
    try:
        async with session_factory(engine)() as session:
            codes = list((await session.execute(select(Ticket.code))).scalars())
            reporters = list((await session.execute(select(Ticket.contact_id))).scalars())
    finally:
        await engine.dispose()
    assert len(codes) == COMPLAINTS and len(set(reporters)) == COMPLAINTS
    cards = [r.text or "" for r in api.sent if r.chat_id == PUPR_CHAT]
    assert all(any(code in card for card in cards) for code in codes), "every card arrived"
    sends = Counter(
        (r.method, r.chat_id, r.text) for r in api.sent if r.method != "answerCallbackQuery"
    )
    doubled = sum(n - 1 for n in sends.values() if n > 1)
    assert doubled <= MAX_IN_FLIGHT, f"{doubled} messages sent twice"
