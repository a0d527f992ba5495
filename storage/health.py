"""How far behind the bot is: oldest unprocessed update and oldest overdue message.

Used by ``/healthz``, ``/metrics`` and ``aduan health``. The outbox wait counts only
the message at the head of each chat: a message held back behind an earlier one that
waits for its retry (per-chat order) is not late, the one it waits for is."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col, select

from storage.models import InboxEntry, OutboxEntry
from storage.outbox import IS_CHAT_HEAD


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
    outbox_count = await session.scalar(
        select(func.count()).select_from(OutboxEntry).where(col(OutboxEntry.status) == "pending")
    )
    outbox_oldest = await session.scalar(  # the longest a chat's next message has waited
        select(OutboxEntry.available_at)
        .where(col(OutboxEntry.status) == "pending", IS_CHAT_HEAD)
        .order_by(col(OutboxEntry.available_at), col(OutboxEntry.id))
        .limit(1)
    )
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
        int(inbox_count),
        int(outbox_count or 0),
        int(dead or 0),
        wait(inbox_oldest),
        wait(outbox_oldest),
    )


def backlog_problems(state: Backlog, max_wait: timedelta) -> list[str]:
    """What an operator should hear about the backlog: anything waiting too long."""
    problems = []
    if state.oldest_inbox_wait is not None and state.oldest_inbox_wait > max_wait:
        problems.append(
            f"inbox: an update has waited {_seconds(state.oldest_inbox_wait)} to be processed "
            f"(limit {_seconds(max_wait)}; {state.inbox_pending} pending)"
        )
    if state.oldest_outbox_wait is not None and state.oldest_outbox_wait > max_wait:
        problems.append(
            f"outbox: a message has waited {_seconds(state.oldest_outbox_wait)} to be "
            f"delivered (limit {_seconds(max_wait)}; {state.outbox_pending} pending)"
        )
    return problems


def _seconds(span: timedelta) -> str:
    return f"{int(span.total_seconds())} s"
