"""Working calendars with a frozen clock: weekends, holidays, cuti bersama, year end,
and the 24/7 calendar. All times are Jakarta (WIB, UTC+7)."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from domain.sla.calendar import AlwaysOpen, WorkingCalendar
from domain.sla.durations import DurationError, parse_duration

WIB = ZoneInfo("Asia/Jakarta")


def wib(year: int, month: int, day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=WIB)


def working(**kwargs: object) -> WorkingCalendar:
    return WorkingCalendar(zone=WIB, **kwargs)  # type: ignore[arg-type]


def test_friday_afternoon_plus_two_working_hours_is_monday_morning() -> None:
    friday = wib(2026, 11, 27, 15, 30)
    assert working().add(friday, parse_duration("2h")) == wib(2026, 11, 30, 9, 30)


def test_a_holiday_monday_is_skipped() -> None:
    friday = wib(2026, 5, 29, 15, 30)  # Monday 1 June 2026 is Hari Lahir Pancasila
    assert working().add(friday, parse_duration("2h")) == wib(2026, 6, 2, 9, 30)
    assert working().add(friday, parse_duration("1d")) == wib(2026, 6, 2, 15, 30)


def test_cuti_bersama_from_the_configuration_is_a_day_off() -> None:
    calendar = working(extra_days_off=frozenset({date(2026, 12, 24)}))
    wednesday = wib(2026, 12, 23, 10)
    assert calendar.add(wednesday, parse_duration("1d")) == wib(2026, 12, 28, 10)  # 25th: Natal
    assert working().add(wednesday, parse_duration("1d")) == wib(2026, 12, 24, 10)
    assert not calendar.is_working_day(date(2026, 12, 24))


def test_working_days_cross_the_year_end_and_new_years_day() -> None:
    thursday = wib(2026, 12, 31, 15)
    # 1 January is New Year's Day, 5 January 2027 Isra Mi'raj: Monday 4th, Wednesday 6th
    assert working().add(thursday, parse_duration("2d")) == wib(2027, 1, 6, 15)


def test_days_keep_the_time_of_day_and_start_from_the_next_working_moment() -> None:
    calendar = working()
    assert calendar.add(wib(2026, 11, 27, 15, 30), parse_duration("3d")) == wib(2026, 12, 2, 15, 30)
    saturday = wib(2026, 11, 28, 10)
    assert calendar.add(saturday, parse_duration("3d")) == wib(2026, 12, 3, 8)
    evening = wib(2026, 11, 23, 19)
    assert calendar.add(evening, parse_duration("30m")) == wib(2026, 11, 24, 8, 30)


def test_working_time_between_two_moments_counts_only_office_hours() -> None:
    calendar = working()
    assert calendar.between(wib(2026, 11, 27, 15), wib(2026, 11, 30, 9)) == timedelta(hours=2)
    assert calendar.between(wib(2026, 11, 30, 9), wib(2026, 11, 27, 15)) == timedelta(0)
    assert calendar.subtract_time(wib(2026, 11, 30, 9), timedelta(hours=2)) == wib(2026, 11, 27, 15)
    assert calendar.is_working_time(wib(2026, 11, 27, 15, 59))
    assert not calendar.is_working_time(wib(2026, 11, 27, 16))


def test_custom_hours_and_days_apply() -> None:
    calendar = working(opens=time(7, 30), closes=time(12), weekdays=frozenset({0, 1, 2, 3, 4, 5}))
    saturday = wib(2026, 11, 28, 11, 30)
    assert calendar.add(saturday, parse_duration("1h")) == wib(2026, 11, 30, 8)


def test_the_always_open_calendar_counts_every_hour_of_every_day() -> None:
    calendar = AlwaysOpen(zone=WIB)
    friday = wib(2026, 11, 27, 15, 30)
    assert calendar.add(friday, parse_duration("2h")) == wib(2026, 11, 27, 17, 30)
    assert calendar.add(friday, parse_duration("3d")) == wib(2026, 11, 30, 15, 30)
    assert calendar.add(friday, parse_duration("20s")) == friday + timedelta(seconds=20)
    assert calendar.is_working_day(date(2026, 12, 25))


@pytest.mark.parametrize(
    ("text", "seconds"), [("30s", 30), ("15m", 900), ("4h", 14400), ("3d", 259200), ("2H", 7200)]
)
def test_durations_read_like_the_configuration_writes_them(text: str, seconds: int) -> None:
    assert parse_duration(text).as_timedelta().total_seconds() == seconds


@pytest.mark.parametrize("text", ["", "3", "d3", "1.5h", "0s", "3w", "-2h"])
def test_malformed_durations_are_refused(text: str) -> None:
    with pytest.raises(DurationError):
        parse_duration(text)
