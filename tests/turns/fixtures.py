"""Fixtures of the turn-level seam (see :mod:`tests.turns.rig`), for every test
directory (``tests/conftest.py`` imports them): the schema is migrated once per test
session into a template database, and each test gets its own in-memory copy of it."""

from __future__ import annotations

import asyncio
import sqlite3
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from pathlib import Path

import pytest

from bot.config import sample_agencies_path, sample_kb_path
from handlers.context import KnowledgeSource, Services
from knowledge_base.reloader import KnowledgeBaseReloader
from storage.engine import create_engine, session_factory
from storage.migrate import upgrade
from storage.sla import RULES_KEY
from tests.turns.rig import TurnRig, copy_of, engine_on, services_for


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


@pytest.fixture(scope="session")
def turn_knowledge() -> KnowledgeSource:
    """The sample knowledge base, loaded and indexed once."""
    return KnowledgeBaseReloader(sample_kb_path())


@pytest.fixture(scope="session")
def turn_services(turn_knowledge: KnowledgeSource) -> Services:
    """The sample agencies and knowledge base, as the running bot wires them."""
    return services_for(sample_agencies_path(), turn_knowledge)


TurnsFactory = Callable[..., AbstractAsyncContextManager[TurnRig]]


@pytest.fixture
def make_turns(schema_template: sqlite3.Connection, turn_services: Services) -> TurnsFactory:
    """Rigs on fresh copies of the schema, for a test that needs its own agencies file
    (``make_turns(agencies=path)``) or another resident (``user_id=..., name=...``)."""

    @asynccontextmanager
    async def make(
        agencies: Path | None = None, services: Services | None = None, **resident: object
    ) -> AsyncIterator[TurnRig]:
        chosen = services or (
            turn_services if agencies is None else services_for(agencies, turn_services.knowledge)
        )
        connection = copy_of(schema_template)
        engine = engine_on(connection)
        sessions = session_factory(engine)
        sessions.configure(info={RULES_KEY: chosen.sla})  # as build_app does
        try:
            yield TurnRig(sessions, chosen, **resident)  # type: ignore[arg-type]
        finally:
            await engine.dispose()
            connection.close()

    return make


@pytest.fixture
async def turns(make_turns: TurnsFactory) -> AsyncIterator[TurnRig]:
    """A resident (Siti Aminah, Indonesian) on a fresh copy of the schema, with the
    sample agencies and knowledge base."""
    async with make_turns() as rig:
        yield rig
