"""The pure figure rules: periods, percentiles, working-time durations, weeks."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from domain.figures.percentiles import median, percentile
from domain.figures.periods import PeriodError, parse_period, previous_month
from domain.figures.series import weeks
from domain.figures.timing import TimingFacts, timing_for
from domain.sla.rules import parse_sla

ZONE = ZoneInfo("Asia/Jakarta")


def local(day: int, hour: int, month: int = 12) -> datetime:
    return datetime(2026, month, day, hour, tzinfo=ZONE).astimezone(UTC)


def test_periods_read_as_months_quarters_years_and_ranges_of_days() -> None:
    assert parse_period("2026-11").start == date(2026, 11, 1)
    assert parse_period("2026-11").end == date(2026, 12, 1)
    assert parse_period("2026-Q3").start == date(2026, 7, 1)
    assert parse_period("2026-q4").end == date(2027, 1, 1)
    assert parse_period("2026").end == date(2027, 1, 1)
    days = parse_period("2026-01-05..2026-02-10")
    assert (days.start, days.last_day) == (date(2026, 1, 5), date(2026, 2, 10))
    assert parse_period("2026-12").bounds(ZONE)[0] == datetime(2026, 11, 30, 17, tzinfo=UTC)
    assert previous_month(date(2027, 1, 4)).label == "2026-12"


@pytest.mark.parametrize("text", ["2026-13", "26-11", "2026-Q5", "2026-02-10..2026-01-05", "x"])
def test_a_period_that_is_not_one_is_refused_with_the_forms_it_may_take(text: str) -> None:
    with pytest.raises(PeriodError):
        parse_period(text)


def test_percentiles_interpolate_between_ranks_as_postgresql_does() -> None:
    assert median([1, 2, 3, 10]) == 2.5
    assert percentile([7200, 28800], 0.9) == 26640
    assert percentile([5], 0.9) == 5
    assert percentile([], 0.5) is None


def test_durations_count_working_hours_only_and_skip_holidays_and_days_off() -> None:
    rules = parse_sla({"sla": {"extra_days_off": ["2026-12-24"]}}, ZONE)
    policy = rules.policy_for("pupr")
    # Wednesday 15:00 before cuti bersama (Thursday) and Christmas (Friday), answered
    # the next Monday 09:00: one working hour each side, not four and a half days
    facts = TimingFacts("complaint", local(23, 15), local(28, 9), local(28, 9))
    timing = timing_for(policy, facts)
    assert timing.first_response_seconds == 2 * 3600
    assert timing.resolution_seconds == 2 * 3600
    assert timing.first_response_met is True and timing.resolution_met is True


def test_a_late_answer_misses_the_target_and_resolution_is_due_after_the_answer() -> None:
    policy = parse_sla({}, ZONE).policy_for("dlh")
    facts = TimingFacts("complaint", local(3, 9), local(10, 9), local(11, 9))
    timing = timing_for(policy, facts)
    assert timing.first_response_seconds == 40 * 3600  # due Tuesday 8th 09:00
    assert timing.first_response_met is False
    assert timing.resolution_seconds == 48 * 3600  # due five working days after the answer
    assert timing.resolution_met is True


def test_an_extended_information_request_is_on_time_within_its_extension() -> None:
    policy = parse_sla({}, ZONE).policy_for("dinkes")
    # 10 working days after 1 December is 15 December 09:00: a week later is late
    late = TimingFacts("info", local(1, 9), local(22, 9), None)
    assert timing_for(policy, late).first_response_met is False
    extended = TimingFacts("info", local(1, 9), local(22, 9), local(22, 9), extended=True)
    timing = timing_for(policy, extended)
    assert timing.first_response_met is True
    assert timing.resolution_met is True  # no resolution target: answering is resolving


def test_weeks_run_monday_to_sunday() -> None:
    received = {"2026-12-01": 1, "2026-12-06": 2, "2026-12-07": 4}
    shown = weeks(received, {"2026-12-28": 3}, date(2026, 12, 1), date(2027, 1, 1))
    assert [w.start for w in shown] == [date(2026, 11, 30), date(2026, 12, 7), date(2026, 12, 14),
                                        date(2026, 12, 21), date(2026, 12, 28)]  # fmt: skip
    assert [w.received for w in shown] == [3, 4, 0, 0, 0]
    assert [w.resolved for w in shown] == [0, 0, 0, 0, 3]
