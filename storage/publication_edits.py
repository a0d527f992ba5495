"""People acting on a report's publication, each recorded in the ticket's audit trail:
staff withhold a report, release it again or edit its published text; the resident
withdraws it. A withdrawal is final for staff: only the resident chose it."""

from __future__ import annotations

from datetime import datetime, timedelta
from enum import StrEnum

from sqlalchemy.ext.asyncio import AsyncSession

from domain.publication.redaction import redact
from domain.publication.rules import DESCRIPTION_LIMIT, PublicationPolicy, PublicationState
from storage import tickets
from storage.models import Contact, PublishedReport, Ticket
from storage.publication import publish_tickets, ticket_names


class EditOutcome(StrEnum):
    DONE = "done"
    UNKNOWN = "unknown"  # no such ticket, or one that is never published
    WITHDRAWN = "withdrawn"  # the resident withdrew it: staff cannot undo that
    NOT_PUBLISHED = "not_published"  # nothing published to edit


def _placeholder(ticket: Ticket, state: PublicationState, now: datetime) -> PublishedReport:
    """A row that only keeps a report off the public outputs (nothing of it shown)."""
    return PublishedReport(
        ticket_id=ticket.id or 0,
        code=ticket.code,
        state=state.value,
        agency_code=ticket.agency_code,
        status=ticket.status,
        description="",
        requested_at=ticket.created_at,
        updated_at=ticket.updated_at,
        published_at=now,
        source_updated_at=ticket.updated_at,
    )


async def _row(session: AsyncSession, ticket: Ticket) -> PublishedReport | None:
    return await session.get(PublishedReport, ticket.id)


async def withdraw(session: AsyncSession, ticket: Ticket, actor: str, now: datetime) -> bool:
    """The resident takes their report off every public output; ``False`` when it
    already was withdrawn."""
    row = await _row(session, ticket)
    if row is not None and row.state == PublicationState.WITHDRAWN.value:
        return False
    if row is None:
        session.add(_placeholder(ticket, PublicationState.WITHDRAWN, now))
    else:
        row.state = PublicationState.WITHDRAWN.value
        row.description, row.reply, row.address = "", None, None
    tickets.record_event(session, ticket, actor, "publication_withdrawn", None, now)
    return True


async def withhold(
    session: AsyncSession, code: str, actor: str, now: datetime, reason: str | None = None
) -> EditOutcome:
    ticket = await tickets.by_code(session, code)
    if ticket is None:
        return EditOutcome.UNKNOWN
    row = await _row(session, ticket)
    if row is not None and row.state == PublicationState.WITHDRAWN.value:
        return EditOutcome.WITHDRAWN
    if row is None:
        session.add(_placeholder(ticket, PublicationState.WITHHELD, now))
    else:
        row.state = PublicationState.WITHHELD.value
    tickets.record_event(session, ticket, actor, "publication_withheld", reason, now)
    return EditOutcome.DONE


async def release(
    session: AsyncSession, code: str, actor: str, now: datetime, policy: PublicationPolicy
) -> EditOutcome:
    """Undo a withholding: the report is published again when the rules allow it."""
    ticket = await tickets.by_code(session, code)
    if ticket is None:
        return EditOutcome.UNKNOWN
    row = await _row(session, ticket)
    if row is not None and row.state == PublicationState.WITHDRAWN.value:
        return EditOutcome.WITHDRAWN
    if row is not None:
        row.state = PublicationState.PUBLISHED.value
        row.source_updated_at = ticket.updated_at - timedelta(seconds=1)  # copy it again
        await session.flush()
    await publish_tickets(session, [ticket], now, policy)
    tickets.record_event(session, ticket, actor, "publication_released", None, now)
    return EditOutcome.DONE


async def edit_text(
    session: AsyncSession,
    code: str,
    description: str,
    actor: str,
    now: datetime,
    reply: str | None = None,
) -> EditOutcome:
    """Replace the published description (and reply); masked again, kept from then on."""
    ticket = await tickets.by_code(session, code)
    if ticket is None:
        return EditOutcome.UNKNOWN
    row = await _row(session, ticket)
    if row is None or row.state != PublicationState.PUBLISHED.value:
        return EditOutcome.NOT_PUBLISHED
    names = ticket_names(ticket, await session.get(Contact, ticket.contact_id))
    row.description = redact(description.strip(), names)[:DESCRIPTION_LIMIT]
    if reply is not None:
        row.reply = redact(reply.strip(), names)[:DESCRIPTION_LIMIT] or None
    row.edited_at = now
    tickets.record_event(session, ticket, actor, "publication_edited", None, now)
    return EditOutcome.DONE


async def is_withdrawn(session: AsyncSession, ticket_id: int) -> bool:
    row = await session.get(PublishedReport, ticket_id)
    return row is not None and row.state == PublicationState.WITHDRAWN.value
