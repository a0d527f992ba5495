"""The figures of the PPID's service report (laporan layanan informasi publik, annual
or per semester; Perki 1/2021): requests received, how they ended (granted in full or
in part, rejected per art. 17 ground, not held, not yet documented, not decided),
time to decide in working days (mean, median, share within 10 and within 17),
objections per art. 35 ground and their outcomes, the channels used and requests per
month. Pure: the register's entries, calendars and zone are passed in."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from zoneinfo import ZoneInfo

from domain.figures.percentiles import median
from domain.figures.periods import Period, PeriodError, year
from domain.ppid.clock import decision_due
from domain.ppid.decisions import DecisionKind, Exemption
from domain.ppid.objections import ObjectionGround, SuperiorVerdict
from domain.ppid.register import (
    CHANNELS,
    CalendarFor,
    ObjectionEntry,
    RequestEntry,
    channel_of,
    days_taken,
)
from domain.tickets import OPEN_STATUSES


def report_period(number: int, semester: int | None = None) -> Period:
    """A year, or its first (January–June) or second (July–December) semester."""
    if semester is None:
        return year(number)
    if semester not in (1, 2):
        raise PeriodError("a semester is 1 (January-June) or 2 (July-December)")
    start = date(number, 1 if semester == 1 else 7, 1)
    end = date(number, 7, 1) if semester == 1 else date(number + 1, 1, 1)
    return Period(start, end, f"{number:04d}-S{semester}")


@dataclass(frozen=True)
class Timing:
    decided: int
    mean_days: float | None
    median_days: float | None
    within_10: int  # by the first deadline (10 working days)
    within_17: int  # by the extended deadline (10 + 7 working days)

    def share(self, count: int) -> float | None:
        return None if not self.decided else count / self.decided


@dataclass(frozen=True)
class ObjectionFigures:
    filed: int
    by_ground: tuple[tuple[ObjectionGround, int, int, int], ...]  # filed, upheld, rejected
    upheld: int
    rejected: int
    pending: int


@dataclass(frozen=True)
class ReportFigures:
    period: Period
    received: int
    by_kind: tuple[tuple[DecisionKind, int], ...]
    undecided: int  # still open, no decision
    closed_undecided: int  # closed without a written decision (before decisions existed)
    by_exemption: tuple[tuple[Exemption, int, int], ...]  # rejected, granted in part
    timing: Timing
    objections: ObjectionFigures
    channels: tuple[tuple[str, int], ...]
    per_month: tuple[tuple[date, int], ...]  # the first day of each month of the period


def _timing(entries: Sequence[RequestEntry], calendar_for: CalendarFor) -> Timing:
    days: list[int] = []
    within_10 = within_17 = 0
    for entry in entries:
        if entry.decided_at is None:
            continue
        calendar = calendar_for(entry.agency_code)
        days.append(days_taken(calendar, entry) or 0)
        within_10 += entry.decided_at <= decision_due(calendar, entry.received_at, False)
        within_17 += entry.decided_at <= decision_due(calendar, entry.received_at, True)
    days.sort()
    mean = round(sum(days) / len(days), 1) if days else None
    return Timing(len(days), mean, median(days), within_10, within_17)


def _objections(entries: Sequence[ObjectionEntry]) -> ObjectionFigures:
    rows = []
    for ground in ObjectionGround:
        mine = [e for e in entries if e.ground == ground.value]
        upheld = sum(e.verdict == SuperiorVerdict.UPHELD.value for e in mine)
        rejected = sum(e.verdict == SuperiorVerdict.REJECTED.value for e in mine)
        rows.append((ground, len(mine), upheld, rejected))
    upheld = sum(r[2] for r in rows)
    rejected = sum(r[3] for r in rows)
    return ObjectionFigures(len(entries), tuple(rows), upheld, rejected,
                            len(entries) - upheld - rejected)  # fmt: skip


def _months(period: Period) -> list[date]:
    months, day = [], period.start.replace(day=1)
    while day < period.end:
        months.append(day)
        day = date(day.year + day.month // 12, day.month % 12 + 1, 1)
    return months


def summarise(
    period: Period,
    requests: Sequence[RequestEntry],
    objections: Sequence[ObjectionEntry],
    calendar_for: CalendarFor,
    zone: ZoneInfo,
) -> ReportFigures:
    """The report's figures for requests received and objections filed in ``period``
    (the caller selects them); months are the regency's (``zone``)."""
    kinds = Counter(e.decision for e in requests if e.decision is not None)
    undecided = [e for e in requests if e.decision is None]
    open_now = sum(e.status in OPEN_STATUSES for e in undecided)
    rejected = Counter(e.exemption for e in requests if e.decision == DecisionKind.REJECTED)
    partial = Counter(e.exemption for e in requests if e.decision == DecisionKind.PARTIAL)
    channels = Counter(channel_of(e.channel) for e in requests)
    per_month = Counter(e.received_at.astimezone(zone).date().replace(day=1) for e in requests)
    return ReportFigures(
        period=period,
        received=len(requests),
        by_kind=tuple((kind, kinds.get(kind.value, 0)) for kind in DecisionKind),
        undecided=open_now,
        closed_undecided=len(undecided) - open_now,
        by_exemption=tuple(
            (e, rejected.get(e.value, 0), partial.get(e.value, 0)) for e in Exemption
        ),
        timing=_timing(requests, calendar_for),
        objections=_objections(objections),
        channels=tuple((c, channels.get(c, 0)) for c in CHANNELS if channels.get(c, 0)),
        per_month=tuple((month, per_month.get(month, 0)) for month in _months(period)),
    )
