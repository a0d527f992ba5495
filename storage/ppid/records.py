"""Reading and writing the PPID's records: a request's decision, a request's objection,
and objections whose clock needs the sweep."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col, select

from domain.tickets import OPEN_STATUSES, TicketKind
from storage.models import Ticket
from storage.ppid.tables import PpidDecision, PpidObjection


async def decision_of(session: AsyncSession, ticket_id: int) -> PpidDecision | None:
    result = await session.execute(select(PpidDecision).where(PpidDecision.ticket_id == ticket_id))
    return result.scalar_one_or_none()


async def decisions_of(session: AsyncSession, ticket_ids: Sequence[int]) -> dict[int, PpidDecision]:
    if not ticket_ids:
        return {}
    result = await session.execute(
        select(PpidDecision).where(col(PpidDecision.ticket_id).in_(list(ticket_ids)))
    )
    return {row.ticket_id: row for row in result.scalars()}


async def add_decision(session: AsyncSession, decision: PpidDecision) -> PpidDecision:
    session.add(decision)
    await session.flush()
    return decision


async def objection_of(session: AsyncSession, request_id: int) -> PpidObjection | None:
    result = await session.execute(
        select(PpidObjection).where(PpidObjection.request_id == request_id)
    )
    return result.scalar_one_or_none()


async def objections_of(
    session: AsyncSession, request_ids: Sequence[int]
) -> dict[int, PpidObjection]:
    if not request_ids:
        return {}
    result = await session.execute(
        select(PpidObjection).where(col(PpidObjection.request_id).in_(list(request_ids)))
    )
    return {row.request_id: row for row in result.scalars()}


async def objection_by_id(session: AsyncSession, objection_id: int) -> PpidObjection | None:
    return await session.get(PpidObjection, objection_id)


async def objection_by_code(session: AsyncSession, code: str) -> PpidObjection | None:
    result = await session.execute(
        select(PpidObjection).where(PpidObjection.code == code.strip().upper())
    )
    return result.scalar_one_or_none()


async def add_objection(session: AsyncSession, objection: PpidObjection) -> PpidObjection:
    session.add(objection)
    await session.flush()
    return objection


async def due_objections(
    session: AsyncSession, now: datetime, limit: int
) -> Sequence[PpidObjection]:
    result = await session.execute(
        select(PpidObjection)
        .where(col(PpidObjection.next_due_at) <= now)
        .order_by(col(PpidObjection.next_due_at), col(PpidObjection.id))
        .limit(limit)
    )
    return result.scalars().all()


async def claim_step(
    session: AsyncSession, objection: PpidObjection, level: int, next_at: datetime | None
) -> bool:
    """Compare-and-set: move the objection's clock from the level it was read at."""
    table = PpidObjection.__table__  # type: ignore[attr-defined]
    result = await session.execute(
        update(table)
        .where(
            table.c.id == objection.id,
            table.c.level == objection.level,
            table.c.verdict.is_(None),
        )
        .values(level=level, next_due_at=next_at)
    )
    return bool(result.rowcount == 1)  # type: ignore[attr-defined]


async def stop_clock(session: AsyncSession, objection_id: int) -> None:
    """No more steps for an objection (answered, or its request is gone)."""
    table = PpidObjection.__table__  # type: ignore[attr-defined]
    await session.execute(update(table).where(table.c.id == objection_id).values(next_due_at=None))


async def requests_of(session: AsyncSession, ticket_ids: Sequence[int]) -> dict[int, Ticket]:
    if not ticket_ids:
        return {}
    result = await session.execute(select(Ticket).where(col(Ticket.id).in_(list(ticket_ids))))
    return {row.id or 0: row for row in result.scalars()}


async def undecided_requests(session: AsyncSession) -> Sequence[Ticket]:
    """Open information requests with no decision yet, oldest first."""
    result = await session.execute(
        select(Ticket)
        .join(PpidDecision, col(PpidDecision.ticket_id) == col(Ticket.id), isouter=True)
        .where(
            Ticket.kind == TicketKind.INFO_REQUEST.value,
            col(Ticket.status).in_([s.value for s in OPEN_STATUSES]),
            col(PpidDecision.id).is_(None),
        )
        .order_by(col(Ticket.created_at), col(Ticket.id))
    )
    return result.scalars().all()


async def unanswered_objections(session: AsyncSession) -> Sequence[PpidObjection]:
    """Objections the superior has not answered yet, the earliest deadline first."""
    result = await session.execute(
        select(PpidObjection)
        .where(col(PpidObjection.verdict).is_(None))
        .order_by(col(PpidObjection.due_at), col(PpidObjection.id))
    )
    return result.scalars().all()
