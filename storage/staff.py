"""Queries of the staff workflow: tickets by id, by forum topic, an agency's open
tickets and search, a resident's tickets awaiting details, and what delivery learns
after sending a ticket's card (its message id, its forum topic)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import bindparam, func, or_, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col, select

from domain.messages import SendResult
from domain.tickets import OPEN_STATUSES
from storage.models import Contact, Conversation, Ticket

CARD_PURPOSE = "ticket_card"
_OPEN = [status.value for status in OPEN_STATUSES]


async def ticket_by_id(session: AsyncSession, ticket_id: int) -> Ticket | None:
    return await session.get(Ticket, ticket_id)


async def ticket_in_topic(session: AsyncSession, chat_id: str, thread_id: str) -> Ticket | None:
    """The ticket whose forum topic this is (the newest, should a topic be reused)."""
    result = await session.execute(
        select(Ticket)
        .where(Ticket.staff_chat_id == chat_id, Ticket.staff_thread_id == thread_id)
        .order_by(col(Ticket.id).desc())
        .limit(1)
    )
    return result.scalar_one_or_none()


async def open_tickets(
    session: AsyncSession, agency_codes: Sequence[str], limit: int = 30
) -> Sequence[Ticket]:
    """Open tickets of these agencies, oldest first."""
    result = await session.execute(
        select(Ticket)
        .where(col(Ticket.agency_code).in_(list(agency_codes)), col(Ticket.status).in_(_OPEN))
        .order_by(col(Ticket.created_at), col(Ticket.id))
        .limit(limit)
    )
    return result.scalars().all()


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


async def search(
    session: AsyncSession, agency_codes: Sequence[str], text: str, limit: int = 10
) -> Sequence[Ticket]:
    """Tickets of these agencies whose code, description or location contains ``text``
    (any case), newest first."""
    pattern = f"%{_escape_like(text.strip().lower())}%"
    result = await session.execute(
        select(Ticket)
        .where(
            col(Ticket.agency_code).in_(list(agency_codes)),
            or_(
                func.lower(col(Ticket.code)).like(pattern, escape="\\"),
                func.lower(col(Ticket.description)).like(pattern, escape="\\"),
                func.lower(func.coalesce(col(Ticket.location_text), "")).like(pattern, escape="\\"),
            ),
        )
        .order_by(col(Ticket.created_at).desc(), col(Ticket.id).desc())
        .limit(limit)
    )
    return result.scalars().all()


async def awaiting_details(session: AsyncSession, contact_id: int) -> Ticket | None:
    """The resident's open ticket whose agency asked for more details, if any."""
    result = await session.execute(_AWAITING_DETAILS, {"a_contact": contact_id})
    return result.scalar_one_or_none()


# Built once: asked on every free-text message of a returning resident.
_AWAITING_DETAILS = (
    select(Ticket)
    .where(
        Ticket.contact_id == bindparam("a_contact"),
        col(Ticket.awaiting_details_at).is_not(None),
        col(Ticket.status).in_(_OPEN),
    )
    .order_by(col(Ticket.awaiting_details_at).desc())
    .limit(1)
)


async def contact_of(session: AsyncSession, ticket: Ticket) -> Contact | None:
    return await session.get(Contact, ticket.contact_id)


async def conversation_of(session: AsyncSession, contact_id: int, now: datetime) -> Conversation:
    conversation = await session.get(Conversation, contact_id)
    if conversation is None:
        conversation = Conversation(contact_id=contact_id, data={}, updated_at=now)
        session.add(conversation)
    return conversation


async def after_delivery(
    session: AsyncSession, ticket_id: int, purpose: str, result: SendResult
) -> None:
    """Remember what a delivered message tells about its ticket: the card's message id
    (so the card can be edited later) and the forum topic opened for it."""
    values: dict[str, str] = {}
    if result.thread_id:
        values["staff_thread_id"] = result.thread_id
    if purpose == CARD_PURPOSE:
        card_id = result.buttons_message_id or (
            result.message_ids[0] if len(result.message_ids) == 1 else None
        )
        if card_id:
            values["card_message_id"] = card_id
    if values:
        await session.execute(update(Ticket).where(col(Ticket.id) == ticket_id).values(**values))
