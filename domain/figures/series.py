"""Turning per-day tallies (local days, ``YYYY-MM-DD``, as the queries return them)
into weeks, Monday to Sunday, for the received-vs-resolved chart."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, timedelta

from domain.figures.summary import Week

WEEK = timedelta(days=7)


def _per_week(days: Mapping[str, int], monday: date, count: int) -> list[int]:
    totals = [0] * count
    for day, tickets in days.items():
        index = (date.fromisoformat(day) - monday).days // 7
        if 0 <= index < count:
            totals[index] += tickets
    return totals


def weeks(
    received: Mapping[str, int], resolved: Mapping[str, int], first: date, end: date
) -> tuple[Week, ...]:
    """Weeks covering the days ``first`` .. ``end`` - 1, from the Monday on or before
    ``first``."""
    monday = first - timedelta(days=first.weekday())
    count = max((end - monday + timedelta(days=6)) // WEEK, 0)
    came, done = _per_week(received, monday, count), _per_week(resolved, monday, count)
    return tuple(Week(monday + i * WEEK, came[i], done[i]) for i in range(count))
