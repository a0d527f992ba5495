"""A delivery worker with a real TelegramSender, a real database and a fake server."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.channels.telegram.factory import make_bot
from bot.channels.telegram.sender import TelegramSender
from bot.config import sample_agencies_path
from bot.delivery import DeliveryWorker
from bot.pacing import Pacer, RateLimits
from domain.agencies import AgencyDirectory, load_agencies
from domain.messages import Channel, OutgoingMessage
from storage import outbox
from storage.engine import create_engine, session_factory
from storage.migrate import upgrade
from storage.models import OutboxEntry
from tests.fakes.fake_bot_api import FakeBotApi
from tests.fakes.fixtures import TEST_TOKEN

FAST = RateLimits(overall=10_000, per_chat=10_000, per_group=10_000)
PUPR_GROUP = "-1001000000005"
SUPERVISORS = "-1001000000099"


def now() -> datetime:
    return datetime.now(UTC)


@dataclass
class Rig:
    sessions: async_sessionmaker[AsyncSession]
    worker: DeliveryWorker
    agencies: AgencyDirectory

    async def enqueue(self, chat_id: str, *texts: str, purpose: str = "") -> None:
        async with self.sessions.begin() as session:
            for text in texts:
                message = OutgoingMessage(channel=Channel.TELEGRAM, chat_id=chat_id, text=text)
                outbox.enqueue(session, message, now(), purpose=purpose)

    async def count(self, status: str) -> int:
        async with self.sessions() as session:
            return int(
                await session.scalar(
                    select(func.count())
                    .select_from(OutboxEntry)
                    .where(OutboxEntry.status == status)
                )
                or 0
            )

    async def rows(self) -> list[OutboxEntry]:
        async with self.sessions() as session:
            result = await session.execute(select(OutboxEntry).order_by(OutboxEntry.id))
            return list(result.scalars())

    async def drain(self, seconds: float = 60) -> None:
        """Run the worker until nothing is pending."""
        stop = asyncio.Event()
        task = asyncio.create_task(self.worker.run(stop, idle_interval=0.02))
        try:
            for _ in range(int(seconds / 0.05)):
                if await self.count("pending") == 0:
                    return
                await asyncio.sleep(0.05)
            raise AssertionError(f"still pending: {await self.count('pending')}")
        finally:
            stop.set()
            await asyncio.wait_for(task, 10)


@asynccontextmanager
async def delivery_rig(
    db_url: str,
    api: FakeBotApi,
    limits: RateLimits = FAST,
    max_attempts: int = 8,
    request_timeout: float = 5.0,  # a loaded CI machine must not time out a real send
) -> AsyncIterator[Rig]:
    engine = create_engine(db_url)
    await upgrade(engine)
    sessions = session_factory(engine)
    bot = make_bot(TEST_TOKEN, api.base_url)
    bot.session.timeout = request_timeout
    agencies = load_agencies(sample_agencies_path())
    worker = DeliveryWorker(
        sessions,
        {Channel.TELEGRAM.value: TelegramSender(bot)},
        now,
        pacers={Channel.TELEGRAM.value: Pacer(limits)},
        max_attempts=max_attempts,
        agencies=agencies,
        engine=engine,
    )
    try:
        yield Rig(sessions, worker, agencies)
    finally:
        await bot.session.close()
        await engine.dispose()
