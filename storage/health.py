"""How far behind the bot is: oldest unprocessed update and oldest overdue message."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col, select

from storage.models import InboxEntry, OutboxEntry


@dataclass(frozen=True)
class Backlog:
    inbox_pending: int
    outbox_pending: int
    outbox_dead: int
    oldest_inbox_wait: timedelta | None
    oldest_outbox_wait: timedelta | None


async def backlog(session: AsyncSession, now: datetime) -> Backlog:
    inbox_count, inbox_oldest = (
        await session.execute(
            select(func.count(), func.min(InboxEntry.received_at)).where(
                col(InboxEntry.status) == "pending"
            )
        )
    ).one()
    outbox_count, outbox_oldest = (
        await session.execute(
            select(func.count(), func.min(OutboxEntry.available_at)).where(
                col(OutboxEntry.status) == "pending"
            )
        )
    ).one()
    dead = await session.scalar(
        select(func.count()).select_from(OutboxEntry).where(col(OutboxEntry.status) == "dead")
    )

    def wait(oldest: datetime | None) -> timedelta | None:
        if oldest is None:
            return None
        if oldest.tzinfo is None:
            oldest = oldest.replace(tzinfo=now.tzinfo)
        return max(now - oldest, timedelta(0))

    return Backlog(
        int(inbox_count), int(outbox_count), int(dead or 0), wait(inbox_oldest), wait(outbox_oldest)
    )
