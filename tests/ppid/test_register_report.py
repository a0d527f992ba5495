"""The PPID's registers and service report from the seeded year (tests/ppid/seed.py,
where every figure below is computed by hand)."""

from __future__ import annotations

from datetime import date

from domain.figures.periods import days
from domain.i18n import Translator
from domain.ppid.decisions import DecisionKind, Exemption
from domain.ppid.objections import ObjectionGround
from domain.ppid.register import ObjectionEntry, RequestEntry
from domain.ppid.report import ReportFigures, report_period, summarise
from domain.sla.calendar import Calendar
from domain.sla.rules import parse_sla
from storage.engine import create_engine, session_factory
from storage.migrate import upgrade
from storage.ppid.register import objections_between, requests_between
from tests.ppid.seed import ZONE, seed_year, wib

CALENDAR = parse_sla({}, ZONE).calendar
EVER = (wib(2000, 1, 1, 0), wib(2100, 1, 1, 0))


def calendar_for(_agency: str) -> Calendar:
    return CALENDAR


async def read(
    url: str, first: date, last: date, agency: str | None = None
) -> tuple[list[RequestEntry], list[ObjectionEntry]]:
    engine = create_engine(url)
    try:
        await upgrade(engine)
        sessions = session_factory(engine)
        async with sessions() as session:
            empty = not await requests_between(session, *EVER)
        if empty:
            await seed_year(sessions)
        start, end = days(first, last).bounds(ZONE)
        async with sessions() as session:
            requests = await requests_between(session, start, end, agency)
            return requests, await objections_between(session, start, end, agency)
    finally:
        await engine.dispose()


async def report_of(url: str, semester: int | None = None, agency: str | None = None):  # type: ignore[no-untyped-def]
    period = report_period(2026, semester)
    requests, objections = await read(url, period.start, period.last_day, agency)
    return summarise(period, requests, objections, calendar_for, ZONE)


async def test_the_year_holds_the_requests_received_in_the_regencys_2026(db_url: str) -> None:
    requests, objections = await read(db_url, date(2026, 1, 1), date(2026, 12, 31))
    codes = [r.code for r in requests]
    assert codes[0] == "INF-2601-0001" and codes[-1] == "INF-2612-0001" and len(codes) == 10
    assert "INF-2701-0001" not in codes  # 1 January 2027 00:30 WIB is still 2026 in UTC
    assert [o.code for o in objections] == [
        "KEB-2601-0001", "KEB-2602-0001", "KEB-2603-0001", "KEB-2607-0001",
    ]  # fmt: skip
    partial = next(r for r in requests if r.code == "INF-2601-0002")
    assert (partial.decision, partial.exemption, partial.cost) == ("partial", "h", 50000)
    assert (partial.name, partial.occupation, partial.channel) == (
        "Pemohon 0002", "Mahasiswa", "whatsapp",
    )  # fmt: skip


def counts(figures: ReportFigures) -> dict[str, int]:
    return {kind.value: n for kind, n in figures.by_kind}


async def test_the_annual_report_figures_match_the_hand_computed_ones(sqlite_url: str) -> None:
    figures = await report_of(sqlite_url)
    assert figures.received == 10
    assert counts(figures) == {
        "granted": 3, "partial": 1, "rejected": 2, "not_held": 1, "undocumented": 1,
    }  # fmt: skip
    assert (figures.undecided, figures.closed_undecided) == (1, 1)
    exemptions = {e: (rejected, partial) for e, rejected, partial in figures.by_exemption}
    assert exemptions[Exemption.PERSONAL_SECRETS] == (1, 1)
    assert exemptions[Exemption.LAW_ENFORCEMENT] == (1, 0)
    assert sum(r + p for r, p in exemptions.values()) == 3
    timing = figures.timing
    assert (timing.decided, timing.mean_days, timing.median_days) == (8, 7.4, 6.0)
    assert (timing.within_10, timing.within_17) == (5, 8)
    assert timing.share(timing.within_10) == 0.625
    objections = figures.objections
    assert (objections.filed, objections.upheld, objections.rejected, objections.pending) == (
        4, 1, 2, 1,
    )  # fmt: skip
    grounds = {g: (n, up, down) for g, n, up, down in objections.by_ground}
    assert grounds[ObjectionGround.REJECTED] == (2, 1, 1)
    assert grounds[ObjectionGround.NOT_ANSWERED] == (1, 0, 0)
    assert grounds[ObjectionGround.UNREASONABLE_COST] == (1, 0, 1)
    assert figures.channels == (("telegram", 5), ("whatsapp", 4), ("open311", 1))
    assert [n for _, n in figures.per_month] == [2, 1, 1, 1, 1, 0, 1, 1, 1, 0, 0, 1]


async def test_a_semester_and_an_agency_count_only_theirs(sqlite_url: str) -> None:
    first = await report_of(sqlite_url, semester=1)
    assert (first.received, first.objections.filed, len(first.per_month)) == (6, 3, 6)
    assert first.timing.within_10 == 3
    second = await report_of(sqlite_url, semester=2)
    assert second.received == 4 and second.per_month[0][0] == date(2026, 7, 1)
    dukcapil = await report_of(sqlite_url, agency="disdukcapil")
    assert dukcapil.received == 4
    assert counts(dukcapil)[DecisionKind.GRANTED.value] == 2
    assert dukcapil.objections.filed == 2


async def test_the_register_rows_read_in_the_regencys_time_with_working_days(
    sqlite_url: str,
) -> None:
    from domain.ppid.register import objection_table, request_table

    requests, objections = await read(sqlite_url, date(2026, 1, 1), date(2026, 12, 31))
    t = Translator("id")
    table = request_table(requests, t, ZONE, calendar_for, "Register Permohonan")
    assert table.headers[:4] == ("No.", "Tanggal Permohonan", "Nomor Pendaftaran", "Nama Pemohon")
    last = dict(zip(table.headers, table.rows[-1], strict=True))
    assert last["Nomor Pendaftaran"] == "INF-2612-0001"
    assert str(last["Tanggal Permohonan"]) == "2026-12-31 23:30:00+07:00"
    assert last["Jangka Waktu (hari kerja)"] == 2 and last["Cara Permohonan"] == "Telegram"
    rejected = dict(zip(table.headers, table.rows[3], strict=True))
    assert rejected["Keputusan"] == "Ditolak (dikecualikan)"
    assert str(rejected["Alasan Penolakan (Pasal 17)"]).startswith("Pasal 17 huruf a")
    assert rejected["Jangka Waktu (hari kerja)"] == 12
    assert dict(zip(table.headers, table.rows[7], strict=True))["Keputusan"] == (
        "Ditutup tanpa keputusan tertulis"
    )
    register = objection_table(objections, t, ZONE, "Register Keberatan")
    upheld = dict(zip(register.headers, register.rows[1], strict=True))
    assert upheld["Keputusan Atasan PPID"] == "Keberatan diterima"
    assert upheld["Nama dan Jabatan Atasan PPID"] == (
        "Drs. H. Ahmad Fauzi, M.Si., Sekretaris Daerah Kabupaten Sukamaju"
    )
    assert upheld["Tanggapan Pemohon Informasi"] == "Saya menerima"
    assert dict(zip(register.headers, register.rows[3], strict=True))["Keputusan Atasan PPID"] == (
        "Belum dijawab"
    )
