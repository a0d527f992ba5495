"""Durations people read: never ``0 detik``; under a minute reads as such, and before
the office opens on a deadline set at the opening the real time left is shown."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from domain.i18n import Translator
from domain.sla.calendar import AlwaysOpen, WorkingCalendar
from domain.sla.durations import parse_duration
from handlers.deadlines import notices

WIB = ZoneInfo("Asia/Jakarta")
ID, EN = Translator("id"), Translator("en")
OFFICE = WorkingCalendar(zone=WIB)  # Monday-Friday 08:00-16:00


def wib(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 12, day, hour, minute, tzinfo=WIB)  # 3 December 2026: Thursday


def test_an_escalation_exactly_at_the_deadline_is_late_by_less_than_a_minute() -> None:
    due = wib(3, 10)
    text = notices.escalation_text(
        ID, 1, "ADU-1", "complaint", "PUPR", "response", due, due, "Jalan rusak", WIB
    )
    assert "terlambat <b>kurang dari 1 menit</b>" in text
    assert "detik" not in text


@pytest.mark.parametrize(
    ("seconds", "indonesian", "english"),
    [
        (0, "kurang dari 1 menit", "less than a minute"),
        (59, "kurang dari 1 menit", "less than a minute"),
        (61, "1 menit", "1 minute"),
        (3 * 3600 + 125, "3 jam 2 menit", "3 hours 2 minutes"),
        (2 * 86400 + 3600 + 59, "2 hari 1 jam", "2 days 1 hour"),
    ],
)
def test_spans_are_whole_minutes_at_least(seconds: int, indonesian: str, english: str) -> None:
    assert notices.span_text(ID, timedelta(seconds=seconds)) == indonesian
    assert notices.span_text(EN, timedelta(seconds=seconds)) == english


def test_a_reminder_before_the_office_opens_on_a_deadline_at_the_opening_shows_the_time_left() -> (
    None
):
    # arrived Wednesday 20:00 with one working day: due Friday 08:00
    due = OFFICE.add(wib(2, 20), parse_duration("1d"))
    assert due == wib(4, 8)
    assert notices.time_left(ID, OFFICE, wib(4, 7, 30), due) == "30 menit"
    assert notices.time_left(EN, OFFICE, wib(4, 7, 30), due) == "30 minutes"


def test_before_the_office_opens_the_working_time_left_of_the_day_counts() -> None:
    assert notices.time_left(ID, OFFICE, wib(4, 7, 30), wib(4, 10)) == "2 jam waktu kerja"


def test_a_deadline_a_few_seconds_away_is_less_than_a_minute_of_working_time() -> None:
    left = notices.time_left(ID, OFFICE, wib(3, 9, 59), wib(3, 10))
    assert left == "1 menit waktu kerja"
    almost = notices.time_left(EN, OFFICE, wib(3, 10) - timedelta(seconds=20), wib(3, 10))
    assert almost == "less than a minute of working time"


def test_a_configured_duration_in_seconds_is_shown_as_written() -> None:
    assert notices.duration_text(ID, parse_duration("30s"), AlwaysOpen(zone=WIB)) == "30 detik"
