"""Whole UTC hours fold into local days only where a zone's offset is whole hours and
steady through the period."""

from __future__ import annotations

import time
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from domain.figures.hours import day_named, fixed_offset_hours, hour_of

YEAR = (datetime(2025, 12, 31, 17, tzinfo=UTC), datetime(2026, 12, 31, 17, tzinfo=UTC))


def test_indonesia_s_zones_are_whole_hours_all_year() -> None:
    offsets = [fixed_offset_hours(ZoneInfo(name), *YEAR) for name in
               ("Asia/Jakarta", "Asia/Pontianak", "Asia/Makassar", "Asia/Jayapura")]  # fmt: skip
    assert offsets == [7, 7, 8, 9]


def test_a_half_hour_zone_or_a_change_of_offset_is_not() -> None:
    assert fixed_offset_hours(ZoneInfo("Asia/Kolkata"), *YEAR) is None
    assert fixed_offset_hours(ZoneInfo("Europe/Berlin"), *YEAR) is None  # summer time
    january = (datetime(2026, 1, 1, tzinfo=UTC), datetime(2026, 2, 1, tzinfo=UTC))
    assert fixed_offset_hours(ZoneInfo("Europe/Berlin"), *january) == 1


def test_an_hour_is_counted_from_1970_and_a_day_number_reads_as_its_date() -> None:
    assert hour_of(datetime(1970, 1, 2, 0, 59, 59, tzinfo=UTC)) == 24
    assert hour_of(None) is None
    assert day_named(20454) == "2026-01-01"


def test_a_moment_sqlite_hands_back_without_its_zone_is_read_as_utc_whatever_the_server_s_zone(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("TZ", "Asia/Jakarta")
    time.tzset()
    try:
        naive = datetime(2026, 3, 1, 23, 30)  # as read back from SQLite: UTC, zone dropped
        assert hour_of(naive) == hour_of(naive.replace(tzinfo=UTC))
    finally:
        monkeypatch.undo()
        time.tzset()
