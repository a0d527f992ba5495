"""Working calendars: when the clock of a deadline runs.

:class:`WorkingCalendar` counts only working hours on working days in the regency's
time zone (default Monday–Friday 08:00–16:00), skipping Indonesian public holidays and
the configured extra days off (cuti bersama). :class:`AlwaysOpen` counts every second,
for agencies that never close. Both take and return timezone-aware datetimes; time is
always passed in.
"""

from __future__ import annotations

from collections.abc import Container
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Protocol
from zoneinfo import ZoneInfo

import holidays

from domain.sla.durations import Duration

MAX_SCAN_DAYS = 3660  # a calendar without a working day in ten years is a mistake


class Calendar(Protocol):
    @property
    def zone(self) -> ZoneInfo: ...

    @property
    def always_open(self) -> bool: ...

    @property
    def working_day(self) -> timedelta:
        """How much working time one working day holds (24 hours when always open)."""

    def add(self, start: datetime, duration: Duration) -> datetime:
        """``start`` plus ``duration`` counted on this calendar."""

    def add_time(self, start: datetime, delta: timedelta) -> datetime:
        """``start`` plus ``delta`` of working time."""

    def subtract_time(self, end: datetime, delta: timedelta) -> datetime:
        """The moment ``delta`` of working time before ``end``."""

    def between(self, start: datetime, end: datetime) -> timedelta:
        """Working time from ``start`` to ``end`` (zero when ``end`` is not later)."""

    def is_working_time(self, moment: datetime) -> bool: ...

    def is_working_day(self, day: date) -> bool: ...


def indonesian_holidays() -> Container[date]:
    """National public holidays of Indonesia, for any year (the ``holidays`` package)."""
    return holidays.country_holidays("ID")


@dataclass(frozen=True)
class AlwaysOpen:
    """24/7: every second counts, a day is 24 hours."""

    zone: ZoneInfo = field(default_factory=lambda: ZoneInfo("Asia/Jakarta"))
    always_open: bool = True

    @property
    def working_day(self) -> timedelta:
        return timedelta(days=1)

    def add(self, start: datetime, duration: Duration) -> datetime:
        return start + duration.as_timedelta()

    def add_time(self, start: datetime, delta: timedelta) -> datetime:
        return start + delta

    def subtract_time(self, end: datetime, delta: timedelta) -> datetime:
        return end - delta

    def between(self, start: datetime, end: datetime) -> timedelta:
        return max(end - start, timedelta(0))

    def is_working_time(self, moment: datetime) -> bool:
        return True

    def is_working_day(self, day: date) -> bool:
        return True


@dataclass(frozen=True)
class WorkingCalendar:
    """Working hours on working days, minus public holidays and extra days off."""

    zone: ZoneInfo = field(default_factory=lambda: ZoneInfo("Asia/Jakarta"))
    opens: time = time(8, 0)
    closes: time = time(16, 0)
    weekdays: frozenset[int] = frozenset({0, 1, 2, 3, 4})  # Monday = 0
    extra_days_off: frozenset[date] = frozenset()
    public_holidays: Container[date] = field(
        default_factory=indonesian_holidays, compare=False, repr=False
    )
    always_open: bool = False
    # each day's answer, once asked: a year's register asks about the same days
    # thousands of times, and a holiday lookup is the slow part of the arithmetic
    _days: dict[date, bool] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        if self.opens >= self.closes:
            raise ValueError("working hours must open before they close (e.g. 08:00-16:00)")
        if not self.weekdays:
            raise ValueError("a working calendar needs at least one working weekday")

    @property
    def working_day(self) -> timedelta:
        return datetime.combine(date.min, self.closes) - datetime.combine(date.min, self.opens)

    # -- days ----------------------------------------------------------------------
    def is_working_day(self, day: date) -> bool:
        known = self._days.get(day)
        if known is None:
            known = self._days[day] = (
                day.weekday() in self.weekdays
                and day not in self.extra_days_off
                and day not in self.public_holidays
            )
        return known

    def _bounds(self, day: date) -> tuple[datetime, datetime]:
        opens = datetime.combine(day, self.opens, tzinfo=self.zone).astimezone(UTC)
        closes = datetime.combine(day, self.closes, tzinfo=self.zone).astimezone(UTC)
        return opens, closes

    def _local_day(self, moment: datetime) -> date:
        return moment.astimezone(self.zone).date()

    def _interval_from(self, moment: datetime) -> tuple[datetime, datetime]:
        """The working interval containing ``moment``, else the next one."""
        day = self._local_day(moment)
        for offset in range(MAX_SCAN_DAYS):
            candidate = day + timedelta(days=offset)
            if self.is_working_day(candidate):
                opens, closes = self._bounds(candidate)
                if closes > moment:
                    return opens, closes
        raise ValueError("no working day found in ten years")

    def _interval_until(self, moment: datetime) -> tuple[datetime, datetime]:
        """The working interval containing ``moment``, else the latest one before it."""
        day = self._local_day(moment)
        for offset in range(MAX_SCAN_DAYS):
            candidate = day - timedelta(days=offset)
            if self.is_working_day(candidate):
                opens, closes = self._bounds(candidate)
                if opens < moment:
                    return opens, closes
        raise ValueError("no working day found in ten years")

    # -- arithmetic ----------------------------------------------------------------
    def is_working_time(self, moment: datetime) -> bool:
        opens, closes = self._interval_from(moment)
        return opens <= moment < closes

    def add(self, start: datetime, duration: Duration) -> datetime:
        if not duration.is_days:
            return self.add_time(start, duration.as_timedelta())
        # Working days: from the next working moment, the same time of day on the
        # n-th following working day (Friday 15:30 + 3d = Wednesday 15:30).
        opens, _ = self._interval_from(start)
        begin = max(start, opens).astimezone(self.zone)
        day, left = begin.date(), duration.amount
        for _ in range(MAX_SCAN_DAYS):
            day += timedelta(days=1)
            if self.is_working_day(day):
                left -= 1
                if left == 0:
                    return datetime.combine(day, begin.timetz()).astimezone(UTC)
        raise ValueError("no working day found in ten years")

    def add_time(self, start: datetime, delta: timedelta) -> datetime:
        if delta <= timedelta(0):
            return start
        moment, left = start, delta
        while True:
            opens, closes = self._interval_from(moment)
            moment = max(moment, opens)
            available = closes - moment
            if left <= available:
                return moment + left
            left -= available
            moment = closes

    def subtract_time(self, end: datetime, delta: timedelta) -> datetime:
        if delta <= timedelta(0):
            return end
        moment, left = end, delta
        while True:
            opens, closes = self._interval_until(moment)
            moment = min(moment, closes)
            available = moment - opens
            if left <= available:
                return moment - left
            left -= available
            moment = opens

    def between(self, start: datetime, end: datetime) -> timedelta:
        total = timedelta(0)
        moment = start
        while moment < end:
            opens, closes = self._interval_from(moment)
            if opens >= end:
                break
            total += min(closes, end) - max(moment, opens)
            moment = closes
        return total
