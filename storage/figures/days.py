"""The scope's tickets per local day: received on it, and finished on it.

Each ticket records the UTC hour it arrived and the hour it was finished
(``created_hour``, ``finished_hour``: :mod:`domain.figures.hours`), indexed with its
agency and kind, so both databases count a period's tickets per hour straight from the
index, in its order (no conversion per ticket, no sort), hand them over as two joined
lists of integers (one row, not one per hour), and numpy folds the hours into local
days. A zone whose offset is not whole hours, or changes within the period, is counted
from the moments converted to local days, as before the hours existed."""

from __future__ import annotations

from collections import Counter
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import numpy as np
from sqlalchemy import Date, cast, func, literal_column, select
from sqlalchemy.ext.asyncio import AsyncSession

from domain.figures.hours import day_named, fixed_offset_hours, hour_of
from storage.figures.scan import joined, numbers
from storage.figures.scope import Scope, t

HOURS_PER_DAY = 24


async def received_days(session: AsyncSession, scope: Scope, zone: ZoneInfo) -> Counter[str]:
    """The scope's tickets per local day they arrived on."""
    return await _per_day(session, t.created_hour, t.created_at, scope, zone)


async def finished_days(session: AsyncSession, scope: Scope, zone: ZoneInfo) -> Counter[str]:
    """The scope's tickets finished within its time, per local day."""
    return await _per_day(session, t.finished_hour, t.resolution_at, scope, zone)


async def _per_day(
    session: AsyncSession, hour: Any, moment: Any, scope: Scope, zone: ZoneInfo
) -> Counter[str]:
    offset = fixed_offset_hours(zone, scope.start, scope.end)
    if offset is None:
        return await _per_day_of_moments(session, moment, scope, zone)
    per_hour = (
        select(hour.label("hour"), func.count().label("tickets"))
        .where(hour >= hour_of(scope.start), hour < hour_of(scope.end))
        .where(*scope.agencies_and_kinds())
        .group_by(hour)
        .subquery()
    )
    statement = select(joined(session, per_hour.c.hour), joined(session, per_hour.c.tickets))
    hours, tickets = (numbers(text) for text in (await session.execute(statement)).one())
    if len(hours) == 0:
        return Counter()
    days = (hours + offset) // HOURS_PER_DAY
    first = int(days.min())
    totals = np.bincount(days - first, weights=tickets)
    return Counter({day_named(first + i): int(n) for i, n in enumerate(totals.tolist()) if n})


async def _per_day_of_moments(
    session: AsyncSession, moment: Any, scope: Scope, zone: ZoneInfo
) -> Counter[str]:
    day = _local_day(session, moment, zone, scope.start).label("day")
    statement = select(day, func.count()).where(*scope.within(moment)).group_by(day)
    rows = (await session.execute(statement)).all()
    return Counter({str(day): int(count) for day, count in rows})  # a date reads YYYY-MM-DD


def _local_day(session: AsyncSession, column: Any, zone: ZoneInfo, at: datetime) -> Any:
    """``column`` (a UTC moment) as its local day (a date; on SQLite ``YYYY-MM-DD``).
    SQLite shifts by the zone's offset at ``at``."""
    if session.get_bind().dialect.name == "postgresql":
        name: Any = literal_column("'" + zone.key.replace("'", "''") + "'")  # a known zone's name
        return cast(column.op("AT TIME ZONE")(name), Date)
    offset = zone.utcoffset(at.replace(tzinfo=None)) or timedelta(0)
    return func.date(column, f"{int(offset.total_seconds()):+d} seconds")
