"""Benchmark of the SLA sweep: with many open tickets, how long a sweep takes when
nothing is due and when many are due, and whether memory grows with either.

    python bench/sweep.py                                   # SQLite in a temp folder
    python bench/sweep.py --database postgresql://postgres@127.0.0.1:5432/test

The PostgreSQL database is emptied first. Targets: nothing due <= 50 ms and 1,000 due
<= 1 s with 100,000 open tickets; peak memory of a sweep bounded by the batch size.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
import tracemalloc
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import delete, insert, text, update
from sqlmodel import col

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.database import emptied
from bot.config import Settings, sample_agencies_path
from domain.agencies import load_agencies
from domain.sla.rules import SlaRules
from handlers.deadlines.sweep import Sweeper
from storage.engine import create_engine, session_factory
from storage.models import Contact, OutboxEntry, Ticket, TicketEvent

NOW = datetime(2026, 11, 26, 3, 0, tzinfo=UTC)  # Thursday 10:00 WIB
AGENCIES = ["pupr", "dlh", "disdukcapil", "dinkes", "dishub", "perkim"]


async def prepare(url: str, tickets: int) -> None:
    engine = await emptied(url)
    async with engine.begin() as connection:
        await connection.execute(
            insert(Contact),
            [{"id": 1, "channel": "telegram", "external_id": "1", "chat_id": "1",
              "display_name": "Warga", "created_at": NOW}],
        )  # fmt: skip
    chunk = 5000
    for start in range(0, tickets, chunk):
        rows = []
        for number in range(start + 1, min(start + chunk, tickets) + 1):
            created = NOW - timedelta(hours=1)
            rows.append(
                {
                    "id": number, "code": f"ADU-2611-{number:06d}", "kind": "complaint",
                    "status": "open", "agency_code": AGENCIES[number % len(AGENCIES)],
                    "contact_id": 1, "description": "Jalan berlubang di depan pasar " * 3,
                    "privacy": "public", "photos": [], "details": {"channel": "telegram"},
                    "language": "id", "created_at": created, "updated_at": created,
                    "sla_stage": "response", "sla_level": 0, "sla_started_at": created,
                    "sla_due_at": NOW + timedelta(days=3),
                    "next_due_at": NOW + timedelta(hours=1, seconds=number % 86400),
                }
            )  # fmt: skip
        async with engine.begin() as connection:
            await connection.execute(insert(Ticket), rows)
    if url.startswith("postgresql"):
        async with engine.begin() as connection:
            await connection.execute(text("ANALYZE"))
    await engine.dispose()


async def make_due(sessions, count: int) -> None:  # type: ignore[no-untyped-def]
    """Make ``count`` tickets overdue (each will be escalated) and clear past output."""
    async with sessions.begin() as session:
        await session.execute(delete(OutboxEntry))
        await session.execute(delete(TicketEvent))
        await session.execute(
            update(Ticket)
            .where(col(Ticket.id) <= count)
            .values(
                sla_stage="response",
                sla_level=0,
                sla_started_at=NOW - timedelta(days=5),
                sla_due_at=NOW - timedelta(hours=1),
                next_due_at=NOW - timedelta(hours=1),
            )
            .execution_options(synchronize_session=False)
        )


async def run(url: str, tickets: int, due: int, rounds: int) -> None:
    await prepare(url, tickets)
    engine = create_engine(url)
    sessions = session_factory(engine)
    settings = Settings(database_url=url)
    sweeper = Sweeper(sessions, SlaRules.defaults(settings.zone), load_agencies(
        sample_agencies_path()))  # fmt: skip

    await sweeper.sweep(NOW)  # warm up
    idle = []
    for _ in range(rounds * 4):
        began = time.perf_counter()
        report = await sweeper.sweep(NOW)
        idle.append(time.perf_counter() - began)
        assert report.messages == 0
    busy = []
    for _ in range(rounds):
        await make_due(sessions, due)
        began = time.perf_counter()
        report = await sweeper.sweep(NOW)
        busy.append(time.perf_counter() - began)
        assert report.escalations == due, report

    peaks = {}
    for count in (0, due, due * 10):
        await make_due(sessions, count)
        tracemalloc.start()
        await sweeper.sweep(NOW)
        peaks[count] = tracemalloc.get_traced_memory()[1] / 1e6
        tracemalloc.stop()
    await engine.dispose()

    kind = "PostgreSQL" if url.startswith("postgresql") else "SQLite"
    print(f"{kind}: {tickets:,} open tickets")
    print(f"  nothing due: median {statistics.median(idle) * 1000:.2f} ms "
          f"(max {max(idle) * 1000:.2f} ms, {len(idle)} sweeps)")  # fmt: skip
    print(f"  {due:,} due (escalation + resident notice each): median "
          f"{statistics.median(busy) * 1000:.0f} ms (max {max(busy) * 1000:.0f} ms, "
          f"{len(busy)} sweeps)")  # fmt: skip
    print("  peak traced memory of one sweep: "
          + ", ".join(f"{n:,} due {mb:.1f} MB" for n, mb in peaks.items()))  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--database", default=None, help="postgresql://… (default: SQLite)")
    parser.add_argument("--tickets", type=int, default=100_000)
    parser.add_argument("--due", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    if args.database:
        url = Settings(database_url=args.database).database_url
        asyncio.run(run(url, args.tickets, args.due, args.rounds))
        return
    with tempfile.TemporaryDirectory() as folder:
        url = f"sqlite+aiosqlite:///{folder}/bench.db"
        asyncio.run(run(url, args.tickets, args.due, args.rounds))


if __name__ == "__main__":
    main()
