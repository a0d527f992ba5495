"""Sends are recorded in shared transactions (group commit), and SQLite statements run
on the event loop's thread without ever blocking it while another process writes."""

from __future__ import annotations

import asyncio
import sqlite3
from pathlib import Path

from sqlalchemy import event, text

from storage.engine import create_engine
from storage.migrate import upgrade
from tests.delivery.rig import delivery_rig
from tests.fakes.fake_bot_api import FakeBotApi


async def test_a_burst_of_sends_is_recorded_in_fewer_transactions_with_every_message_id(
    db_url: str,
) -> None:
    async with FakeBotApi() as api, delivery_rig(db_url, api) as rig:
        commits: list[int] = []
        engine = rig.sessions.kw["bind"]
        event.listen(engine.sync_engine, "commit", lambda _conn: commits.append(1))
        for n in range(40):
            await rig.enqueue(str(7100 + n), f"pesan {n}")
        commits.clear()
        await rig.drain()
        rows = await rig.rows()
    assert [(r.status, r.attempts) for r in rows] == [("sent", 1)] * 40
    assert all(r.message_ids and r.sent_at is not None for r in rows)
    sent_ids = {r.message_id for r in api.sent}
    assert {i for r in rows for i in r.message_ids} == sent_ids
    # 40 sends: without group commit, 40 record transactions plus the passes' reads
    assert len(commits) < 40


async def test_sqlite_waits_for_another_processs_write_lock_without_blocking_the_loop(
    tmp_path: Path,
) -> None:
    path = tmp_path / "locked.db"
    engine = create_engine(f"sqlite+aiosqlite:///{path}")
    await upgrade(engine)
    other = sqlite3.connect(path, isolation_level=None)  # "another process": the CLI
    other.execute("BEGIN IMMEDIATE")
    ticks = 0

    async def tick() -> None:
        nonlocal ticks
        while True:
            ticks += 1
            await asyncio.sleep(0.005)

    async def write() -> None:
        async with engine.begin() as connection:
            await connection.execute(text("CREATE TABLE waited (x INTEGER)"))

    ticker = asyncio.create_task(tick())
    writer = asyncio.create_task(write())
    try:
        await asyncio.sleep(0.3)
        assert not writer.done()  # it waits for the lock...
        assert ticks > 20  # ...and the loop keeps running meanwhile
        other.execute("COMMIT")
        await asyncio.wait_for(writer, 5)
    finally:
        ticker.cancel()
        other.close()
        await engine.dispose()
    assert sqlite3.connect(path).execute("SELECT count(*) FROM waited").fetchone() == (0,)
