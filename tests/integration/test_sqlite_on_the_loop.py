"""aduan drives SQLite on the event loop's thread (storage.inline_sqlite): a write lock
held by another process (an operator's CLI command, a second tool) must be waited for
with the loop free, and the write must go through once the lock is released."""

from __future__ import annotations

import asyncio
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import OperationalError

from storage import inline_sqlite
from storage.engine import create_engine


async def _table(url: str) -> None:
    engine = create_engine(url)
    async with engine.begin() as connection:
        await connection.execute(text("CREATE TABLE note (body TEXT)"))
    await engine.dispose()


async def test_a_write_lock_held_elsewhere_is_waited_for_while_the_loop_runs(
    tmp_path: Path,
) -> None:
    path = tmp_path / "locked.db"
    url = f"sqlite+aiosqlite:///{path}"
    await _table(url)
    other_process = sqlite3.connect(path, isolation_level=None)
    other_process.execute("BEGIN IMMEDIATE")  # holds the write lock
    engine = create_engine(url)
    ticks = 0

    async def ticker() -> None:
        nonlocal ticks
        while True:
            ticks += 1
            await asyncio.sleep(0.01)

    async def write() -> None:
        async with engine.begin() as connection:
            await connection.execute(text("INSERT INTO note VALUES ('ditunggu')"))

    clock = asyncio.create_task(ticker())
    writer = asyncio.create_task(write())
    try:
        await asyncio.sleep(0.3)
        assert not writer.done(), "the write waits for the lock"
        assert ticks >= 10, "the loop kept running while it waited"
        other_process.execute("COMMIT")
        await asyncio.wait_for(writer, timeout=5)
        async with engine.connect() as connection:
            rows = (await connection.execute(text("SELECT body FROM note"))).scalars().all()
        assert rows == ["ditunggu"]
    finally:
        clock.cancel()
        other_process.close()
        await engine.dispose()


async def test_a_lock_never_released_fails_the_write_after_the_wait(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(inline_sqlite, "BUSY_WAIT", 0.2)
    path = tmp_path / "stuck.db"
    url = f"sqlite+aiosqlite:///{path}"
    await _table(url)
    other_process = sqlite3.connect(path, isolation_level=None)
    other_process.execute("BEGIN IMMEDIATE")
    engine = create_engine(url)
    try:
        with pytest.raises(OperationalError, match="locked"):
            async with engine.begin() as connection:
                await connection.execute(text("INSERT INTO note VALUES ('x')"))
    finally:
        other_process.close()
        await engine.dispose()


async def test_an_error_that_is_not_a_busy_database_is_raised_at_once(tmp_path: Path) -> None:
    engine = create_engine(f"sqlite+aiosqlite:///{tmp_path / 'plain.db'}")
    try:
        with pytest.raises(OperationalError, match="no such table"):
            async with asyncio.timeout(1), engine.begin() as connection:
                await connection.execute(text("SELECT * FROM nowhere"))
    finally:
        await engine.dispose()
