"""The outbox: messages owed, written in the transaction that caused them."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import bindparam, exists, func, insert, update
from sqlalchemy import select as core_select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col, select

from domain.messages import OutgoingMessage
from storage.models import OutboxEntry


def enqueue(
    session: AsyncSession,
    message: OutgoingMessage,
    now: datetime,
    purpose: str = "",
    ticket_id: int | None = None,
) -> OutboxEntry | None:
    """Owe ``message``: a pending outbox row in ``session``'s transaction. Returns the
    row added to the session, or ``None`` when the session queues its rows (see
    :func:`queue_writes`)."""
    queued = session.info.get(_QUEUE)
    if queued is not None:
        queued.append(
            {
                "channel": message.channel.value,
                "chat_id": message.chat_id,
                "payload": message.to_json(),
                "purpose": purpose,
                "ticket_id": ticket_id,
                "status": "pending",
                "attempts": 0,
                "available_at": now,
                "created_at": now,
                "sent_at": None,
                "last_error": None,
                "message_ids": [],
                "platform_status": None,
                "platform_status_at": None,
            }
        )
        return None
    # every field given: a default factory (message_ids) costs SQLModel a signature
    # inspection per row, which made this the most expensive line of a turn
    row = OutboxEntry(
        channel=message.channel.value,
        chat_id=message.chat_id,
        payload=message.to_json(),
        purpose=purpose,
        ticket_id=ticket_id,
        status="pending",
        attempts=0,
        available_at=now,
        created_at=now,
        sent_at=None,
        last_error=None,
        message_ids=[],
        platform_status=None,
        platform_status_at=None,
    )
    session.add(row)
    return row


_QUEUE = "aduan.outbox.queue"


def queue_writes(session: AsyncSession) -> list[dict[str, Any]]:
    """From now on, :func:`enqueue` in ``session`` collects its rows (their column
    values) in the list returned instead of adding them to the session;
    :func:`write_queued` inserts them, in order, with one statement. For the inbox
    processor: a turn's rows then cost no ORM object and no flush, and a batch's rows
    one INSERT (a batch rolled back never writes them)."""
    queued: list[dict[str, Any]] = []
    session.info[_QUEUE] = queued
    return queued


async def write_queued(session: AsyncSession) -> None:
    queued: list[dict[str, Any]] = session.info.pop(_QUEUE, None) or []
    if queued:  # on the connection: a Core executemany, not the ORM's bulk insert
        await (await session.connection()).execute(insert(_OUTBOX), queued)


_OUTBOX = OutboxEntry.__table__  # type: ignore[attr-defined]
_EARLIER = _OUTBOX.alias("earlier")
# A pending row is its chat's head when no earlier row of the chat is pending: only the
# head may be sent, so a message waiting for a retry holds back the later ones.
IS_CHAT_HEAD = ~exists().where(
    _EARLIER.c.status == "pending",
    _EARLIER.c.channel == _OUTBOX.c.channel,
    _EARLIER.c.chat_id == _OUTBOX.c.chat_id,
    _EARLIER.c.id < _OUTBOX.c.id,
)
# Due heads, oldest due first: the (status, available_at, id) index gives this order,
# so a pass reads about as many rows as it returns, however long the queue.
_DUE = (
    core_select(
        _OUTBOX.c.id,
        _OUTBOX.c.channel,
        _OUTBOX.c.chat_id,
        _OUTBOX.c.payload,
        _OUTBOX.c.attempts,
        _OUTBOX.c.ticket_id,
        _OUTBOX.c.purpose,
        _OUTBOX.c.created_at,
    )
    .where(
        _OUTBOX.c.status == "pending",
        _OUTBOX.c.available_at <= bindparam("now"),
        IS_CHAT_HEAD,
    )
    .order_by(_OUTBOX.c.available_at, _OUTBOX.c.id)
    .limit(bindparam("limit"))
)
_MARK_SENT = (
    update(_OUTBOX)
    .where(_OUTBOX.c.id == bindparam("b_id"))
    .values(
        status="sent",
        sent_at=bindparam("b_at"),
        attempts=_OUTBOX.c.attempts + 1,
        message_ids=bindparam("b_ids"),
        last_error=None,
    )
)


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
    """Pending messages that may be sent now, oldest due first; only the oldest pending
    per chat, so a message waiting for a retry holds back the later ones to the same
    chat. Chats in ``busy`` (channel, chat id) have a send in flight and are left out."""
    result = await session.execute(_DUE, {"now": now, "limit": limit + len(busy)})
    rows = [DueMessage(*row) for row in result]
    return [r for r in rows if (r.channel, r.chat_id) not in busy][:limit]


@dataclass(frozen=True)
class SentRecord:
    """A send the platform accepted, to record in :func:`mark_all_sent`."""

    id: int
    at: datetime
    platform_ids: list[str]


async def mark_all_sent(session: AsyncSession, sent: Sequence[SentRecord]) -> None:
    """Record several sends with one (executemany) statement."""
    if sent:  # on the connection: a Core executemany, not the ORM's bulk update
        await (await session.connection()).execute(
            _MARK_SENT,
            [{"b_id": s.id, "b_at": s.at, "b_ids": list(s.platform_ids)} for s in sent],
        )


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
