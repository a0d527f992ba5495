"""Which deadline applies to a ticket, and the steps that chase it. Pure; no I/O.

A ticket has at most one running *stage* at a time:

- ``response``: open or in progress and nobody has answered yet — due ``first_response``
  after creation (public-information requests: plus ``extension`` once extended);
- ``resolution``: open or in progress after a first answer — due ``resolution`` after
  that answer;
- ``autoclose``: answered or resolved — closes ``auto_close`` after that, unless the
  resident replies (which moves the ticket back and stops this stage).

Each stage has numbered *steps*: reminders to the agency before the deadline,
escalation at the deadline (level 1, the supervisors) and later (level 2, a higher
chat, when configured); or, for ``autoclose``, the close itself. The sweep performs
each step once, in order, recording the last step done as the ticket's ``sla_level``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from domain.sla.calendar import Calendar
from domain.sla.durations import Duration, parse_duration
from domain.tickets import TicketKind, TicketStatus


class Stage(StrEnum):
    RESPONSE = "response"
    RESOLUTION = "resolution"
    AUTOCLOSE = "autoclose"


class StepKind(StrEnum):
    REMIND = "remind"
    ESCALATE = "escalate"
    CLOSE = "close"


@dataclass(frozen=True)
class Point:
    """A moment relative to a stage: a share of its time from the start (``50%``,
    ``200%``) or a duration before (reminders) / after (escalation) its deadline."""

    share: float | None = None
    offset: Duration | None = None

    def __str__(self) -> str:
        return f"{self.share * 100:g}%" if self.share is not None else str(self.offset)


def parse_point(text: object) -> Point:
    raw = str(text).strip()
    if raw.endswith("%"):
        try:
            share = float(raw[:-1]) / 100
        except ValueError as exc:
            raise ValueError(f"{raw!r} is not a percentage like 50%") from exc
        if share <= 0:
            raise ValueError(f"{raw!r}: a percentage must be more than zero")
        return Point(share=share)
    return Point(offset=parse_duration(raw))


@dataclass(frozen=True)
class KindPolicy:
    first_response: Duration | None
    resolution: Duration | None = None
    extension: Duration | None = None  # public-information requests: once, with notice


@dataclass(frozen=True)
class Policy:
    calendar: Calendar
    complaint: KindPolicy
    info: KindPolicy
    auto_close: Duration | None
    reminders: tuple[Point, ...]
    second_escalation: Point | None  # None: no level 2

    def for_kind(self, kind: str) -> KindPolicy:
        return self.info if kind == TicketKind.INFO_REQUEST.value else self.complaint


@dataclass(frozen=True)
class TicketClock:
    """What the policy needs to know about a ticket (no database types here)."""

    kind: str
    status: str
    created_at: datetime
    first_response_at: datetime | None = None
    extended: bool = False
    stage: str | None = None  # the stage currently recorded on the ticket
    stage_started_at: datetime | None = None


@dataclass(frozen=True)
class Timer:
    stage: Stage
    started_at: datetime
    due_at: datetime


def timer_for(policy: Policy, ticket: TicketClock, now: datetime) -> Timer | None:
    """The deadline that runs for ``ticket`` now, or ``None`` when none does."""
    status = TicketStatus(ticket.status)
    calendar = policy.calendar
    if status in (TicketStatus.ANSWERED, TicketStatus.RESOLVED):
        if policy.auto_close is None:
            return None
        started = now
        if ticket.stage == Stage.AUTOCLOSE and ticket.stage_started_at is not None:
            started = ticket.stage_started_at
        return Timer(Stage.AUTOCLOSE, started, calendar.add(started, policy.auto_close))
    if not status.is_open:
        return None
    rules = policy.for_kind(ticket.kind)
    if ticket.first_response_at is None:
        if rules.first_response is None:
            return None
        due = calendar.add(ticket.created_at, rules.first_response)
        if ticket.extended and rules.extension is not None:
            due = calendar.add(due, rules.extension)
        return Timer(Stage.RESPONSE, ticket.created_at, due)
    if rules.resolution is None:
        return None
    started = ticket.first_response_at
    return Timer(Stage.RESOLUTION, started, calendar.add(started, rules.resolution))


@dataclass(frozen=True)
class Step:
    level: int  # 1, 2, … in order; the ticket records the last one done
    kind: StepKind
    at: datetime
    escalation: int = 0  # 1 or 2 for escalations


def _moment(calendar: Calendar, timer: Timer, point: Point, after_due: bool) -> datetime:
    if point.share is not None:
        span = calendar.between(timer.started_at, timer.due_at)
        return calendar.add_time(timer.started_at, span * point.share)
    assert point.offset is not None
    if after_due:
        return calendar.add(timer.due_at, point.offset)
    if point.offset.is_days:  # n working days before: as much working time as n days
        days = calendar.between(timer.due_at, calendar.add(timer.due_at, point.offset))
        return calendar.subtract_time(timer.due_at, days)
    return calendar.subtract_time(timer.due_at, point.offset.as_timedelta())


def steps_for(policy: Policy, timer: Timer) -> list[Step]:
    if timer.stage is Stage.AUTOCLOSE:
        return [Step(1, StepKind.CLOSE, timer.due_at)]
    calendar = policy.calendar
    reminders = sorted(
        {
            at
            for at in (_moment(calendar, timer, p, after_due=False) for p in policy.reminders)
            if timer.started_at < at < timer.due_at
        }
    )
    plan: list[tuple[StepKind, datetime, int]] = [(StepKind.REMIND, at, 0) for at in reminders]
    plan.append((StepKind.ESCALATE, timer.due_at, 1))
    if policy.second_escalation is not None:
        again = _moment(calendar, timer, policy.second_escalation, after_due=True)
        if again > timer.due_at:
            plan.append((StepKind.ESCALATE, again, 2))
    return [Step(i, kind, at, esc) for i, (kind, at, esc) in enumerate(plan, start=1)]


@dataclass(frozen=True)
class Advance:
    """What a sweep does for one ticket: the steps to perform now, the level to record
    and when to look again (``None``: never, for this stage)."""

    perform: tuple[Step, ...]
    level: int
    next_at: datetime | None


def advance(steps: list[Step], level: int, now: datetime) -> Advance:
    """Steps past ``level`` that are due by ``now``. A reminder overtaken by a later due
    step is skipped (after downtime nobody needs "4 hours left" for an overdue ticket);
    escalations and the close are never skipped."""
    pending = [s for s in steps if s.level > level]
    due = [s for s in pending if s.at <= now]
    later = [s for s in pending if s.at > now]
    next_at = later[0].at if later else None
    if not due:
        return Advance((), level, pending[0].at if pending else None)
    final = [s for s in due if s.kind is not StepKind.REMIND]
    perform = tuple(final) if final else (due[-1],)
    return Advance(perform, due[-1].level, next_at)


def next_due(steps: list[Step], level: int) -> datetime | None:
    pending = [s.at for s in steps if s.level > level]
    return pending[0] if pending else None
