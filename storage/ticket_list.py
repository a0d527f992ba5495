"""The dashboard's ticket list: tickets of some agencies filtered by kind, status,
overdue now, the period received, privacy, channel and text, newest first, a page at a
time; and what a ticket's page shows besides the ticket (its events, the messages sent
to the resident about it)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, or_
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col, select

from domain.sla.policy import Stage
from storage.models import Contact, OutboxEntry, Ticket, TicketEvent

RUNNING = (Stage.RESPONSE.value, Stage.RESOLUTION.value)


@dataclass(frozen=True)
class TicketFilter:
    agencies: Sequence[str]
    now: datetime
    kind: str | None = None
    status: str | None = None
    overdue: bool = False
    start: datetime | None = None
    end: datetime | None = None
    privacy: str | None = None
    channel: str | None = None
    text: str = ""


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _conditions(chosen: TicketFilter) -> list[Any]:
    conditions: list[Any] = [col(Ticket.agency_code).in_(list(chosen.agencies))]
    exact = ((Ticket.kind, chosen.kind), (Ticket.status, chosen.status),
             (Ticket.privacy, chosen.privacy), (Ticket.channel, chosen.channel))  # fmt: skip
    conditions += [col(column) == value for column, value in exact if value]
    if chosen.overdue:
        conditions += [col(Ticket.sla_stage).in_(RUNNING), col(Ticket.sla_due_at) < chosen.now]
    if chosen.start is not None:
        conditions.append(col(Ticket.created_at) >= chosen.start)
    if chosen.end is not None:
        conditions.append(col(Ticket.created_at) < chosen.end)
    if chosen.text.strip():
        pattern = f"%{_escape_like(chosen.text.strip().lower()[:100])}%"
        conditions.append(
            or_(
                func.lower(col(Ticket.code)).like(pattern, escape="\\"),
                func.lower(col(Ticket.description)).like(pattern, escape="\\"),
                func.lower(func.coalesce(col(Ticket.location_text), "")).like(pattern, escape="\\"),
            )
        )
    return conditions


async def find(
    session: AsyncSession, chosen: TicketFilter, offset: int = 0, limit: int = 50
) -> Sequence[Ticket]:
    result = await session.execute(
        select(Ticket)
        .where(*_conditions(chosen))
        .order_by(col(Ticket.created_at).desc(), col(Ticket.id).desc())
        .offset(offset)
        .limit(limit)
    )
    return result.scalars().all()


async def count(session: AsyncSession, chosen: TicketFilter) -> int:
    result = await session.execute(
        select(func.count()).select_from(Ticket).where(*_conditions(chosen))
    )
    return int(result.scalar_one())


async def by_code(session: AsyncSession, code: str) -> Ticket | None:
    result = await session.execute(select(Ticket).where(Ticket.code == code.strip().upper()))
    return result.scalar_one_or_none()


async def events(session: AsyncSession, ticket_id: int) -> Sequence[TicketEvent]:
    result = await session.execute(
        select(TicketEvent)
        .where(TicketEvent.ticket_id == ticket_id)
        .order_by(col(TicketEvent.at), col(TicketEvent.id))  # when it happened
    )
    return result.scalars().all()


async def resident_messages(
    session: AsyncSession, ticket: Ticket, contact: Contact | None
) -> Sequence[OutboxEntry]:
    """What was sent to the resident about ``ticket`` (their chat, this ticket)."""
    if contact is None:
        return []
    result = await session.execute(
        select(OutboxEntry)
        .where(OutboxEntry.ticket_id == ticket.id, OutboxEntry.chat_id == contact.chat_id)
        .order_by(col(OutboxEntry.id))
    )
    return result.scalars().all()


async def contact_of(session: AsyncSession, ticket: Ticket) -> Contact | None:
    return await session.get(Contact, ticket.contact_id)
