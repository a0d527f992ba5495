"""The outbox: messages owed, written in the transaction that caused them."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col, select

from bot.messages import OutgoingMessage
from storage.models import OutboxEntry


def enqueue(
    session: AsyncSession,
    message: OutgoingMessage,
    now: datetime,
    purpose: str = "",
    ticket_id: int | None = None,
) -> OutboxEntry:
    row = OutboxEntry(
        channel=message.channel.value,
        chat_id=message.chat_id,
        payload=message.to_json(),
        purpose=purpose,
        ticket_id=ticket_id,
        available_at=now,
        created_at=now,
    )
    session.add(row)
    return row


@dataclass(frozen=True)
class DueMessage:
    id: int
    channel: str
    chat_id: str
    payload: str
    attempts: int
    ticket_id: int | None = None
    purpose: str = ""
    created_at: datetime | None = None


async def due_messages(
    session: AsyncSession,
    now: datetime,
    limit: int = 100,
    busy: Collection[tuple[str, str]] = (),
) -> list[DueMessage]:
    """Pending messages that may be sent now; only the oldest pending per chat, so a
    message waiting for a retry holds back the later ones to the same chat. Chats in
    ``busy`` (channel, chat id) have a send in flight and are left out."""
    head = (
        select(func.min(OutboxEntry.id).label("id"))
        .where(OutboxEntry.status == "pending")
        .group_by(OutboxEntry.channel, OutboxEntry.chat_id)
        .subquery()
    )
    result = await session.execute(
        select(OutboxEntry)
        .join(head, head.c.id == OutboxEntry.id)
        .where(OutboxEntry.available_at <= now)
        .order_by(col(OutboxEntry.id))
        .limit(limit + len(busy))
    )
    rows = [r for r in result.scalars() if (r.channel, r.chat_id) not in busy][:limit]
    return [
        DueMessage(
            r.id or 0,
            r.channel,
            r.chat_id,
            r.payload,
            r.attempts,
            r.ticket_id,
            r.purpose,
            r.created_at,
        )
        for r in rows
    ]


async def mark_sent(
    session: AsyncSession, message_id: int, now: datetime, platform_ids: list[str]
) -> None:
    await session.execute(
        update(OutboxEntry)
        .where(col(OutboxEntry.id) == message_id)
        .values(
            status="sent",
            sent_at=now,
            attempts=OutboxEntry.attempts + 1,
            message_ids=platform_ids,
            last_error=None,
        )
    )


async def mark_retry(
    session: AsyncSession, message_id: int, available_at: datetime, error: str
) -> None:
    await session.execute(
        update(OutboxEntry)
        .where(col(OutboxEntry.id) == message_id)
        .values(
            available_at=available_at, attempts=OutboxEntry.attempts + 1, last_error=error[:4000]
        )
    )


async def mark_dead(session: AsyncSession, message_id: int, now: datetime, error: str) -> None:
    await session.execute(
        update(OutboxEntry)
        .where(col(OutboxEntry.id) == message_id)
        .values(
            status="dead",
            sent_at=None,
            attempts=OutboxEntry.attempts + 1,
            last_error=error[:4000],
            available_at=now,
        )
    )


async def redirect_chat(
    session: AsyncSession, channel: str, old_chat_id: str, new_chat_id: str
) -> None:
    """A group migrated to a supergroup: pending messages follow it."""
    rows = await session.execute(
        select(OutboxEntry).where(
            OutboxEntry.channel == channel,
            OutboxEntry.chat_id == old_chat_id,
            OutboxEntry.status == "pending",
        )
    )
    for row in rows.scalars():
        message = OutgoingMessage.from_json(row.payload)
        row.chat_id = new_chat_id
        row.payload = OutgoingMessage(**{**message.__dict__, "chat_id": new_chat_id}).to_json()


async def backlog(session: AsyncSession) -> int:
    count = await session.scalar(
        select(func.count()).select_from(OutboxEntry).where(OutboxEntry.status == "pending")
    )
    return int(count or 0)


async def dead_letters(session: AsyncSession, limit: int = 100) -> Sequence[OutboxEntry]:
    """Messages given up on, newest first (``aduan outbox list``)."""
    result = await session.execute(
        select(OutboxEntry)
        .where(OutboxEntry.status == "dead")
        .order_by(col(OutboxEntry.id).desc())
        .limit(limit)
    )
    return result.scalars().all()


async def retry_dead(session: AsyncSession, now: datetime, message_id: int | None = None) -> int:
    """Put dead letters (one, or all when ``message_id`` is None) back in the queue with
    fresh attempts; return how many. Their chats are no longer marked unreachable by
    this: the next failure will say so again."""
    statement = update(OutboxEntry).where(col(OutboxEntry.status) == "dead")
    if message_id is not None:
        statement = statement.where(col(OutboxEntry.id) == message_id)
    result = await session.execute(
        statement.values(status="pending", attempts=0, available_at=now, last_error=None)
    )
    return max(int(getattr(result, "rowcount", 0) or 0), 0)
