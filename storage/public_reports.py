"""Reading published reports: what the public page, the open data and the Open311 API
show. Only rows in state *published*; nothing here reads a ticket."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col, select

from domain.publication.rules import PublicationState
from storage.models import PublishedReport


@dataclass(frozen=True)
class ReportQuery:
    """Filters; every one optional. ``codes`` overrides the others (as GeoReport's
    ``service_request_id`` does)."""

    codes: tuple[str, ...] = ()
    agencies: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()
    start: datetime | None = None  # requested at or after
    end: datetime | None = None  # requested before
    offset: int = 0
    limit: int = 50


def _filtered(query: ReportQuery) -> Any:
    statement = select(PublishedReport).where(
        col(PublishedReport.state) == PublicationState.PUBLISHED.value
    )
    if query.codes:
        return statement.where(col(PublishedReport.code).in_(query.codes))
    if query.agencies:
        statement = statement.where(col(PublishedReport.agency_code).in_(query.agencies))
    if query.statuses:
        statement = statement.where(col(PublishedReport.status).in_(query.statuses))
    if query.start is not None:
        statement = statement.where(col(PublishedReport.requested_at) >= query.start)
    if query.end is not None:
        statement = statement.where(col(PublishedReport.requested_at) < query.end)
    return statement


async def find(session: AsyncSession, query: ReportQuery) -> Sequence[PublishedReport]:
    """Newest first."""
    statement = (
        _filtered(query)
        .order_by(col(PublishedReport.requested_at).desc(), col(PublishedReport.ticket_id).desc())
        .offset(query.offset)
        .limit(query.limit)
    )
    return (await session.execute(statement)).scalars().all()


async def count(session: AsyncSession, query: ReportQuery) -> int:
    subquery = _filtered(query).subquery()
    return int((await session.execute(select(func.count()).select_from(subquery))).scalar_one())


async def by_code(session: AsyncSession, code: str) -> PublishedReport | None:
    """A published report; ``None`` for an unknown, withheld or withdrawn one."""
    result = await session.execute(
        select(PublishedReport).where(
            col(PublishedReport.code) == code.strip().upper(),
            col(PublishedReport.state) == PublicationState.PUBLISHED.value,
        )
    )
    return result.scalar_one_or_none()


async def in_period(
    session: AsyncSession, start: datetime, end: datetime
) -> Sequence[PublishedReport]:
    """Every published report requested in [start, end), oldest first (open data)."""
    result = await session.execute(
        select(PublishedReport)
        .where(
            col(PublishedReport.state) == PublicationState.PUBLISHED.value,
            col(PublishedReport.requested_at) >= start,
            col(PublishedReport.requested_at) < end,
        )
        .order_by(col(PublishedReport.requested_at), col(PublishedReport.ticket_id))
    )
    return result.scalars().all()


async def oldest(session: AsyncSession) -> datetime | None:
    """When the oldest published report was received (open data starts there)."""
    result = await session.execute(
        select(func.min(col(PublishedReport.requested_at))).where(
            col(PublishedReport.state) == PublicationState.PUBLISHED.value
        )
    )
    value = result.scalar_one_or_none()
    if isinstance(value, str):  # SQLite's MIN() gives the stored text
        value = datetime.fromisoformat(value)
    if value is not None and value.tzinfo is None:
        from datetime import UTC

        value = value.replace(tzinfo=UTC)
    return value
