"""The inbox: received updates, stored once by key, processed in order per chat."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import bindparam, exists, func, text, update
from sqlalchemy import select as core_select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlmodel import col, select

from domain.inbound import InboundItem
from storage.dialect import upsert_insert
from storage.models import InboxEntry
from storage.transaction import transaction


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

    def __init__(
        self, sessions: async_sessionmaker[AsyncSession], writer_lock: asyncio.Lock | None = None
    ) -> None:
        self._sessions = sessions
        self._lock = writer_lock

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
        async with transaction(self._sessions, self._lock) as session:
            # on the connection: a Core statement, without the ORM's bulk insert layer
            result = await (await session.connection()).execute(_store_for(session), rows)
            return len(result.all())  # the rows inserted: a key seen before returns none

    async def pending(self, limit: int = 200) -> list[PendingUpdate]:
        """Oldest pending updates in id order: for each chat in the list, every pending
        update of that chat older than the last one listed is listed too."""
        async with transaction(self._sessions, self._lock) as session:
            result = await session.execute(_PENDING, {"limit": limit})
            return [PendingUpdate(*row) for row in result]

    async def backlog(self) -> int:
        async with self._sessions() as session:
            count = await session.scalar(
                select(func.count()).select_from(InboxEntry).where(InboxEntry.status == "pending")
            )
            return int(count or 0)


_INBOX = InboxEntry.__table__  # type: ignore[attr-defined]
_PENDING = (
    core_select(
        _INBOX.c.id,
        _INBOX.c.key,
        _INBOX.c.channel,
        _INBOX.c.chat_key,
        _INBOX.c.payload,
        _INBOX.c.attempts,
    )
    .where(_INBOX.c.status == "pending")
    .order_by(_INBOX.c.id)
    .limit(bindparam("limit"))
)

CLAIM_NAMESPACE = 0x6164  # first key of the per-chat advisory locks ("ad")


async def claim(session: AsyncSession, update_id: int, chat_key: str) -> bool:
    """Take update ``update_id`` for processing in this session's transaction.

    SQLite has one process: always yes. On PostgreSQL several processes share the
    inbox: the chat's advisory lock (held until the transaction ends) lets only one of
    them work on a chat at a time, the row is locked ``FOR UPDATE SKIP LOCKED`` and
    must still be pending, and no earlier update of the chat may be pending, so each
    chat's updates are handled once and in order while other chats run elsewhere.
    """
    if session.get_bind().dialect.name != "postgresql":
        return True
    locked = await session.scalar(
        text("SELECT pg_try_advisory_xact_lock(:ns, hashtext(:chat))"),
        {"ns": CLAIM_NAMESPACE, "chat": chat_key},
    )
    if not locked:
        return False
    row = await session.scalar(
        select(InboxEntry.id)
        .where(col(InboxEntry.id) == update_id, col(InboxEntry.status) == "pending")
        .with_for_update(skip_locked=True)
    )
    if row is None:
        return False
    earlier = await session.scalar(
        select(func.count())
        .select_from(InboxEntry)
        .where(
            col(InboxEntry.chat_key) == chat_key,
            col(InboxEntry.status) == "pending",
            col(InboxEntry.id) < update_id,
        )
    )
    return not earlier


async def claim_batch(session: AsyncSession, updates: list[PendingUpdate]) -> list[PendingUpdate]:
    """Take several pending updates, of one or more chats, in this session's transaction;
    return those taken, in the order given (oldest first within each chat).

    ``updates`` must list, for each of its chats, that chat's pending updates oldest
    first, as :meth:`Inbox.pending` does. SQLite has one process: all are taken. On
    PostgreSQL, as :func:`claim` does for one update: the chats' advisory locks (one
    statement), then the rows ``FOR UPDATE SKIP LOCKED`` that are still pending and have
    no older pending update outside the batch (one statement). A chat's updates are taken
    only as an unbroken run from its oldest, so its order holds.
    """
    if not updates or session.get_bind().dialect.name != "postgresql":
        return list(updates)
    chats = list(dict.fromkeys(u.chat_key for u in updates))
    locked = set(
        (
            await session.execute(
                text(
                    "SELECT chat FROM unnest(CAST(:chats AS text[])) AS chat "
                    "WHERE pg_try_advisory_xact_lock(:ns, hashtext(chat))"
                ),
                {"ns": CLAIM_NAMESPACE, "chats": chats},
            )
        ).scalars()
    )
    wanted = [u.id for u in updates if u.chat_key in locked]
    if not wanted:
        return []
    earlier = _INBOX.alias("earlier")
    taken = set(
        (
            await session.execute(
                core_select(_INBOX.c.id)
                .where(
                    _INBOX.c.id.in_(wanted),
                    _INBOX.c.status == "pending",
                    ~exists().where(
                        earlier.c.chat_key == _INBOX.c.chat_key,
                        earlier.c.status == "pending",
                        earlier.c.id < _INBOX.c.id,
                        earlier.c.id.not_in(wanted),
                    ),
                )
                .with_for_update(skip_locked=True, of=_INBOX)
            )
        ).scalars()
    )
    claimed: list[PendingUpdate] = []
    broken: set[str] = set()
    for update_ in updates:
        if update_.chat_key in broken:
            continue
        if update_.id in taken:
            claimed.append(update_)
        else:
            broken.add(update_.chat_key)
    return claimed


async def mark_all_done(session: AsyncSession, update_ids: list[int], now: datetime) -> None:
    """Mark several updates done with one statement."""
    if update_ids:
        await session.execute(
            update(_INBOX)
            .where(_INBOX.c.id.in_(update_ids))
            .values(status="done", processed_at=now, attempts=_INBOX.c.attempts + 1)
        )


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


_STORES: dict[str, Any] = {}


def _store_for(session: AsyncSession) -> Any:
    """``INSERT .. ON CONFLICT (key) DO NOTHING RETURNING id``, per dialect, built once:
    run with a list of rows, SQLAlchemy sends it as one multi-row statement from the
    compiled form it caches (``.values(rows)`` built and compiled one anew each time)."""
    dialect = session.get_bind().dialect.name
    statement = _STORES.get(dialect)
    if statement is None:
        statement = (
            upsert_insert(session, _INBOX)
            .on_conflict_do_nothing(index_elements=["key"])
            .returning(_INBOX.c.id)
        )
        _STORES[dialect] = statement
    return statement
