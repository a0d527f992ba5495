"""SLA persistence: each ticket's running deadline lives in indexed columns
(``sla_stage``, ``sla_level``, ``sla_due_at``, ``next_due_at``); the sweep finds due
tickets with one index range scan and records each step with a compare-and-set UPDATE,
so a step is done once whatever restarts or concurrent sweeps occur.

Call :func:`reschedule` after every change of a ticket's status, first response or
extension (ticket creation does): it recomputes the running deadline and, when the
stage changes, restarts its steps.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import func, tuple_, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col, select

from bot.sla.policy import Stage, TicketClock, steps_for, timer_for
from bot.sla.rules import SlaRules
from bot.tickets import OPEN_STATUSES, TicketStatus
from storage.dialect import upsert_insert
from storage.models import SlaJobRun, Ticket

RUNNING = (Stage.RESPONSE.value, Stage.RESOLUTION.value)


def clock_of(ticket: Ticket) -> TicketClock:
    return TicketClock(
        kind=ticket.kind,
        status=ticket.status,
        created_at=ticket.created_at,
        first_response_at=ticket.first_response_at,
        extended=ticket.sla_extended_at is not None,
        stage=ticket.sla_stage,
        stage_started_at=ticket.sla_started_at,
    )


def reschedule(ticket: Ticket, now: datetime, rules: SlaRules) -> None:
    """Recompute ``ticket``'s running deadline after a change (creation, a status
    transition, a first response, an extension). Steps already done are kept while the
    same deadline runs; a new deadline starts its steps afresh."""
    policy = rules.policy_for(ticket.agency_code)
    timer = timer_for(policy, clock_of(ticket), now)
    if timer is None:
        if ticket.sla_stage is not None or ticket.next_due_at is not None:
            ticket.sla_stage = None
            ticket.sla_level = 0
            ticket.sla_started_at = None
            ticket.sla_due_at = None
            ticket.next_due_at = None
        return
    if (
        ticket.sla_stage == timer.stage.value
        and ticket.sla_due_at == timer.due_at
        and ticket.sla_started_at == timer.started_at
    ):
        return  # the same deadline keeps running; do not touch the sweep's columns
    steps = steps_for(policy, timer)
    ticket.sla_stage = timer.stage.value
    ticket.sla_level = 0
    ticket.sla_started_at = timer.started_at
    ticket.sla_due_at = timer.due_at
    ticket.next_due_at = steps[0].at if steps else None


async def due_batch(
    session: AsyncSession, now: datetime, after: tuple[datetime, int] | None, limit: int
) -> Sequence[Ticket]:
    """Up to ``limit`` tickets whose next step is due, in (next_due_at, id) order."""
    statement = select(Ticket).where(col(Ticket.next_due_at) <= now)
    if after is not None:
        statement = statement.where(
            tuple_(col(Ticket.next_due_at), col(Ticket.id)) > tuple_(*after)
        )
    statement = statement.order_by(col(Ticket.next_due_at), col(Ticket.id)).limit(limit)
    return (await session.execute(statement)).scalars().all()


def _same_step(ticket: Ticket) -> list[object]:
    return [
        col(Ticket.id) == ticket.id,
        col(Ticket.sla_stage) == ticket.sla_stage,
        col(Ticket.sla_level) == ticket.sla_level,
        col(Ticket.sla_due_at) == ticket.sla_due_at,
    ]


async def claim_steps(
    session: AsyncSession, ticket: Ticket, level: int, next_at: datetime | None
) -> bool:
    """Compare-and-set: move ``ticket`` from the level it was read at to ``level``.
    ``False`` when someone else moved it first (another sweep, a staff action)."""
    result = await session.execute(
        update(Ticket)
        .where(*_same_step(ticket))  # type: ignore[arg-type]
        .values(sla_level=level, next_due_at=next_at)
        .execution_options(synchronize_session=False)
    )
    return bool(result.rowcount == 1)  # type: ignore[attr-defined]


async def claim_close(session: AsyncSession, ticket: Ticket, now: datetime) -> bool:
    """Compare-and-set close of an answered/resolved ticket nobody replied to."""
    result = await session.execute(
        update(Ticket)
        .where(
            *_same_step(ticket),  # type: ignore[arg-type]
            col(Ticket.status).in_((TicketStatus.ANSWERED.value, TicketStatus.RESOLVED.value)),
        )
        .values(
            status=TicketStatus.CLOSED.value,
            closed_at=now,
            updated_at=now,
            sla_stage=None,
            sla_level=0,
            sla_started_at=None,
            sla_due_at=None,
            next_due_at=None,
        )
        .execution_options(synchronize_session=False)
    )
    return bool(result.rowcount == 1)  # type: ignore[attr-defined]


async def untimed_open(session: AsyncSession, after_id: int, limit: int) -> Sequence[Ticket]:
    """Open tickets without a deadline (created before the SLA columns existed)."""
    result = await session.execute(
        select(Ticket)
        .where(
            col(Ticket.id) > after_id,
            col(Ticket.sla_stage).is_(None),
            col(Ticket.status).in_([s.value for s in OPEN_STATUSES | {TicketStatus.RESOLVED}]),
        )
        .order_by(col(Ticket.id))
        .limit(limit)
    )
    return result.scalars().all()


async def claim_job(session: AsyncSession, key: str, now: datetime) -> bool:
    """``True`` once per key, ever: a digest for a period goes out once."""
    statement = (
        upsert_insert(session, SlaJobRun)
        .values(key=key, ran_at=now)
        .on_conflict_do_nothing(index_elements=["key"])
        .returning(SlaJobRun.__table__.c.key)  # type: ignore[attr-defined]
    )
    return (await session.execute(statement)).scalar_one_or_none() is not None


@dataclass
class AgencyFigures:
    open: int = 0
    overdue: int = 0
    answered: int = 0  # first answers in the period
    received: int = 0  # tickets created in the period
    response_times: list[timedelta] = field(default_factory=list)

    @property
    def median_response(self) -> timedelta | None:
        times = sorted(self.response_times)
        if not times:
            return None
        middle = len(times) // 2
        if len(times) % 2:
            return times[middle]
        return (times[middle - 1] + times[middle]) / 2


async def figures(
    session: AsyncSession, now: datetime, start: datetime, end: datetime, median_since: datetime
) -> dict[str, AgencyFigures]:
    """Per agency: open now, overdue now, answered and received in [start, end), and
    first-response times of tickets first answered since ``median_since``."""
    result: dict[str, AgencyFigures] = defaultdict(AgencyFigures)
    open_values = [s.value for s in OPEN_STATUSES]
    rows = await session.execute(
        select(Ticket.agency_code, func.count())
        .where(col(Ticket.status).in_(open_values))
        .group_by(col(Ticket.agency_code))
    )
    for agency, count in rows.all():
        result[agency].open = int(count)
    rows = await session.execute(
        select(Ticket.agency_code, func.count())
        .where(col(Ticket.sla_stage).in_(RUNNING), col(Ticket.sla_due_at) < now)
        .group_by(col(Ticket.agency_code))
    )
    for agency, count in rows.all():
        result[agency].overdue = int(count)
    rows = await session.execute(
        select(Ticket.agency_code, func.count())
        .where(col(Ticket.first_response_at) >= start, col(Ticket.first_response_at) < end)
        .group_by(col(Ticket.agency_code))
    )
    for agency, count in rows.all():
        result[agency].answered = int(count)
    rows = await session.execute(
        select(Ticket.agency_code, func.count())
        .where(col(Ticket.created_at) >= start, col(Ticket.created_at) < end)
        .group_by(col(Ticket.agency_code))
    )
    for agency, count in rows.all():
        result[agency].received = int(count)
    timed = await session.execute(
        select(Ticket.agency_code, Ticket.created_at, Ticket.first_response_at).where(
            col(Ticket.first_response_at) >= median_since, col(Ticket.first_response_at) < end
        )
    )
    for agency, created, answered in timed.all():
        result[agency].response_times.append(answered - created)
    return dict(result)
