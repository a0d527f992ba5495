"""The inbox: received updates, stored once by key, processed in order per chat."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import func, update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlmodel import col, select

from bot.channels.base import InboundItem
from storage.dialect import upsert_insert
from storage.models import InboxEntry


@dataclass(frozen=True)
class PendingUpdate:
    id: int
    key: str
    channel: str
    chat_key: str
    payload: str
    attempts: int


class Inbox:
    """Implements :class:`bot.channels.base.InboxSink` and hands out pending work."""

    def __init__(self, sessions: async_sessionmaker[AsyncSession]) -> None:
        self._sessions = sessions

    async def store(self, items: list[InboundItem]) -> int:
        if not items:
            return 0
        now = datetime.now(UTC)
        rows = [
            {
                "key": i.key,
                "channel": i.channel,
                "chat_key": i.chat_key,
                "payload": i.payload,
                "status": "pending",
                "attempts": 0,
                "received_at": now,
            }
            for i in items
        ]
        async with self._sessions.begin() as session:
            statement = (
                upsert_insert(session, InboxEntry)
                .values(rows)
                .on_conflict_do_nothing(index_elements=["key"])
            )
            result = await session.execute(statement)
        return max(int(getattr(result, "rowcount", 0) or 0), 0)

    async def pending(self, limit: int = 200) -> list[PendingUpdate]:
        """Oldest pending updates, at most one chat's backlog order preserved by id."""
        async with self._sessions() as session:
            result = await session.execute(
                select(InboxEntry)
                .where(InboxEntry.status == "pending")
                .order_by(col(InboxEntry.id))
                .limit(limit)
            )
            return [
                PendingUpdate(r.id or 0, r.key, r.channel, r.chat_key, r.payload, r.attempts)
                for r in result.scalars()
            ]

    async def backlog(self) -> int:
        async with self._sessions() as session:
            count = await session.scalar(
                select(func.count()).select_from(InboxEntry).where(InboxEntry.status == "pending")
            )
            return int(count or 0)


async def mark_done(session: AsyncSession, update_id: int, now: datetime) -> None:
    await session.execute(
        update(InboxEntry)
        .where(col(InboxEntry.id) == update_id)
        .values(status="done", processed_at=now, attempts=InboxEntry.attempts + 1)
    )


async def mark_failed(
    session: AsyncSession, update_id: int, now: datetime, error: str, give_up: bool
) -> None:
    await session.execute(
        update(InboxEntry)
        .where(col(InboxEntry.id) == update_id)
        .values(
            status="failed" if give_up else "pending",
            attempts=InboxEntry.attempts + 1,
            error=error[:4000],
            processed_at=now if give_up else None,
        )
    )
