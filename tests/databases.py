"""Which databases the tests run on.

SQLite always. PostgreSQL when ``ADUAN_TEST_POSTGRES_URL`` is set; without it those
tests skip with the reason, unless ``ADUAN_REQUIRE_POSTGRES=1`` (set by ``.ci/run``),
which turns a missing or unreachable PostgreSQL into a failure.

Under pytest-xdist every worker gets a database of its own, named after the one in the
URL with the worker's id appended (``test`` becomes ``test_gw0``, ``test_gw1``...),
created on first use: the tests empty their database, so workers cannot share one.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import os
import threading

import asyncpg
import pytest
from sqlalchemy import URL, make_url, text

from storage.engine import create_engine

POSTGRES_ENV = "ADUAN_TEST_POSTGRES_URL"
REQUIRE_ENV = "ADUAN_REQUIRE_POSTGRES"
WORKER_ENV = "PYTEST_XDIST_WORKER"  # set by pytest-xdist in each worker: gw0, gw1...


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
    worker = os.environ.get(WORKER_ENV)
    return worker_database(url, worker) if worker else url


def worker_url(url: str, worker: str) -> str:
    """``url`` naming the worker's database: ``.../test`` becomes ``.../test_gw0``."""
    given = make_url(url)
    return given.set(database=f"{given.database}_{worker}").render_as_string(hide_password=False)


@functools.cache
def worker_database(url: str, worker: str) -> str:
    """The URL of this worker's own database beside the one in ``url``, created if missing."""
    given = make_url(url)
    own = make_url(worker_url(url, worker))
    outcome: list[BaseException] = []
    # postgres_url() is called from inside the tests' running event loop: create the
    # database on a loop of its own in another thread.
    thread = threading.Thread(target=lambda: _create(given, own.database or "", outcome))
    thread.start()
    thread.join()
    if outcome:
        pytest.fail(f"PostgreSQL at {POSTGRES_ENV} is unreachable: {outcome[0]}", pytrace=False)
    return own.render_as_string(hide_password=False)


def _create(given: URL, name: str, outcome: list[BaseException]) -> None:
    try:
        asyncio.run(_create_database(given, name))
    except (OSError, asyncpg.PostgresError) as exc:
        outcome.append(exc)


async def _create_database(given: URL, name: str) -> None:
    plain = given.set(drivername="postgresql")
    connection = await asyncpg.connect(plain.render_as_string(hide_password=False))
    try:
        if not await connection.fetchval("SELECT 1 FROM pg_database WHERE datname = $1", name):
            with contextlib.suppress(asyncpg.DuplicateDatabaseError):  # made meanwhile
                await connection.execute(f'CREATE DATABASE "{name}"')
    finally:
        await connection.close()


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
