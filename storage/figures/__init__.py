"""Figures for a period: the per-agency table, the weekly series and the top
categories, from one grouped, index-backed pass over the period's tickets, one small
query for the tickets finished per week and one for the tickets waiting now. The
rules (working time, percentiles, shares, weeks) are in :mod:`domain.figures`."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime
from zoneinfo import ZoneInfo

import numpy as np
from numpy.typing import NDArray
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from domain.figures.percentiles import between, ranks
from domain.figures.periods import Period
from domain.figures.series import weeks
from domain.figures.summary import Category, Counts, Durations, Figures, Key, Overview
from storage.figures.days import finished_days, received_days
from storage.figures.now import waiting_now
from storage.figures.scan import RUNNING, WAITING, GroupScan, scan
from storage.figures.scope import KINDS, Scope, agency_codes, t, ticket_table

__all__ = ["Scope", "backlog", "overview", "scope_of"]
TOP_CATEGORIES = 10
SHARES = (0.5, 0.9)


async def scope_of(
    session: AsyncSession,
    period: Period,
    zone: ZoneInfo,
    agencies: Sequence[str] | None = None,
    kind: str | None = None,
) -> Scope:
    """Tickets received in ``period`` by ``agencies`` (``None``: every agency), of one
    ``kind`` (``None``: every kind)."""
    start, end = period.bounds(zone)
    codes = agencies if agencies is not None else await agency_codes(session)
    everything = agencies is None and kind is None
    return Scope(start, end, codes, (kind,) if kind else KINDS, everything)


def _percentiles(values: NDArray[np.int64]) -> tuple[float | None, float | None]:
    """Median and p90: the ranks they need put in place (``numpy.partition``, linear
    time), not the whole list sorted."""
    if len(values) == 0:
        return None, None
    needed = sorted({r for share in SHARES for r in ranks(len(values), share)[:2]})
    placed = np.partition(values, needed)
    median, p90 = (between(placed, share) for share in SHARES)
    return median, p90


def _durations(groups: list[GroupScan]) -> Durations:
    first = np.concatenate([g.responses for g in groups]) if groups else np.empty(0, np.int64)
    done = np.concatenate([g.resolutions for g in groups]) if groups else np.empty(0, np.int64)
    return Durations(*_percentiles(first), *_percentiles(done))


def _levels(scanned: dict[tuple[str, str], GroupScan]) -> dict[Key, list[GroupScan]]:
    levels: dict[Key, list[GroupScan]] = {(None, None): []}
    for (agency, kind), group in scanned.items():
        for key in ((agency, kind), (agency, None), (None, kind), (None, None)):
            levels.setdefault(key, []).append(group)
    return levels


def top_categories(groups: list[GroupScan], limit: int = TOP_CATEGORIES) -> tuple[Category, ...]:
    total: Counter[str] = Counter()
    for group in groups:
        total.update(group.categories)
    ranked = sorted(total.items(), key=lambda item: (-item[1], item[0]))[:limit]
    return tuple(Category(name, count) for name, count in ranked)


async def _with_waiting(
    session: AsyncSession, scanned: dict[tuple[str, str], GroupScan], scope: Scope, now: datetime
) -> None:
    """Open and overdue now: every waiting ticket of the scope's agencies and kinds,
    whenever received (an agency with only older tickets waiting gets a row too)."""
    waiting = await waiting_now(session, scope, now)
    for key in waiting.keys() - scanned.keys():
        scanned[key] = GroupScan(Counts(), np.empty(0, np.int64), np.empty(0, np.int64))
    for key, group in scanned.items():
        state = waiting.get(key)
        if state is not None:
            group.counts = replace(group.counts, **vars(state))


async def overview(
    session: AsyncSession,
    period: Period,
    zone: ZoneInfo,
    now: datetime,
    agencies: Sequence[str] | None = None,
    kind: str | None = None,
) -> Overview:
    """Figures of the tickets received in ``period`` (of some agencies, of one kind),
    with the tickets open and overdue now whenever received:
    per agency and kind, per agency, per kind and overall; received and finished per
    week; the top categories, overall and per agency."""
    scope = await scope_of(session, period, zone, agencies, kind)
    scanned = await scan(session, scope, now)
    await _with_waiting(session, scanned, scope, now)
    levels = _levels(scanned)
    rows = {
        key: Figures(sum((g.counts for g in groups), Counts()), _durations(groups))
        for key, groups in levels.items()
    }
    every = levels[(None, None)]
    received = await received_days(session, scope, zone)
    finished = await finished_days(session, scope, zone)
    return Overview(
        rows,
        weeks(received, finished, period.start, period.end),
        top_categories(every),
        {agency: top_categories(groups) for (agency, kind), groups in levels.items()
         if agency is not None and kind is None},
    )  # fmt: skip


async def backlog(session: AsyncSession, now: datetime) -> tuple[int, int]:
    """Tickets waiting for an agency now (open or in progress), and how many of all
    tickets are past their running deadline now, whenever they were received."""
    waiting = await session.execute(
        select(func.count()).select_from(ticket_table).where(t.status.in_(WAITING))
    )
    overdue = await session.execute(
        select(func.count())
        .select_from(ticket_table)
        .where(t.sla_stage.in_(RUNNING), t.sla_due_at < now)
    )
    return int(waiting.scalar_one()), int(overdue.scalar_one())
