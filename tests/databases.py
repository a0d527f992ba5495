"""Which databases the tests run on.

SQLite always. PostgreSQL when ``ADUAN_TEST_POSTGRES_URL`` is set; without it those
tests skip with the reason, unless ``ADUAN_REQUIRE_POSTGRES=1`` (set by ``.ci/run``),
which turns a missing or unreachable PostgreSQL into a failure.
"""

from __future__ import annotations

import os

import pytest
from sqlalchemy import text

from storage.engine import create_engine

POSTGRES_ENV = "ADUAN_TEST_POSTGRES_URL"
REQUIRE_ENV = "ADUAN_REQUIRE_POSTGRES"


def postgres_url() -> str | None:
    url = os.environ.get(POSTGRES_ENV)
    if not url:
        if os.environ.get(REQUIRE_ENV) == "1":
            pytest.fail(f"{REQUIRE_ENV}=1 but {POSTGRES_ENV} is not set", pytrace=False)
        pytest.skip(
            f"PostgreSQL tests need {POSTGRES_ENV} (e.g. postgresql://postgres@127.0.0.1/test)"
        )
    if url.startswith(("postgresql://", "postgres://")):
        url = "postgresql+asyncpg://" + url.split("://", 1)[1]
    return url


async def fresh_postgres(url: str) -> None:
    """Empty the database: the tests own it while they run."""
    engine = create_engine(url)
    try:
        async with engine.begin() as connection:
            await connection.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
            await connection.execute(text("CREATE SCHEMA public"))
    except OSError as exc:
        pytest.fail(f"PostgreSQL at {POSTGRES_ENV} is unreachable: {exc}", pytrace=False)
    finally:
        await engine.dispose()


async def database_url(kind: str, tmp_path: object) -> str:
    if kind == "sqlite":
        return f"sqlite+aiosqlite:///{tmp_path}/aduan-test.db"
    url = postgres_url()
    assert url is not None
    await fresh_postgres(url)
    return url
