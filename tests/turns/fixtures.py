"""Fixtures of the turn-level seam (see :mod:`tests.turns.rig`), for every test
directory (``tests/conftest.py`` imports them).

SQLite, the default: the schema is migrated once per test session into a template
database, and each test gets its own in-memory copy of it (SQLite's backup API, well
under a millisecond). PostgreSQL, for a test marked :data:`both_databases`: the schema
is migrated once into the test database, and each test starts with its tables emptied
(one ``TRUNCATE``); a schema dropped by a test elsewhere, or left at an older revision,
is migrated again.
"""

from __future__ import annotations

import asyncio
import functools
import sqlite3
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from pathlib import Path

import pytest
from alembic.script import ScriptDirectory
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.config import Settings
from bot.services import services_for
from domain.agencies import load_agencies
from domain.messages import Channel
from handlers.context import KnowledgeSource, Services
from knowledge_base.reloader import KnowledgeBaseReloader
from storage.engine import create_engine, session_factory
from storage.migrate import alembic_config, upgrade
from storage.sla import RULES_KEY
from tests.databases import fresh_postgres, postgres_url
from tests.turns.rig import TurnRig, copy_of, engine_on

# Runs a test on SQLite and on PostgreSQL (a direct parametrization of the
# ``turn_database`` fixture, which the rigs read).
both_databases = pytest.mark.parametrize("turn_database", ["sqlite", "postgres"])


async def _migrate(url: str) -> None:
    engine = create_engine(url)
    try:
        await upgrade(engine)
    finally:
        await engine.dispose()


@pytest.fixture(scope="session")
def schema_template(tmp_path_factory: pytest.TempPathFactory) -> Iterator[sqlite3.Connection]:
    """The migrated schema, in memory, migrated once for the whole test session."""
    path = tmp_path_factory.mktemp("turns") / "template.db"
    asyncio.run(_migrate(f"sqlite+aiosqlite:///{path}"))
    template = sqlite3.connect(":memory:", check_same_thread=False)
    with sqlite3.connect(path) as migrated:
        migrated.backup(template)
    yield template
    template.close()


def seam_settings(**changes: object) -> Settings:
    """The settings a test's bot would run with (the sample agencies file and knowledge
    base unless changed)."""
    return Settings(database_url="sqlite+aiosqlite://", **changes)  # type: ignore[arg-type]


def seam_services(knowledge: KnowledgeSource, **changes: object) -> Services:
    """Services as the composition root builds them (:func:`bot.services.services_for`),
    with staff on the console beside the console resident, as in ``aduan demo``."""
    settings = seam_settings(**changes)
    return services_for(settings, load_agencies(settings.agencies), knowledge, Channel.CONSOLE)


@pytest.fixture(scope="session")
def turn_knowledge() -> KnowledgeSource:
    """The sample knowledge base, loaded and indexed once."""
    settings = seam_settings()
    codes = frozenset(load_agencies(settings.agencies).codes())
    return KnowledgeBaseReloader(settings.kb, agencies=codes)


@pytest.fixture(scope="session")
def turn_services(turn_knowledge: KnowledgeSource) -> Services:
    """The sample agencies and knowledge base, as the running bot wires them."""
    return seam_services(turn_knowledge)


@pytest.fixture
def turn_database() -> str:
    """The database the rigs use: ``sqlite`` unless a test is :data:`both_databases`."""
    return "sqlite"


@functools.cache
def head_revision() -> str | None:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


async def emptied_postgres(url: str) -> AsyncEngine:
    """An engine on the PostgreSQL test database, migrated to head, every table empty."""
    engine = create_engine(url, pool_size=2)  # disposed at the end of the test
    async with engine.begin() as connection:
        migrated = await connection.scalar(text("SELECT to_regclass('public.alembic_version')"))
        revision = migrated and await connection.scalar(
            text("SELECT version_num FROM alembic_version")
        )
        tables = (
            await connection.execute(
                text(
                    "SELECT tablename FROM pg_tables WHERE schemaname = 'public'"
                    " AND tablename <> 'alembic_version'"
                )
            )
        ).scalars()
        names = ", ".join(f'"{name}"' for name in tables)
        current = revision == head_revision()
        if current and names:
            await connection.execute(text(f"TRUNCATE {names} RESTART IDENTITY CASCADE"))
    if not current:  # never migrated, dropped by another test, or an older schema
        await fresh_postgres(url)
        await upgrade(engine)
    return engine


@pytest.fixture
async def turn_engine(
    turn_database: str, schema_template: sqlite3.Connection
) -> AsyncIterator[AsyncEngine]:
    """This test's database, empty and migrated."""
    if turn_database == "postgres":
        url = postgres_url()
        assert url is not None
        engine = await emptied_postgres(url)
        yield engine
        await engine.dispose()
        return
    connection = copy_of(schema_template)
    engine = engine_on(connection)
    yield engine
    await engine.dispose()
    connection.close()


TurnsFactory = Callable[..., AbstractAsyncContextManager[TurnRig]]


@pytest.fixture
def make_turns(turn_engine: AsyncEngine, turn_services: Services) -> TurnsFactory:
    """Rigs on this test's database: with another agencies file
    (``make_turns(agencies=path)``), or for another resident (``user_id=..., name=...``,
    ``language_code=...``)."""

    @asynccontextmanager
    async def make(
        agencies: Path | None = None, services: Services | None = None, **resident: object
    ) -> AsyncIterator[TurnRig]:
        chosen = services or (
            turn_services
            if agencies is None
            else seam_services(turn_services.knowledge, agencies=agencies)
        )
        sessions = session_factory(turn_engine)
        sessions.configure(info={RULES_KEY: chosen.sla})  # as build_app does
        rig = TurnRig(sessions, chosen, engine=turn_engine, **resident)  # type: ignore[arg-type]
        try:
            yield rig
        finally:
            for close in rig.closers:
                await close()

    return make


@pytest.fixture
async def turns(make_turns: TurnsFactory) -> AsyncIterator[TurnRig]:
    """A resident (Siti Aminah, Indonesian) on an empty, migrated database, with the
    sample agencies and knowledge base."""
    async with make_turns() as rig:
        yield rig
