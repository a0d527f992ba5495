"""Which deadline runs, and the steps that chase it (pure)."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from domain.sla.policy import Stage, StepKind, TicketClock, advance, steps_for, timer_for
from domain.sla.rules import SlaConfigError, SlaRules, environment_overrides, parse_sla

WIB = ZoneInfo("Asia/Jakarta")
MONDAY_9 = datetime(2026, 11, 23, 9, tzinfo=WIB)


def rules(**sla: object) -> SlaRules:
    data = {
        "sla": {"escalation_chat_id": "-1009", **sla},
        "agencies": [{"code": "bpbd", "sla": {"calendar": "always"}}],
    }
    return parse_sla(data, WIB)


def test_a_new_complaint_must_be_answered_in_three_working_days() -> None:
    policy = rules().default
    timer = timer_for(policy, TicketClock("complaint", "open", MONDAY_9), MONDAY_9)
    assert timer is not None and timer.stage is Stage.RESPONSE
    assert timer.due_at == datetime(2026, 11, 26, 9, tzinfo=WIB)


def test_reminders_come_at_half_time_and_an_hour_before_then_two_escalation_levels() -> None:
    policy = rules().default
    timer = timer_for(policy, TicketClock("complaint", "open", MONDAY_9), MONDAY_9)
    assert timer is not None
    steps = steps_for(policy, timer)
    assert [(s.kind, s.at.astimezone(WIB).strftime("%a %H:%M"), s.escalation) for s in steps] == [
        (StepKind.REMIND, "Tue 13:00", 0),
        (StepKind.REMIND, "Thu 08:00", 0),
        (StepKind.ESCALATE, "Thu 09:00", 1),
        (StepKind.ESCALATE, "Tue 09:00", 2),  # 200%: six working days after Monday 09:00
    ]
    assert steps[3].at.date() > steps[2].at.date()


def test_after_downtime_only_the_escalation_is_done_not_the_stale_reminders() -> None:
    policy = rules().default
    timer = timer_for(policy, TicketClock("complaint", "open", MONDAY_9), MONDAY_9)
    assert timer is not None
    steps = steps_for(policy, timer)
    late = advance(steps, 0, timer.due_at + timedelta(minutes=5))
    assert [s.kind for s in late.perform] == [StepKind.ESCALATE]
    assert late.level == 3 and late.next_at == steps[3].at
    assert advance(steps, 3, timer.due_at + timedelta(minutes=6)).perform == ()


def test_a_first_response_starts_the_follow_up_deadline() -> None:
    answered = MONDAY_9 + timedelta(hours=3)
    clock = TicketClock("complaint", "in_progress", MONDAY_9, first_response_at=answered)
    timer = timer_for(rules().default, clock, answered)
    assert timer is not None and timer.stage is Stage.RESOLUTION
    assert timer.due_at == datetime(2026, 11, 30, 12, tzinfo=WIB)  # 5 working days


def test_an_answered_ticket_closes_after_ten_quiet_working_days() -> None:
    clock = TicketClock("complaint", "answered", MONDAY_9, first_response_at=MONDAY_9)
    timer = timer_for(rules().default, clock, MONDAY_9)
    assert timer is not None and timer.stage is Stage.AUTOCLOSE
    assert timer.due_at == datetime(2026, 12, 7, 9, tzinfo=WIB)
    assert [s.kind for s in steps_for(rules().default, timer)] == [StepKind.CLOSE]


def test_an_information_request_gets_ten_working_days_and_seven_more_once_extended() -> None:
    policy = rules().default
    plain = timer_for(policy, TicketClock("info", "open", MONDAY_9), MONDAY_9)
    extended = timer_for(policy, TicketClock("info", "open", MONDAY_9, extended=True), MONDAY_9)
    assert plain is not None and extended is not None
    assert plain.due_at == datetime(2026, 12, 7, 9, tzinfo=WIB)
    assert extended.due_at == datetime(2026, 12, 16, 9, tzinfo=WIB)


def test_closed_and_rejected_tickets_have_no_deadline() -> None:
    for status in ("closed", "rejected"):
        assert (
            timer_for(rules().default, TicketClock("complaint", status, MONDAY_9), MONDAY_9) is None
        )


def test_an_agency_override_and_the_environment_change_the_policy() -> None:
    configured = parse_sla(
        {"agencies": [{"code": "bpbd", "sla": {"calendar": "always"}}]},
        WIB,
        environment_overrides("always", "20s", None),
    )
    policy = configured.default
    timer = timer_for(policy, TicketClock("complaint", "open", MONDAY_9), MONDAY_9)
    assert timer is not None and timer.due_at == MONDAY_9 + timedelta(seconds=20)
    assert configured.policy_for("bpbd").calendar.always_open
    assert policy.second_escalation is None  # no escalation_chat_id configured
    assert rules().policy_for("bpbd").calendar.always_open
    assert not rules().policy_for("pupr").calendar.always_open


@pytest.mark.parametrize(
    ("sla", "where"),
    [
        ({"complaint": {"first_response": "3 hari"}}, "sla.complaint.first_response"),
        ({"calendar": "sometimes"}, "sla.calendar"),
        ({"working_hours": "16:00-08:00"}, "sla"),
        ({"extra_days_off": ["24-12-2026"]}, "sla.extra_days_off"),
        ({"reminders": ["half"]}, "sla.reminders"),
        ({"holidays": []}, "unknown key 'holidays'"),
    ],
)
def test_configuration_errors_say_where(sla: dict[str, object], where: str) -> None:
    with pytest.raises(SlaConfigError, match=where.replace(".", r"\.")):
        parse_sla({"sla": sla, "agencies": []}, WIB)


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("ADUAN_SLA_CALENDAR", "sometimes"),
        ("ADUAN_SLA_FIRST_RESPONSE", "3 hari"),
        ("ADUAN_SLA_RESOLUTION", "5x"),
        ("ADUAN_SWEEP_INTERVAL", "soon"),
    ],
)
def test_a_malformed_sla_variable_is_named_in_the_error(
    monkeypatch: pytest.MonkeyPatch, name: str, value: str
) -> None:
    from bot.config import ConfigError, load_settings

    monkeypatch.setenv(name, value)
    with pytest.raises(ConfigError, match=name):
        load_settings()


def test_the_sweep_interval_reads_like_a_duration(monkeypatch: pytest.MonkeyPatch) -> None:
    from bot.config import load_settings

    monkeypatch.setenv("ADUAN_SWEEP_INTERVAL", "2m")
    assert load_settings().sweep_seconds == 120
