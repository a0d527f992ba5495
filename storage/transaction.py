"""Transactions: the session types the layers above use, and one writer at a time
inside this process on SQLite.

Conversations and the sweep type their database handle as :data:`Session` and their
factory as :data:`SessionFactory`, so no layer above storage imports SQLAlchemy.

aduan's SQLite engine starts every transaction with ``BEGIN IMMEDIATE`` (see
:mod:`storage.engine`), so a second transaction of the same process would find the
database locked and retry ``BEGIN`` with growing pauses (:mod:`storage.inline_sqlite`).
An asyncio lock taken before the transaction queues them in order, without retries.
PostgreSQL needs no lock.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from typing import TypeAlias

from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

Session: TypeAlias = AsyncSession
SessionFactory: TypeAlias = async_sessionmaker[AsyncSession]


def writer_lock_for(engine: AsyncEngine) -> asyncio.Lock | None:
    return asyncio.Lock() if engine.dialect.name == "sqlite" else None


@contextlib.asynccontextmanager
async def transaction(
    sessions: async_sessionmaker[AsyncSession], lock: asyncio.Lock | None
) -> AsyncIterator[AsyncSession]:
    """``sessions.begin()``, behind ``lock`` when there is one."""
    if lock is None:
        async with sessions.begin() as session:
            yield session
        return
    async with lock, sessions.begin() as session:
        yield session
