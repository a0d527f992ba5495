"""Turning a finished draft into a ticket: number it, store it, put its card in the
agency's staff group and tell the resident what happens next, in one transaction."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Any

from domain.figures.categories import category_for
from domain.messages import FileRef, Location
from domain.tickets import Privacy, TicketKind, TicketStatus, code_prefix
from handlers.cards import local_time
from handlers.context import Turn
from handlers.staff.card import send_card
from storage import sla, tickets
from storage.models import Ticket

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class TicketDraft:
    kind: TicketKind
    agency_code: str
    description: str
    privacy: Privacy = Privacy.PUBLIC
    agency_known: bool = True
    location_text: str | None = None
    location: Location | None = None
    photos: tuple[FileRef, ...] = ()
    details: dict[str, Any] = field(default_factory=dict)
    category: str | None = None  # the resident's choice, else the keyword its text names


async def file_ticket(turn: Turn, draft: TicketDraft, source: str) -> Ticket:
    """Number and store the ticket, start its deadlines and put its card in the
    agency's staff chat. ``source`` names where it came from (a channel, or
    ``open311:<client>``)."""
    services = turn.services
    agency = services.agencies.get(draft.agency_code) or services.agencies.default
    place = services.agencies.place_for(agency, info_request=draft.kind is TicketKind.INFO_REQUEST)
    chat_id = place.chat_id
    prefix = code_prefix(draft.kind, turn.now, services.zone)
    code = await tickets.next_code(turn.session, prefix)
    ticket = Ticket(
        code=code,
        kind=draft.kind.value,
        status=TicketStatus.OPEN.value,
        agency_code=agency.code,
        contact_id=turn.contact.id or 0,
        description=draft.description,
        privacy=draft.privacy.value,
        location_text=draft.location_text,
        latitude=draft.location.latitude if draft.location else None,
        longitude=draft.location.longitude if draft.location else None,
        photos=[photo.to_json() for photo in draft.photos],
        details={
            **draft.details,
            "agency_known": draft.agency_known,
            "channel": source,
        },
        language=turn.language,
        staff_chat_id=chat_id,
        channel=turn.message.channel.value,
        category=(draft.category or "")[:64]
        or category_for(draft.description, services.agencies, agency.code),
        created_at=turn.now,
        updated_at=turn.now,
    )
    sla.reschedule(turn.session, ticket, turn.now, services.sla)  # deadline and reminders
    await tickets.add_ticket(turn.session, ticket, f"resident:{turn.contact.id}", turn.now)

    if chat_id:
        # a WhatsApp resident's photo is kept; the staff sender uploads it from there
        send_card(turn, ticket, agency, turn.contact, place, draft.photos)
    else:
        log.error("ticket %s: agency %s has no staff chat configured", code, agency.code)
    return ticket


async def submit_ticket(turn: Turn, draft: TicketDraft) -> Ticket:
    """File the resident's ticket and tell them its code and when to expect an answer."""
    ticket = await file_ticket(turn, draft, turn.message.channel.value)
    services = turn.services
    agency = services.agencies.get(ticket.agency_code) or services.agencies.default
    code = ticket.code

    key = "ticket-created-info" if draft.kind is TicketKind.INFO_REQUEST else "ticket-created"
    text = turn.t(key, code=code, agency=agency)
    if ticket.sla_due_at is not None:
        due = local_time(ticket.sla_due_at, services.zone)
        text += "\n" + turn.t("sla-expected-response", due=due)
    # sent with the ticket id, so that replying to it adds information to the ticket
    turn.send(
        turn.message.channel,
        turn.message.chat_id,
        text,
        thread_id=turn.message.thread_id,
        ticket_id=ticket.id,
    )
    turn.reset()
    return ticket
