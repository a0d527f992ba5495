"""Periods people ask figures for: a month (``2026-11``), a year (``2026``), a quarter
(``2026-Q3``) or a range of days (``2026-01-05..2026-02-10``, both days included).
Days are the regency's local days."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

_MONTH = re.compile(r"^(\d{4})-(\d{1,2})$")
_QUARTER = re.compile(r"^(\d{4})-[Qq]([1-4])$")
_YEAR = re.compile(r"^(\d{4})$")
MAX_DAYS = 3 * 366


class PeriodError(ValueError):
    """Not a period like 2026-11, 2026, 2026-Q3 or 2026-01-05..2026-02-10."""


@dataclass(frozen=True)
class Period:
    start: date  # first day
    end: date  # the day after the last
    label: str

    @property
    def last_day(self) -> date:
        return self.end - timedelta(days=1)

    def bounds(self, zone: ZoneInfo) -> tuple[datetime, datetime]:
        """[start, end) as UTC moments: local midnights of the first day and the next."""
        return _midnight(self.start, zone), _midnight(self.end, zone)

    def previous(self) -> Period:
        """The period of the same length just before this one."""
        length = self.end - self.start
        return days(self.start - length, self.start - timedelta(days=1))


def _midnight(day: date, zone: ZoneInfo) -> datetime:
    return datetime.combine(day, time(0), tzinfo=zone).astimezone(UTC)


def month(year: int, number: int) -> Period:
    if not 1 <= number <= 12:
        raise PeriodError(f"no month {number}")
    start = date(year, number, 1)
    end = date(year + 1, 1, 1) if number == 12 else date(year, number + 1, 1)
    return Period(start, end, f"{year:04d}-{number:02d}")


def quarter(year: int, number: int) -> Period:
    start = date(year, 3 * number - 2, 1)
    end = date(year + 1, 1, 1) if number == 4 else date(year, 3 * number + 1, 1)
    return Period(start, end, f"{year:04d}-Q{number}")


def year(number: int) -> Period:
    return Period(date(number, 1, 1), date(number + 1, 1, 1), f"{number:04d}")


def days(first: date, last: date) -> Period:
    if last < first:
        raise PeriodError(f"{last} is before {first}")
    if (last - first).days >= MAX_DAYS:
        raise PeriodError(f"a period spans at most {MAX_DAYS} days")
    return Period(first, last + timedelta(days=1), f"{first.isoformat()}..{last.isoformat()}")


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError as exc:
        raise PeriodError(f"{text.strip()!r} is not a date like 2026-01-05") from exc


def parse_period(text: str) -> Period:
    raw = text.strip()
    if ".." in raw:
        first, _, last = raw.partition("..")
        return days(_day(first), _day(last))
    if match := _MONTH.match(raw):
        return month(int(match.group(1)), int(match.group(2)))
    if match := _QUARTER.match(raw):
        return quarter(int(match.group(1)), int(match.group(2)))
    if match := _YEAR.match(raw):
        return year(int(match.group(1)))
    raise PeriodError(
        f"{raw!r} is not a period: use a month (2026-11), a year (2026), a quarter "
        "(2026-Q3) or days (2026-01-05..2026-02-10)"
    )


def month_of(day: date) -> Period:
    return month(day.year, day.month)


def previous_month(day: date) -> Period:
    first = day.replace(day=1) - timedelta(days=1)
    return month(first.year, first.month)
