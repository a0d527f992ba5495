from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from storage.engine import create_engine, session_factory
from storage.migrate import upgrade
from tests.delivery.processes import stop_leftover_bots


@pytest.fixture(autouse=True)
async def no_bot_outlives_its_test() -> AsyncIterator[None]:
    yield
    await stop_leftover_bots()


@pytest.fixture
async def sessions(db_url: str) -> AsyncIterator[async_sessionmaker[AsyncSession]]:
    """Sessions on a migrated database (SQLite, and PostgreSQL when configured)."""
    engine = create_engine(db_url)
    await upgrade(engine)
    yield session_factory(engine)
    await engine.dispose()
