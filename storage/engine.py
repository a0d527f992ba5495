"""Async engine and sessions for SQLite (WAL) or PostgreSQL."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import (
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)

from storage.inline_sqlite import inline_creator


def is_sqlite(url: str) -> bool:
    return make_url(url).get_backend_name() == "sqlite"


def sqlite_path(url: str) -> Path | None:
    """The file of a SQLite URL (``None`` for PostgreSQL and in-memory SQLite)."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return Path(str(parsed.database)).expanduser()


def _prepare_sqlite(engine: AsyncEngine, foreign_keys: bool = True) -> None:
    """WAL, foreign keys, no busy timeout, and ``BEGIN IMMEDIATE`` for every transaction.

    pysqlite's own transaction handling starts transactions lazily as DEFERRED, and two
    deferred transactions that both read then write can deadlock with SQLITE_BUSY that
    no busy timeout resolves. Taking the write lock at BEGIN serialises writers cleanly.
    Statements run on the event loop's thread (:mod:`storage.inline_sqlite`), so a busy
    database is waited for there, with the loop free, not in SQLite's busy handler.
    """

    @event.listens_for(engine.sync_engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute(f"PRAGMA foreign_keys={'ON' if foreign_keys else 'OFF'}")
        cursor.execute("PRAGMA busy_timeout=0")
        cursor.close()

    @event.listens_for(engine.sync_engine, "begin")
    def _on_begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN IMMEDIATE")


def create_engine(url: str, foreign_keys: bool = True, **kwargs: Any) -> AsyncEngine:
    """An engine for ``url``. ``foreign_keys=False`` is for SQLite migrations only: a
    batch migration rebuilds a table by copy-and-drop, which enforced foreign keys
    forbid while other tables point at it."""
    if is_sqlite(url):
        database = make_url(url).database
        if database and database != ":memory:":
            Path(database).expanduser().parent.mkdir(parents=True, exist_ok=True)
        kwargs.setdefault("async_creator", inline_creator(database or ":memory:"))
        engine = create_async_engine(url, **kwargs)
        _prepare_sqlite(engine, foreign_keys)
        return engine
    kwargs.setdefault("pool_pre_ping", True)
    return create_async_engine(url, **kwargs)


@contextlib.asynccontextmanager
async def open_engine(url: str) -> AsyncIterator[AsyncEngine]:
    """An engine on ``url`` for the length of a command or a check, disposed of after."""
    engine = create_engine(url)
    try:
        yield engine
    finally:
        await engine.dispose()


def session_factory(engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    return async_sessionmaker(engine, expire_on_commit=False)
