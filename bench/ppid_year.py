"""Benchmark of the PPID's year: a seeded year of information requests (decisions,
objections, every channel) and the time to build its registers (XLSX, CSV) and its
annual report (XLSX, PDF, Markdown), as ``aduan ppid register`` and ``aduan ppid
report`` build them (reading the database included, start-up excluded).

    python bench/ppid_year.py                                  # SQLite in a temp folder
    python bench/ppid_year.py --requests 20000 --database postgresql://postgres@127.0.0.1:5432/x

The PostgreSQL database is emptied first. Target: a year's register and report each
in under 5 s of CPU (a PPID runs them a few times a year; they must not feel slow).
Wall-clock times are printed too: on a busy machine they are the CPU's times stretched.
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

from sqlalchemy import insert

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.database import database_url, emptied, timed
from bot.config import sample_agencies_path
from domain.agencies import load_agencies
from domain.documents.tabular import write_csv, write_xlsx
from domain.i18n import Translator
from domain.ppid.register import objection_table, request_table
from domain.ppid.report import report_period, summarise
from domain.ppid.report_tables import report_markdown, report_pdf, report_xlsx
from domain.sla.calendar import Calendar
from domain.sla.durations import Duration
from domain.sla.rules import load_sla
from storage.engine import create_engine, session_factory
from storage.models import Contact, Ticket
from storage.ppid.register import objections_between, requests_between
from storage.ppid.tables import PpidDecision, PpidObjection

ZONE = ZoneInfo("Asia/Jakarta")
YEAR_START = datetime(2025, 12, 31, 17, 0, tzinfo=UTC)  # 2026-01-01 00:00 WIB
SPAN = timedelta(days=365)
KINDS = ["granted"] * 55 + ["partial"] * 12 + ["rejected"] * 8 + ["not_held"] * 10
KINDS += ["undocumented"] * 5 + [""] * 10  # "": no decision
TARGET_S = 5.0
RULES = load_sla(sample_agencies_path(), ZONE)


def calendar_for(agency: str) -> Calendar:
    return RULES.policy_for(agency).calendar


def _rows(number: int, agencies: list[str], rng: random.Random) -> tuple[dict, dict | None]:
    received = YEAR_START + timedelta(seconds=rng.random() * SPAN.total_seconds())
    agency = rng.choice(agencies)
    kind = rng.choice(KINDS)
    channel = rng.choice(["telegram", "telegram", "whatsapp", "whatsapp", "open311:lapor"])
    ticket = {
        "id": number, "code": f"INF-{number:07d}", "kind": "info",
        "status": "closed" if kind or rng.random() < 0.3 else "open", "agency_code": agency,
        "contact_id": 1, "description": "Data anggaran dan realisasi kegiatan tahun 2025 " * 2,
        "privacy": "public", "photos": [], "language": "id", "created_at": received,
        "updated_at": received, "channel": channel.split(":")[0],
        "details": {
            "name": f"Pemohon {number}", "occupation": rng.choice(["Mahasiswa", "Wartawan"]),
            "contact": f"+62812{number:07d}", "purpose": "Penelitian", "delivery": "email",
            "channel": channel,
        },
    }  # fmt: skip
    if not kind:
        return ticket, None
    taken = rng.choice(range(0, 21))  # working days
    decided = (
        calendar_for(agency).add(received, Duration(taken, "d"))
        if taken
        else received + timedelta(hours=3)
    )
    gives = kind in ("granted", "partial")
    decision = {
        "id": number, "ticket_id": number, "kind": kind,
        "exemption": rng.choice("aehij") if kind in ("partial", "rejected") else None,
        "consequence": "", "withheld": "", "held_by": "", "reason": "", "handover": "",
        "form": "softcopy" if gives else None, "cost": 0, "links": [], "documents": [],
        "decided_at": decided, "decision_due_at": decided, "decided_by": "staff:1",
        "decided_by_name": "PPID", "handed_over_at": decided if gives else None,
    }  # fmt: skip
    return ticket, decision


def _objection(number: int, decision: dict, rng: random.Random) -> dict:
    filed = decision["decided_at"] + timedelta(days=rng.choice(range(1, 20)))
    verdict = rng.choice(["upheld", "rejected", "rejected", None])
    return {
        "id": number, "code": f"KEB-{number:07d}", "request_id": decision["ticket_id"],
        "contact_id": 1, "ground": rng.choice("adef"), "explanation": "Tidak sesuai",
        "filed_at": filed, "due_at": filed + timedelta(days=42), "level": 0,
        "verdict": verdict, "response": "Tanggapan" if verdict else "",
        "responded_at": filed + timedelta(days=20) if verdict else None,
        "responder_name": "Sekda" if verdict else "", "responder_position": "Sekda",
        "requester_response": "",
    }  # fmt: skip


async def prepare(url: str, requests: int) -> tuple[int, int]:
    engine = await emptied(url)
    agencies = list(load_agencies(sample_agencies_path()).codes())
    rng = random.Random(16)
    tickets, decisions, objections = [], [], []
    for number in range(1, requests + 1):
        ticket, decision = _rows(number, agencies, rng)
        tickets.append(ticket)
        if decision is not None:
            decisions.append(decision)
            if rng.random() < 0.08:
                objections.append(_objection(len(objections) + 1, decision, rng))
    async with engine.begin() as connection:
        await connection.execute(
            insert(Contact),
            [{"id": 1, "channel": "telegram", "external_id": "1", "chat_id": "1",
              "display_name": "Pemohon", "created_at": YEAR_START}],
        )  # fmt: skip
        for table, rows in ((Ticket, tickets), (PpidDecision, decisions)):
            for start in range(0, len(rows), 5000):
                await connection.execute(insert(table), rows[start : start + 5000])
        if objections:
            await connection.execute(insert(PpidObjection), objections)
    await engine.dispose()
    return len(decisions), len(objections)


async def measure(url: str, runs: int) -> None:
    engine = create_engine(url)
    sessions = session_factory(engine)
    t = Translator("id")
    period = report_period(2026)
    start, end = period.bounds(ZONE)

    async def read() -> tuple[list, list]:
        async with sessions() as session:
            found = await requests_between(session, start, end)
            return found, await objections_between(session, start, end)

    async def register() -> int:
        requests, objections = await read()
        tables = (
            request_table(requests, t, ZONE, calendar_for, "Register Permohonan"),
            objection_table(objections, t, ZONE, "Register Keberatan"),
        )
        return len(write_xlsx(tables)) + sum(len(write_csv(table)) for table in tables)

    async def report() -> int:
        requests, objections = await read()
        figures = summarise(period, requests, objections, calendar_for, ZONE)
        scope = "Kabupaten Sukamaju, seluruh PPID"
        documents = (
            report_xlsx(figures, t), report_markdown(figures, t, scope),
            report_pdf(figures, t, "Kabupaten Sukamaju", scope),
        )  # fmt: skip
        return sum(len(d) for d in documents)

    try:
        for name, job in (("register (XLSX + 2 CSV)", register), ("report (XLSX+PDF+MD)", report)):
            times, cpu, size = await timed(runs, job)
            median = statistics.median(times)
            verdict = "meets" if statistics.median(cpu) <= TARGET_S else "MISSES"
            print(
                f"  {name}: median {median:.2f} s (min {min(times):.2f}, max {max(times):.2f}, "
                f"{len(times)} runs; CPU {statistics.median(cpu):.2f} s; {size / 1024:.0f} KiB)"
                f" — {verdict} the {TARGET_S:.0f} s CPU target"
            )
    finally:
        await engine.dispose()


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--database", help="postgresql://… (emptied first); default SQLite")
    parser.add_argument("--requests", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    url, name = database_url(args.database, "ppid")
    started = time.perf_counter()
    decided, objected = await prepare(url, args.requests)
    print(
        f"{name}: {args.requests:,} requests in 2026 ({decided:,} decided, {objected:,} "
        f"objections) prepared in {time.perf_counter() - started:.0f} s"
    )
    await measure(url, args.runs)


if __name__ == "__main__":
    asyncio.run(main())
