"""The public page's figures, from the figures module (:mod:`storage.figures`): per
agency and for the regency, for this month, last month or this year; received and
finished per month for the trend chart; and the monthly figure files of the open data.
Only counts and durations of tickets: nothing about a person."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy.ext.asyncio import AsyncSession

from bot.open_data import Month, to_csv, to_json
from domain.agencies import AgencyDirectory
from domain.figures.periods import Period, month, month_of, previous_month, year
from domain.figures.summary import Figures, Overview
from domain.figures.tables import hours
from domain.publication.dictionary import FIGURE_COLUMNS
from storage import figures as figure_store
from storage.figures.days import finished_days, received_days

PERIODS = ("bulan-ini", "bulan-lalu", "tahun-ini")
TREND_MONTHS = 12


@dataclass(frozen=True)
class Row:
    code: str | None  # None: the regency
    name: str
    received: int
    resolved: int
    response_median_hours: float | None
    resolution_median_hours: float | None
    within_target: float | None  # 0..1
    satisfaction: float | None
    behind: bool


@dataclass(frozen=True)
class Bar:
    label: str
    received: int
    resolved: int


@dataclass(frozen=True)
class PublicFigures:
    period: str
    label: str
    rows: tuple[Row, ...]
    total: Row
    trend: tuple[Bar, ...]

    @property
    def highest(self) -> int:
        return max([1, *(max(b.received, b.resolved) for b in self.trend)])


def period_for(key: str, now: datetime, zone: ZoneInfo) -> Period:
    today = now.astimezone(zone).date()
    if key == "bulan-lalu":
        return previous_month(today)
    if key == "tahun-ini":
        return year(today.year)
    return month_of(today)


def row(code: str | None, name: str, figures: Figures) -> Row:
    counts, spans = figures.counts, figures.durations
    return Row(
        code, name, counts.received, counts.resolved,
        hours(spans.response_median), hours(spans.resolution_median),
        figures.response_share, figures.rating_mean, figures.behind,
    )  # fmt: skip


def rows_of(overview: Overview, agencies: AgencyDirectory) -> tuple[tuple[Row, ...], Row]:
    rows = []
    for agency in agencies.agencies:
        rows.append(row(agency.code, agency.short_name, overview.get(agency.code)))
    return tuple(rows), row(None, agencies.regency, overview.total)


async def trend(session: AsyncSession, now: datetime, zone: ZoneInfo) -> tuple[Bar, ...]:
    """Received and finished per month, the last twelve months up to this one."""
    today = now.astimezone(zone).date()
    months = [Month(today.year, today.month)]
    while len(months) < TREND_MONTHS:
        months.append(months[-1].previous())
    months.reverse()
    span = Period(month(months[0].year, months[0].month).start, month_of(today).end, "trend")
    scope = await figure_store.scope_of(session, span, zone)
    came, done = (
        await received_days(session, scope, zone),
        await finished_days(session, scope, zone),
    )
    bars = []
    for item in months:
        prefix = str(item)
        bars.append(
            Bar(
                prefix,
                sum(n for day, n in came.items() if day.startswith(prefix)),
                sum(n for day, n in done.items() if day.startswith(prefix)),
            )
        )
    return tuple(bars)


async def public_figures(
    session: AsyncSession, key: str, now: datetime, zone: ZoneInfo, agencies: AgencyDirectory
) -> PublicFigures:
    key = key if key in PERIODS else PERIODS[0]
    period = period_for(key, now, zone)
    overview = await figure_store.overview(session, period, zone, now)
    rows, total = rows_of(overview, agencies)
    return PublicFigures(key, period.label, rows, total, await trend(session, now, zone))


def figure_record(item: Month, figure_row: Row, licence: str) -> dict[str, Any]:
    return {
        "month": str(item),
        "agency_code": figure_row.code or "",
        "agency_name": figure_row.name,
        "received": figure_row.received,
        "resolved": figure_row.resolved,
        "first_response_median_hours": figure_row.response_median_hours,
        "resolution_median_hours": figure_row.resolution_median_hours,
        "within_target_share": (
            None if figure_row.within_target is None else round(figure_row.within_target, 4)
        ),
        "satisfaction_mean": (
            None if figure_row.satisfaction is None else round(figure_row.satisfaction, 2)
        ),
        "licence": licence,
    }


async def figure_files(
    session: AsyncSession,
    item: Month,
    now: datetime,
    zone: ZoneInfo,
    agencies: AgencyDirectory,
    licence: str,
) -> dict[str, bytes]:
    """``angka-YYYY-MM.csv`` and ``.json``: each agency's figures and the regency's."""
    overview = await figure_store.overview(session, month(item.year, item.month), zone, now)
    rows, total = rows_of(overview, agencies)
    records = [figure_record(item, r, licence) for r in (*rows, total)]
    title = f"Angka kinerja layanan pengaduan, {item}"
    return {
        f"angka-{item}.csv": to_csv(FIGURE_COLUMNS, records),
        f"angka-{item}.json": to_json(
            title, item, FIGURE_COLUMNS, records, licence, agencies.regency
        ),
    }
