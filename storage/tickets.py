"""Ticket persistence: numbering, creation, look-ups and the audit trail."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col, select

from domain.tickets import TicketStatus, format_code
from storage import ticket_log
from storage.dialect import upsert_insert
from storage.models import Ticket, TicketEvent, TicketMessage, TicketSequence

sequence_table = TicketSequence.__table__  # type: ignore[attr-defined]


async def next_code(session: AsyncSession, prefix: str) -> str:
    """Atomically take the next number for ``prefix`` (safe with concurrent writers)."""
    statement = (
        upsert_insert(session, TicketSequence)
        .values(prefix=prefix, last_value=1)
        .on_conflict_do_update(
            index_elements=["prefix"],
            set_={"last_value": sequence_table.c.last_value + 1},
        )
        .returning(sequence_table.c.last_value)
    )
    number = (await session.execute(statement)).scalar_one()
    return format_code(prefix, int(number))


async def add_ticket(session: AsyncSession, ticket: Ticket, actor: str, now: datetime) -> Ticket:
    session.add(ticket)
    await session.flush()
    record_event(session, ticket, actor, "created", None, now)
    ticket_log.note(
        session,
        "ticket %s created: %s for agency %s, via %s",
        ticket.code, ticket.kind, ticket.agency_code, ticket.channel or "?",
    )  # fmt: skip
    return ticket


def record_event(
    session: AsyncSession,
    ticket: Ticket,
    actor: str,
    action: str,
    detail: str | None,
    now: datetime,
) -> None:
    session.add(
        TicketEvent(ticket_id=ticket.id or 0, at=now, actor=actor, action=action, detail=detail)
    )
    ticket_log.note_event(session, ticket.code, action, actor, detail, ticket.status)


async def by_code(session: AsyncSession, code: str) -> Ticket | None:
    result = await session.execute(select(Ticket).where(Ticket.code == code.strip().upper()))
    return result.scalar_one_or_none()


async def of_contact(session: AsyncSession, contact_id: int, limit: int = 10) -> Sequence[Ticket]:
    result = await session.execute(
        select(Ticket)
        .where(Ticket.contact_id == contact_id)
        .order_by(col(Ticket.created_at).desc(), col(Ticket.id).desc())
        .limit(limit)
    )
    return result.scalars().all()


async def events_of(session: AsyncSession, ticket_id: int) -> Sequence[TicketEvent]:
    result = await session.execute(
        select(TicketEvent)
        .where(TicketEvent.ticket_id == ticket_id)
        .order_by(col(TicketEvent.at), col(TicketEvent.id))  # when it happened
    )
    return result.scalars().all()


def is_open(ticket: Ticket) -> bool:
    return TicketStatus(ticket.status).is_open


def remember_messages(
    session: AsyncSession,
    ticket_id: int,
    channel: str,
    chat_id: str,
    message_ids: Sequence[str],
    now: datetime,
) -> None:
    """Tie platform messages to a ticket, so replies to them find it."""
    for message_id in message_ids:
        session.add(
            TicketMessage(
                ticket_id=ticket_id,
                channel=channel,
                chat_id=chat_id,
                message_id=message_id,
                created_at=now,
            )
        )


async def follow_migrated_chat(session: AsyncSession, old_chat_id: str, new_chat_id: str) -> None:
    """A staff group became a supergroup (a new chat id): its tickets follow it."""
    await session.execute(
        update(Ticket)
        .where(col(Ticket.staff_chat_id) == old_chat_id)
        .values(staff_chat_id=new_chat_id)
    )


async def by_message(
    session: AsyncSession, channel: str, chat_id: str, message_id: str
) -> Ticket | None:
    """The ticket a platform message belongs to, if any."""
    result = await session.execute(
        select(Ticket)
        .join(TicketMessage, col(TicketMessage.ticket_id) == col(Ticket.id))
        .where(
            TicketMessage.channel == channel,
            TicketMessage.chat_id == chat_id,
            TicketMessage.message_id == message_id,
        )
    )
    return result.scalar_one_or_none()
