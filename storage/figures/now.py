"""What is true now, whenever the tickets were received: how many wait for their
agency (open or in progress) and how many of those are past their running deadline.

A period's figures count the tickets *received* in it; "open now" and "overdue now"
are the state of the agency's whole backlog, so a ticket from last month still open
counts too. A deadline runs only while a ticket waits (``domain.sla.policy.timer_for``
runs the response and resolution clocks for open and in-progress tickets only), so
both numbers come from the waiting tickets alone: ``ix_ticket_agency_status`` (agency,
status, kind, stage, deadline) finds and covers them, however many tickets were ever
received. One statement per kind: given several kinds at once, SQLite's planner reads
every ticket of each agency and kind through the figures index instead."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import and_, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.figures.scan import RUNNING, WAITING
from storage.figures.scope import Scope, t


@dataclass(frozen=True)
class Waiting:
    open_now: int = 0
    overdue_now: int = 0


async def waiting_now(
    session: AsyncSession, scope: Scope, now: datetime
) -> dict[tuple[str, str], Waiting]:
    """The scope's agencies and kinds (not its time): tickets waiting now, and past
    their deadline now, per (agency, kind)."""
    late = and_(t.sla_stage.in_(RUNNING), t.sla_due_at < now)
    waiting: dict[tuple[str, str], Waiting] = {}
    for kind in scope.kinds:
        statement = (
            select(t.agency_code, func.count(), func.count().filter(late))
            .where(
                t.agency_code.in_(list(scope.agencies)),
                t.status.in_(WAITING),
                t.kind == kind,
            )
            .group_by(t.agency_code)
        )
        for agency, n, o in (await session.execute(statement)).all():
            waiting[(agency, kind)] = Waiting(int(n or 0), int(o or 0))
    return waiting
