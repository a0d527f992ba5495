from __future__ import annotations

from pathlib import Path

import pytest

from tests.databases import database_url


@pytest.fixture(params=["sqlite", "postgres"])
async def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A migrated-nothing, empty database URL, once per supported database."""
    return await database_url(request.param, tmp_path)


@pytest.fixture
async def sqlite_url(tmp_path: Path) -> str:
    return await database_url("sqlite", tmp_path)


from tests.fakes.fixtures import fake_bot_api, fake_telegram_bot  # noqa: E402, F401
from tests.turns.fixtures import (  # noqa: E402, F401
    make_turns,
    schema_template,
    turn_database,
    turn_engine,
    turn_knowledge,
    turn_services,
    turns,
)
