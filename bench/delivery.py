"""Sustained delivery under Telegram's flood limits.

    python bench/delivery.py [--messages 10000] [--chats 2000] [--groups 20]

A fake Bot API server on 127.0.0.1 enforces the limits over sliding windows (30
messages/s for the bot, 1/s per private chat, 20/minute per group) and answers 429,
without sending, to any request that breaks one. aduan's delivery worker, with its
default limits, drains an outbox of ``--messages`` messages (a tenth of them to groups)
from a SQLite database. Printed: the sustained rate against the configured 30/s
(target >= 95%), the 429s (target 0), and whether every chat got its messages in order.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
import time
from collections import defaultdict
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import func, select

from bot.channels.telegram.factory import make_bot
from bot.channels.telegram.sender import TelegramSender
from bot.delivery import DeliveryWorker
from bot.pacing import Pacer, RateLimits
from domain.messages import Channel, OutgoingMessage
from storage import outbox
from storage.engine import create_engine, session_factory
from storage.migrate import upgrade
from storage.models import OutboxEntry
from tests.delivery.fakes import RateLimitedBotApi
from tests.fakes.fixtures import TEST_TOKEN


class OrderedApi(RateLimitedBotApi):
    """Also remembers what each chat received, in order."""

    def __init__(self) -> None:
        super().__init__()
        self.received: dict[str, list[str]] = defaultdict(list)

    async def _params(self, request: Any) -> dict[str, Any]:
        params = await super()._params(request)
        self._last = params
        return params

    async def _handle(self, request: Any) -> Any:
        before = self.accepted
        answer = await super()._handle(request)
        if self.accepted > before:
            self.received[str(self._last.get("chat_id"))].append(str(self._last.get("text")))
        return answer


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--messages", type=int, default=10_000)
    parser.add_argument("--chats", type=int, default=2_000)
    parser.add_argument("--groups", type=int, default=20)
    args = parser.parse_args()
    limits = RateLimits()  # aduan's defaults: 30/s, 1/s per chat, 20/min per group
    folder = Path(tempfile.mkdtemp(prefix="aduan-bench-"))
    engine = create_engine(f"sqlite+aiosqlite:///{folder / 'delivery.db'}")
    await upgrade(engine)
    sessions = session_factory(engine)
    chats = [str(5_000_000 + i) for i in range(args.chats)]
    groups = [str(-1_009_000_000 - i) for i in range(args.groups)]
    expected: dict[str, list[str]] = defaultdict(list)
    now = datetime.now(UTC)
    async with sessions.begin() as session:
        for n in range(args.messages):
            to_group = n % 10 == 9 and groups
            chat = groups[(n // 10) % len(groups)] if to_group else chats[n % len(chats)]
            text = f"message {n}"
            expected[chat].append(text)
            outbox.enqueue(
                session, OutgoingMessage(channel=Channel.TELEGRAM, chat_id=chat, text=text), now
            )
    async with OrderedApi() as api:
        bot = make_bot(TEST_TOKEN, api.base_url)
        worker = DeliveryWorker(
            sessions,
            {Channel.TELEGRAM.value: TelegramSender(bot)},
            lambda: datetime.now(UTC),
            pacers={Channel.TELEGRAM.value: Pacer(limits)},
        )
        stop = asyncio.Event()
        started = time.perf_counter()
        task = asyncio.create_task(worker.run(stop, idle_interval=0.05))
        ticks = 0
        while True:
            await asyncio.sleep(1.0)
            ticks += 1
            async with sessions() as session:
                pending = await session.scalar(
                    select(func.count())
                    .select_from(OutboxEntry)
                    .where(OutboxEntry.status == "pending")
                )
            if ticks % 15 == 0:
                print(f"  {time.perf_counter() - started:4.0f} s: {api.accepted} delivered")
            if not pending:
                break
        stop.set()
        await task
        await bot.session.close()
    await engine.dispose()
    span = (api.last_at or 0) - (api.first_at or 0)
    rate = (api.accepted - 1) / span if span > 0 else 0.0
    in_order = all(api.received[chat] == texts for chat, texts in expected.items())
    print(f"messages delivered : {api.accepted} of {args.messages} in {span:.1f} s")
    print(
        f"sustained rate     : {rate:.2f} messages/s = {rate / limits.overall:.1%} "
        f"of the configured {limits.overall:.0f}/s (target >= 95%)"
    )
    print(f"429 answers        : {api.rejected} (target 0) {api.broken}")
    print(f"order kept per chat: {in_order}")


if __name__ == "__main__":
    asyncio.run(main())
