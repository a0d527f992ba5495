"""Copying publishable complaints, masked, into ``published_report``.

:func:`sync` looks at tickets changed since its last pass and tickets that have just
grown old enough (:class:`~storage.models.PublicationCursor` remembers how far it
looked), decides with :mod:`domain.publication.rules`, and writes, updates or removes
their published rows. Withheld and withdrawn rows are never touched by it; a row whose
text staff edited keeps that text. It runs in the process that sweeps deadlines, and
is safe to run twice: it only ever writes what the ticket now says.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import and_, or_
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col, select

from domain.publication.rules import (
    PublicationPolicy,
    PublicationState,
    TicketFacts,
    age_cutoff,
    public_report,
    publishable,
)
from storage.contacts import contacts_by_id
from storage.models import (
    Contact,
    PublicationCursor,
    PublishedReport,
    Ticket,
    TicketEvent,
)

CURSOR = "public"
BATCH = 500
# a transaction that stamped a ticket a little before it committed is still seen
OVERLAP = timedelta(minutes=5)
REPLY_ACTIONS = ("replied", "template")
API_CHANNEL_PREFIX = "open311:"
# what a published row copies from the ticket's public version on every change, and
# what it copies only until staff edit it
FOLLOWED = (
    "agency_code", "category", "status", "address", "area", "latitude", "longitude",
    "updated_at", "resolved_at",
)  # fmt: skip
EDITABLE = ("description", "reply")


@dataclass(frozen=True)
class SyncReport:
    looked_at: int = 0
    written: int = 0
    removed: int = 0


def ticket_names(ticket: Ticket, contact: Contact | None) -> tuple[str, ...]:
    """The personal names and contacts the ticket itself holds (to be masked)."""
    details: dict[str, Any] = ticket.details or {}
    requester: dict[str, Any] = details.get("requester") or {}
    values = [details.get("name"), *requester.values()]
    if contact is not None:
        values += [contact.display_name, contact.username, contact.phone]
    return tuple(str(v) for v in values if v)


def area_of(details: dict[str, Any]) -> str | None:
    parts = [str(details[k]) for k in ("desa", "kecamatan") if details.get(k)]
    return ", ".join(parts) or (str(details["area"]) if details.get("area") else None)


def facts_of(ticket: Ticket, contact: Contact | None, reply: str | None) -> TicketFacts:
    details: dict[str, Any] = ticket.details or {}
    return TicketFacts(
        code=ticket.code,
        kind=ticket.kind,
        status=ticket.status,
        privacy=ticket.privacy,
        agency_code=ticket.agency_code,
        created_at=ticket.created_at,
        updated_at=ticket.updated_at,
        description=ticket.description,
        resolved_at=ticket.resolved_at,
        reply=reply,
        location_text=ticket.location_text,
        latitude=ticket.latitude,
        longitude=ticket.longitude,
        area=area_of(details),
        category=str(details["category"])[:64] if details.get("category") else None,
        names=ticket_names(ticket, contact),
        filed_through_api=str(details.get("channel", "")).startswith(API_CHANNEL_PREFIX),
    )


async def _cursor(session: AsyncSession) -> PublicationCursor:
    cursor = await session.get(PublicationCursor, CURSOR)
    if cursor is None:
        cursor = PublicationCursor(name=CURSOR)
        session.add(cursor)
    return cursor


async def _changed(
    session: AsyncSession, after: datetime | None, after_id: int, batch: int
) -> Sequence[Ticket]:
    query = select(Ticket)
    if after is not None:
        query = query.where(
            or_(
                col(Ticket.updated_at) > after,
                and_(col(Ticket.updated_at) == after, col(Ticket.id) > after_id),
            )
        )
    query = query.order_by(col(Ticket.updated_at), col(Ticket.id)).limit(batch)
    return (await session.execute(query)).scalars().all()


async def _aged(
    session: AsyncSession, after: datetime | None, cutoff: datetime, batch: int
) -> Sequence[Ticket]:
    query = select(Ticket).where(col(Ticket.created_at) <= cutoff)
    if after is not None:
        query = query.where(col(Ticket.created_at) > after)
    query = query.order_by(col(Ticket.created_at), col(Ticket.id)).limit(batch)
    return (await session.execute(query)).scalars().all()


async def latest_replies(session: AsyncSession, ticket_ids: Sequence[int]) -> dict[int, str]:
    """Each ticket's latest reply to its resident (the agency's public answer)."""
    if not ticket_ids:
        return {}
    rows = await session.execute(
        select(col(TicketEvent.ticket_id), col(TicketEvent.detail))
        .where(
            col(TicketEvent.ticket_id).in_(ticket_ids),
            col(TicketEvent.action).in_(REPLY_ACTIONS),
        )
        .order_by(col(TicketEvent.id))
    )
    return {ticket_id: detail for ticket_id, detail in rows.all() if detail}


async def _published(session: AsyncSession, ids: Sequence[int]) -> dict[int, PublishedReport]:
    if not ids:
        return {}
    rows = await session.execute(
        select(PublishedReport).where(col(PublishedReport.ticket_id).in_(ids))
    )
    return {r.ticket_id: r for r in rows.scalars().all()}


async def sync(
    session: AsyncSession, now: datetime, policy: PublicationPolicy, batch: int = BATCH
) -> SyncReport:
    """One pass (up to ``batch`` changed and ``batch`` aged tickets)."""
    cursor = await _cursor(session)
    changed = await _changed(session, cursor.changed_after, cursor.changed_after_id, batch)
    cutoff = age_cutoff(policy, now)
    aged = await _aged(session, cursor.created_after, cutoff, batch)
    tickets = {t.id or 0: t for t in [*changed, *aged]}
    report = await publish_tickets(session, list(tickets.values()), now, policy)
    if len(changed) == batch:
        last = changed[-1]
        cursor.changed_after = last.updated_at
        cursor.changed_after_id = last.id or 0
    else:  # caught up: look again at the last few minutes next time
        cursor.changed_after = now - OVERLAP
        cursor.changed_after_id = 0
    cursor.created_after = aged[-1].created_at if len(aged) == batch else cutoff
    return report


async def publish_tickets(
    session: AsyncSession, tickets: Sequence[Ticket], now: datetime, policy: PublicationPolicy
) -> SyncReport:
    """Bring the published rows of ``tickets`` in line with what the tickets say."""
    ids = [t.id or 0 for t in tickets]
    existing = await _published(session, ids)
    replies = await latest_replies(session, ids)
    contacts = await contacts_by_id(session, {t.contact_id for t in tickets})
    written = removed = 0
    for ticket in tickets:
        row = existing.get(ticket.id or 0)
        if row is not None and row.state != PublicationState.PUBLISHED.value:
            continue
        facts = facts_of(ticket, contacts.get(ticket.contact_id), replies.get(ticket.id or 0))
        if not publishable(facts, policy, now):
            if row is not None:
                await session.delete(row)
                removed += 1
            continue
        if row is not None and (row.source_updated_at, row.status) == (
            ticket.updated_at,
            ticket.status,
        ):
            continue  # already what the ticket says
        _write(session, ticket, row, facts, policy, now)
        written += 1
    return SyncReport(len(tickets), written, removed)


def _write(
    session: AsyncSession,
    ticket: Ticket,
    row: PublishedReport | None,
    facts: TicketFacts,
    policy: PublicationPolicy,
    now: datetime,
) -> None:
    public = public_report(facts, policy)
    kept = row is not None and row.edited_at is not None  # staff's edited text stays
    values = {name: getattr(public, name) for name in FOLLOWED + (() if kept else EDITABLE)}
    if row is None:
        session.add(
            PublishedReport(
                ticket_id=ticket.id or 0, code=public.code, requested_at=public.requested_at,
                published_at=now, source_updated_at=ticket.updated_at, **values,
            )
        )  # fmt: skip
        return
    for name, value in values.items():
        setattr(row, name, value)
    row.source_updated_at = ticket.updated_at
