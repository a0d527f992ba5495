"""Every migration walks up and down cleanly on both databases."""

from __future__ import annotations

import asyncio

from alembic.script import ScriptDirectory
from sqlalchemy import inspect

from storage.engine import create_engine
from storage.migrate import alembic_config, current_revision, downgrade, upgrade


async def _tables(engine) -> set[str]:  # type: ignore[no-untyped-def]
    async with engine.connect() as connection:
        return set(await connection.run_sync(lambda c: inspect(c).get_table_names()))


async def test_every_migration_goes_up_and_down(db_url: str) -> None:
    script = ScriptDirectory.from_config(alembic_config())
    revisions = [r.revision for r in reversed(list(script.walk_revisions()))]
    engine = create_engine(db_url)
    try:
        for revision in revisions:
            await upgrade(engine, revision)
            assert await current_revision(engine) == revision
        assert {"ticket", "inbox", "outbox", "conversation"} <= await _tables(engine)
        for expected in reversed([None, *revisions[:-1]]):
            await downgrade(engine, "-1")
            assert await current_revision(engine) == expected
        assert await current_revision(engine) is None
        assert await _tables(engine) <= {"alembic_version"}
        await upgrade(engine)
        assert await current_revision(engine) == revisions[-1]
    finally:
        await engine.dispose()


async def test_processes_starting_together_on_an_empty_database_all_start(db_url: str) -> None:
    """Several ``aduan run`` processes started at once each migrate at start-up; they
    must queue (PostgreSQL advisory lock, SQLite's write lock), not fail on tables the
    other one has just created."""
    engines = [create_engine(db_url) for _ in range(3)]
    try:
        await asyncio.gather(*(upgrade(engine) for engine in engines))
        script = ScriptDirectory.from_config(alembic_config())
        for engine in engines:
            assert await current_revision(engine) == script.get_current_head()
    finally:
        for engine in engines:
            await engine.dispose()
