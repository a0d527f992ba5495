"""Moments as whole UTC hours since 1970, and when those hours fold into local days.

A ticket records the hour it arrived and the hour the agency finished it (integers, kept
by :mod:`storage.models`), so the per-day counts group small integers in index order
instead of converting every moment to a local date. The hours do not depend on the
regency's zone: a zone whose offset is whole hours and the same all through a period
turns them into local days exactly (every Indonesian zone: WIB, WITA, WIT); any other
zone is counted from the moments themselves."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

HOUR = 3600
EPOCH = date(1970, 1, 1)


def hour_of(moment: datetime | None) -> int | None:
    """The UTC hour ``moment`` falls in, counted from 1970-01-01 00:00 UTC. A naive
    moment is UTC: SQLite hands stored moments back without their zone, and
    ``timestamp()`` would read a naive one in the server's own zone (WIB on a server set
    to Jakarta time: seven hours off on every ticket updated after a reload)."""
    if moment is None:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return int(moment.timestamp()) // HOUR


def fixed_offset_hours(zone: ZoneInfo, start: datetime, end: datetime) -> int | None:
    """``zone``'s offset from UTC in whole hours, if it is whole hours and the same at
    every day's start from ``start`` to ``end``; otherwise ``None``."""
    offsets = {end.astimezone(zone).utcoffset()}
    moment = start
    while moment < end:
        offsets.add(moment.astimezone(zone).utcoffset())
        moment += timedelta(days=1)
    if len(offsets) != 1:
        return None
    offset = offsets.pop() or timedelta(0)
    seconds = int(offset.total_seconds())
    return seconds // HOUR if seconds % HOUR == 0 else None


def day_named(number: int) -> str:
    """Day ``number`` since 1970-01-01 as ``YYYY-MM-DD``."""
    return (EPOCH + timedelta(days=number)).isoformat()
