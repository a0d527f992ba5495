"""A ticket's durations in working time, computed once when its event happens.

- *first response*: from receipt to the first answer sent to the resident;
- *resolution*: from receipt to the moment the agency finished the ticket (marked it
  resolved, or answered it and the resident did not come back).

Both are counted on the ticket's agency's SLA calendar (working hours on working days,
minus holidays), and compared with that agency's targets: the first-response deadline
(plus the extension of an extended information request) and the resolution deadline
(``resolution`` after the first answer; an information request without a resolution
target is resolved when it is answered, so the first-response deadline applies)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from domain.sla.policy import Policy


@dataclass(frozen=True)
class TimingFacts:
    kind: str
    created_at: datetime
    first_response_at: datetime | None
    resolution_at: datetime | None
    extended: bool = False


@dataclass(frozen=True)
class TicketTiming:
    first_response_seconds: int | None = None
    first_response_met: bool | None = None  # None: no answer yet, or no target
    resolution_seconds: int | None = None
    resolution_met: bool | None = None


def response_due(
    policy: Policy, kind: str, created_at: datetime, extended: bool
) -> datetime | None:
    rules = policy.for_kind(kind)
    if rules.first_response is None:
        return None
    due = policy.calendar.add(created_at, rules.first_response)
    if extended and rules.extension is not None:
        due = policy.calendar.add(due, rules.extension)
    return due


def resolution_due(policy: Policy, facts: TimingFacts) -> datetime | None:
    rules = policy.for_kind(facts.kind)
    if rules.resolution is None:
        return response_due(policy, facts.kind, facts.created_at, facts.extended)
    start = facts.first_response_at or facts.created_at
    return policy.calendar.add(start, rules.resolution)


def _met(at: datetime, due: datetime | None) -> bool | None:
    return None if due is None else at <= due


def _seconds(policy: Policy, start: datetime, end: datetime) -> int:
    return int(policy.calendar.between(start, end).total_seconds())


def timing_for(policy: Policy, facts: TimingFacts) -> TicketTiming:
    first_seconds = first_met = resolution_seconds = resolution_met = None
    if facts.first_response_at is not None:
        first_seconds = _seconds(policy, facts.created_at, facts.first_response_at)
        due = response_due(policy, facts.kind, facts.created_at, facts.extended)
        first_met = _met(facts.first_response_at, due)
    if facts.resolution_at is not None:
        resolution_seconds = _seconds(policy, facts.created_at, facts.resolution_at)
        resolution_met = _met(facts.resolution_at, resolution_due(policy, facts))
    return TicketTiming(first_seconds, first_met, resolution_seconds, resolution_met)
