"""Anonymising one contact: their personal data goes, their tickets' figures stay.

Used for a resident's request (``aduan privacy erase``) and by the retention policy.
The contact row stays (tickets point to it) with no name, username, phone or platform
id: a message from the same person later makes a new contact. Tickets keep their code,
agency, kind, status, privacy, dates, category, area (desa/kecamatan) and working-time
figures; their words, address, pin, photos and requester details go, and so do the
details of their audit events (reasons and notes may quote the resident). Their
published copy leaves the public page for good (``withdrawn``), and the PPID letters
written for them (they name the requester) are deleted.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col, or_, select

from storage import documents
from storage.models import (
    Contact,
    Conversation,
    InboxEntry,
    OutboxEntry,
    PublishedReport,
    Ticket,
    TicketEvent,
)
from storage.ppid.tables import PpidObjection
from storage.whatsapp import WhatsAppChat, WhatsAppMedia, WhatsAppOwed

ERASED = "[dihapus]"
# what a ticket's details may keep: how it was routed and counted, no one's words
KEPT_DETAILS = frozenset({"agency_known", "channel", "category", "desa", "kecamatan"})


@dataclass(frozen=True)
class Erased:
    contact_id: int
    tickets: int
    inbox: int
    outbox: int
    photos: int
    letters: int = 0

    def summary(self) -> str:
        return (
            f"contact {self.contact_id}: {self.tickets} tickets anonymised, {self.inbox} "
            f"received updates and {self.outbox} messages deleted, {self.photos} photos "
            f"deleted, {self.letters} letters deleted"
        )


def media_ids(photos: Sequence[Any]) -> list[str]:
    """The WhatsApp media ids among a ticket's stored photo references."""
    found = []
    for photo in photos:
        if isinstance(photo, dict) and photo.get("channel") == "whatsapp" and photo.get("id"):
            found.append(str(photo["id"]))
    return found


def chat_key(contact: Contact) -> str:
    return f"{contact.channel}:{contact.chat_id}"


async def forget_photos(session: AsyncSession, ids: Sequence[str]) -> int:
    if not ids:
        return 0
    result = await session.execute(
        delete(WhatsAppMedia).where(col(WhatsAppMedia.media_id).in_(list(ids)))
    )
    return int(result.rowcount or 0)  # type: ignore[attr-defined]


async def _tickets(session: AsyncSession, contact_id: int) -> tuple[list[int], int]:
    """Anonymise the contact's tickets; their ids and how many photos were deleted."""
    rows = (await session.execute(select(Ticket).where(Ticket.contact_id == contact_id))).scalars()
    ids, media = [], []
    for ticket in rows:
        ids.append(ticket.id or 0)
        media.extend(media_ids(ticket.photos))
        ticket.description = ERASED
        ticket.location_text = None
        ticket.latitude = ticket.longitude = None
        ticket.photos = []
        ticket.details = {k: v for k, v in ticket.details.items() if k in KEPT_DETAILS}
        ticket.rating_comment = None
    if ids:
        await session.execute(
            update(TicketEvent).where(col(TicketEvent.ticket_id).in_(ids)).values(detail=None)
        )
        await session.execute(
            update(PublishedReport)
            .where(col(PublishedReport.ticket_id).in_(ids))
            .values(state="withdrawn", description=ERASED, reply=None, address=None,
                    area=None, latitude=None, longitude=None)
        )  # fmt: skip
    return ids, await forget_photos(session, media)


async def anonymise(session: AsyncSession, contact: Contact) -> Erased:
    """Remove ``contact``'s personal data (see the module docstring), in this transaction."""
    contact_id = contact.id or 0
    ticket_ids, photos = await _tickets(session, contact_id)
    letters = await documents.forget_letters(session, ticket_ids)
    await session.execute(
        update(PpidObjection)
        .where(col(PpidObjection.contact_id) == contact_id)
        .values(explanation=ERASED, requester_response="")
    )
    inbox = await session.execute(
        delete(InboxEntry).where(
            col(InboxEntry.chat_key) == chat_key(contact), col(InboxEntry.status) != "pending"
        )
    )
    to_them = (col(OutboxEntry.channel) == contact.channel) & (
        col(OutboxEntry.chat_id) == contact.chat_id
    )
    about_them = col(OutboxEntry.ticket_id).in_(ticket_ids) & (col(OutboxEntry.status) == "sent")
    outbox = await session.execute(delete(OutboxEntry).where(or_(to_them, about_them)))
    if contact.channel == "whatsapp":
        await session.execute(
            delete(WhatsAppOwed).where(col(WhatsAppOwed.wa_id) == contact.external_id)
        )
        await session.execute(
            delete(WhatsAppChat).where(col(WhatsAppChat.wa_id) == contact.external_id)
        )
    await session.execute(delete(Conversation).where(col(Conversation.contact_id) == contact_id))
    contact.display_name = ""
    contact.username = contact.phone = None
    contact.external_id = f"erased:{contact_id}"
    contact.chat_id = ""
    await session.flush()
    return Erased(
        contact_id,
        len(ticket_ids),
        int(inbox.rowcount or 0),  # type: ignore[attr-defined]
        int(outbox.rowcount or 0),  # type: ignore[attr-defined]
        photos,
        letters,
    )


def is_erased(contact: Contact) -> bool:
    return contact.external_id.startswith("erased:")
