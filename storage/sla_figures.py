"""Deadline figures per agency for the digests: open and overdue tickets now, tickets
received and first answered in a period, and first-response times."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col, select

from domain.tickets import OPEN_STATUSES
from storage.models import Ticket
from storage.sla import RUNNING


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
    counts: dict[str, tuple[Any, ...]] = {
        "open": (col(Ticket.status).in_([s.value for s in OPEN_STATUSES]),),
        "overdue": (col(Ticket.sla_stage).in_(RUNNING), col(Ticket.sla_due_at) < now),
        "answered": (col(Ticket.first_response_at) >= start, col(Ticket.first_response_at) < end),
        "received": (col(Ticket.created_at) >= start, col(Ticket.created_at) < end),
    }
    for name, conditions in counts.items():
        rows = await session.execute(
            select(Ticket.agency_code, func.count())
            .where(*conditions)
            .group_by(col(Ticket.agency_code))
        )
        for agency, count in rows.all():
            setattr(result[agency], name, int(count))
    timed = await session.execute(
        select(Ticket.agency_code, Ticket.created_at, Ticket.first_response_at).where(
            col(Ticket.first_response_at) >= median_since, col(Ticket.first_response_at) < end
        )
    )
    for agency, created, answered in timed.all():
        result[agency].response_times.append(answered - created)
    return dict(result)
