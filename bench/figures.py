"""Benchmark of the figures behind the dashboard's overview: a year with 100,000
tickets (and 20,000 in the year before), every query the overview page runs (the
per-agency table with medians and p90, the weekly series, the top categories).

    python bench/figures.py                                   # SQLite in a temp folder
    python bench/figures.py --database postgresql://postgres@127.0.0.1:5432/test

The PostgreSQL database is emptied first. Target: the overview of the year <= 300 ms
(median of the timed runs) on SQLite and on PostgreSQL; aimed at <= 200 ms for a margin.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import statistics
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy import insert, text

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.database import database_url, emptied, timed
from bot.config import sample_agencies_path
from domain.agencies import load_agencies
from domain.figures.hours import hour_of
from domain.figures.periods import year
from domain.figures.summary import Overview
from storage.engine import create_engine, session_factory
from storage.figures import overview
from storage.models import Contact, Ticket

ZONE = ZoneInfo("Asia/Jakarta")
NOW = datetime(2026, 12, 21, 3, 0, tzinfo=UTC)
YEAR_START = datetime(2025, 12, 31, 17, 0, tzinfo=UTC)  # 2026-01-01 00:00 WIB
TARGET_MS = 300.0


def _ticket(number: int, created: datetime, agencies: list[str], rng: random.Random) -> dict:
    kind = "info" if rng.random() < 0.15 else "complaint"
    answered = created < NOW - timedelta(days=3) or rng.random() < 0.5
    first = rng.lognormvariate(10, 1) if answered else None
    finished = answered and rng.random() < 0.9
    resolution = (first or 0) + rng.lognormvariate(11, 1) if finished else None
    status = (
        rng.choice(["resolved", "closed", "closed", "answered"])
        if finished
        else rng.choice(["open", "in_progress", "rejected"])
    )
    rating = rng.choice([None, None, 3, 4, 5, 5, 2]) if finished else None
    resolution_at = created + timedelta(seconds=(resolution or 0) * 3) if finished else None
    overdue = status in ("open", "in_progress")
    return {
        "id": number, "code": f"ADU-{number:07d}", "kind": kind, "status": status,
        "agency_code": agencies[number % len(agencies)], "contact_id": 1,
        "description": "Jalan berlubang di depan pasar", "privacy": "public",
        "photos": [], "details": {}, "language": "id", "created_at": created,
        "updated_at": created, "channel": rng.choice(["telegram", "telegram", "whatsapp"]),
        "category": rng.choice(["jalan rusak", "sampah", "ktp", "air", "lampu", None]),
        "reassigned_count": 1 if rng.random() < 0.05 else 0,
        "reopened_count": 1 if rng.random() < 0.03 else 0, "rating": rating,
        "first_response_at": created + timedelta(seconds=first * 2) if first else None,
        "first_response_seconds": int(first) if first else None,
        "first_response_met": (first < 86400) if first else None,
        "resolution_at": resolution_at,
        "resolution_seconds": int(resolution) if resolution else None,
        "resolution_met": (resolution < 5 * 28800) if resolution else None,
        "sla_stage": "response" if overdue else None, "sla_level": 0,
        "sla_due_at": created + timedelta(days=4) if overdue else None,
        "created_hour": hour_of(created), "finished_hour": hour_of(resolution_at),
    }  # fmt: skip


async def prepare(url: str, tickets: int) -> None:
    engine = await emptied(url)
    agencies = list(load_agencies(sample_agencies_path()).codes())
    rng = random.Random(7)
    async with engine.begin() as connection:
        await connection.execute(
            insert(Contact),
            [{"id": 1, "channel": "telegram", "external_id": "1", "chat_id": "1",
              "display_name": "Warga", "created_at": NOW}],
        )  # fmt: skip
    span = (NOW - YEAR_START).total_seconds()
    earlier = tickets // 5  # the year before, outside the period
    moments = sorted(
        [YEAR_START + timedelta(seconds=rng.random() * span) for _ in range(tickets)]
        + [YEAR_START - timedelta(seconds=rng.random() * span) for _ in range(earlier)]
    )  # numbered in the order they arrived, as in a real database
    chunk = 5000
    for start in range(0, len(moments), chunk):
        rows = [
            _ticket(number, moments[number - 1], agencies, rng)
            for number in range(start + 1, min(start + chunk, len(moments)) + 1)
        ]
        async with engine.begin() as connection:
            await connection.execute(insert(Ticket), rows)
    if url.startswith("postgresql"):  # as autovacuum would have, for index-only scans
        async with engine.connect() as connection:
            autocommit = await connection.execution_options(isolation_level="AUTOCOMMIT")
            await autocommit.execute(text("VACUUM ANALYZE ticket"))
    await engine.dispose()


async def measure(url: str, runs: int) -> list[float]:
    engine = create_engine(url)
    sessions = session_factory(engine)

    async def run() -> Overview:
        async with sessions() as session:
            return await overview(session, year(2026), ZONE, NOW)

    try:
        seconds, cpu_seconds, result = await timed(runs, run, warmups=2)
        times = [s * 1000 for s in seconds]
        cpu = [s * 1000 for s in cpu_seconds]
        total = result.total.counts
        print(
            f"  received {total.received}, open {total.open_now}, overdue "
            f"{total.overdue_now}, agencies {len(result.agencies())}, weeks {len(result.weeks)}"
        )
        print(
            f"  CPU of this process per overview: median {statistics.median(cpu):.0f} ms "
            f"(min {min(cpu):.0f}, max {max(cpu):.0f})"
        )
    finally:
        await engine.dispose()
    return times


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--database", help="postgresql://… (emptied first); default SQLite")
    parser.add_argument("--tickets", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    url, name = database_url(args.database, "figures")
    started = time.perf_counter()
    await prepare(url, args.tickets)
    prepared = time.perf_counter() - started
    print(f"{name}: {args.tickets:,} tickets in 2026 prepared in {prepared:.0f} s")
    times = await measure(url, args.runs)
    median = statistics.median(times)
    verdict = "meets" if median <= TARGET_MS else "MISSES"
    print(
        f"  overview of 2026: median {median:.0f} ms (min {min(times):.0f}, max "
        f"{max(times):.0f}, {len(times)} runs) — {verdict} the {TARGET_MS:.0f} ms target"
    )


if __name__ == "__main__":
    asyncio.run(main())
