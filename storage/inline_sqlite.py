"""SQLite for the async engine, run on the event loop's own thread.

aiosqlite runs every call (cursor, execute, fetch, close, commit) in a worker thread
and hands the result back through the event loop: about 100 µs per call on an idle
machine, and much more when the loop is busy (the result waits for the GIL), while the
statement itself takes a few microseconds in WAL mode. A turn issues dozens of these
calls, so the hand-offs, not SQLite, bounded aduan's throughput.

:class:`InlineConnection` keeps aiosqlite's interface (which SQLAlchemy's ``aiosqlite``
dialect drives) but runs each call directly. Nothing here blocks for long: commits do
not fsync (``synchronous=NORMAL`` in WAL mode) and the busy timeout is zero, so a
write lock held by another process (a CLI command) is waited for here, with
``asyncio.sleep`` between tries, instead of inside SQLite with the loop blocked.
"""

from __future__ import annotations

import asyncio
import sqlite3
import time
from collections.abc import Callable, Generator
from typing import Any

import aiosqlite

BUSY_WAIT = 30.0  # seconds: as long as the threaded driver's busy timeout
_FIRST_PAUSE = 0.001
_MAX_PAUSE = 0.05


class _RunNow:
    """Stands in for aiosqlite's queue to its worker thread: runs the call at once."""

    def put_nowait(self, item: tuple[asyncio.Future[Any] | None, Callable[[], Any]]) -> None:
        future, function = item
        try:
            result = function()
        except BaseException as error:  # handed to the waiter, as the thread would
            if future is not None and not future.done():
                future.set_exception(error)
            return
        if future is not None and not future.done():
            future.set_result(result)


def _is_busy(error: sqlite3.OperationalError) -> bool:
    text = str(error).lower()
    return "locked" in text or "busy" in text


class InlineConnection(aiosqlite.Connection):
    """An aiosqlite connection without the worker thread."""

    def __init__(self, connector: Callable[[], sqlite3.Connection]) -> None:
        super().__init__(connector, iter_chunk_size=64)
        self._tx = _RunNow()  # type: ignore[assignment]

    def __await__(self) -> Generator[Any, None, aiosqlite.Connection]:
        return self._connect().__await__()  # no thread to start

    async def _execute(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        if not self._running or not self._connection:
            raise ValueError("Connection closed")
        deadline: float | None = None
        pause = _FIRST_PAUSE
        while True:
            try:
                return fn(*args, **kwargs)
            except sqlite3.OperationalError as error:
                # SQLITE_BUSY: the statement did nothing, so trying again is safe
                if not _is_busy(error):
                    raise
                now = time.monotonic()
                deadline = deadline if deadline is not None else now + BUSY_WAIT
                if now >= deadline:
                    raise
            await asyncio.sleep(pause)
            pause = min(pause * 2, _MAX_PAUSE)


def inline_creator(database: str) -> Callable[[], InlineConnection]:
    """An ``async_creator`` for :func:`sqlalchemy.ext.asyncio.create_async_engine`."""

    def connector() -> sqlite3.Connection:
        # autocommit mode: aduan's engine issues BEGIN IMMEDIATE itself; any thread
        # may use it (the engine's pool decides, as with the threaded driver)
        return sqlite3.connect(database, isolation_level=None, check_same_thread=False)

    def create() -> InlineConnection:
        return InlineConnection(connector)

    return create
