"""The demo's clock: ``:time`` steps, moving only forward, and the digest moments a
jump passes."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot.demo_clock import ClockError, DemoClock, parse_step
from bot.demo_deadlines import digest_moments
from domain.sla.rules import SlaRules

NOON = datetime(2026, 12, 2, 5, 0, tzinfo=UTC)  # 12:00 WIB, a Wednesday


@pytest.mark.parametrize(
    ("typed", "step"),
    [
        ("+2d", timedelta(days=2)),
        ("+3h", timedelta(hours=3)),
        ("+1d12h", timedelta(days=1, hours=12)),
        ("+90m", timedelta(minutes=90)),
        ("1w", timedelta(weeks=1)),
        (" +2D ", timedelta(days=2)),
    ],
)
def test_a_time_step_reads_as_calendar_time(typed: str, step: timedelta) -> None:
    assert parse_step(typed) == step


@pytest.mark.parametrize("typed", ["", "-2d", "+0d", "+2x", "+2d<b>", "+ dua hari", "+400d"])
def test_a_step_backwards_or_unreadable_is_refused_with_the_form_expected(typed: str) -> None:
    with pytest.raises(ClockError):
        parse_step(typed)


def test_the_clock_moves_forward_only_and_catches_up_with_the_database() -> None:
    clock = DemoClock(real=lambda: NOON)
    assert clock.advance(timedelta(days=2)) == NOON + timedelta(days=2)
    clock.advance(-timedelta(days=5))
    clock.not_before(NOON)  # an earlier moment leaves it where it is
    assert clock() == NOON + timedelta(days=2)
    clock.not_before(NOON + timedelta(days=3))
    assert clock() == NOON + timedelta(days=3)


def test_a_jump_passes_each_day_s_digest_time_in_the_regency_s_zone() -> None:
    rules = SlaRules.defaults()  # digest at 07:30 Asia/Jakarta = 00:30 UTC
    moments = list(digest_moments(NOON, NOON + timedelta(days=3), rules))
    assert [m.isoformat() for m in moments] == [
        "2026-12-03T00:30:00+00:00",
        "2026-12-04T00:30:00+00:00",
        "2026-12-05T00:30:00+00:00",
    ]
    assert list(digest_moments(NOON, NOON + timedelta(hours=3), rules)) == []
