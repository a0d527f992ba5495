"""What the database benchmarks (figures, ppid_year, public, sweep) share: the database
named on the command line (or SQLite in a temporary folder), emptied and migrated, and
a timer of repeated runs after warm-ups."""

from __future__ import annotations

import tempfile
import time
from collections.abc import Awaitable, Callable
from typing import TypeVar

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine

from storage.engine import create_engine
from storage.migrate import upgrade

T = TypeVar("T")


def database_url(given: str | None, name: str) -> tuple[str, str]:
    """The asyncio URL of ``given`` (``postgresql://…``), else of a new SQLite file
    ``name``.db in a temporary folder; and the database's name for the report."""
    url = given or f"sqlite+aiosqlite:///{tempfile.mkdtemp(prefix=f'aduan-{name}-')}/{name}.db"
    if url.startswith(("postgresql://", "postgres://")):
        url = "postgresql+asyncpg://" + url.split("://", 1)[1]
    return url, "PostgreSQL" if url.startswith("postgresql") else "SQLite"


async def emptied(url: str) -> AsyncEngine:
    """An engine on ``url`` migrated from nothing (a PostgreSQL database is emptied)."""
    engine = create_engine(url)
    if url.startswith("postgresql"):
        async with engine.begin() as connection:
            await connection.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
            await connection.execute(text("CREATE SCHEMA public"))
    await upgrade(engine)
    return engine


async def timed(
    runs: int, job: Callable[[], Awaitable[T]], warmups: int = 1
) -> tuple[list[float], list[float], T]:
    """Wall-clock and CPU seconds of ``runs`` runs of ``job`` after ``warmups``
    untimed ones, and what the last run returned."""
    times: list[float] = []
    cpu: list[float] = []
    for run in range(warmups + runs):
        started, used = time.perf_counter(), time.process_time()
        result = await job()
        if run >= warmups:
            times.append(time.perf_counter() - started)
            cpu.append(time.process_time() - used)
    return times, cpu, result
