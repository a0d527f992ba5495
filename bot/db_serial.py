"""One writer at a time, inside this process, on SQLite.

aduan's SQLite engine starts every transaction with ``BEGIN IMMEDIATE`` (see
:mod:`storage.engine`), so concurrent transactions of one process queue up in
SQLite's busy handler, which sleeps in steps of up to 100 ms. An asyncio lock taken
before the transaction queues them without sleeping. PostgreSQL needs no lock.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator

from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker


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
