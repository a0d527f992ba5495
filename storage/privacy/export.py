"""Everything held on one contact, as one JSON-ready dict (a resident's right to see
their data): the contact, their conversation state, their tickets with their audit
trails, decisions and objections, the updates they sent (raw, as received) and the
messages sent to them."""

from __future__ import annotations

import base64
import json
from datetime import datetime
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import SQLModel, col, select

from storage import documents
from storage.models import Contact, Conversation, InboxEntry, OutboxEntry, Ticket, TicketEvent
from storage.ppid.tables import PpidDecision, PpidObjection
from storage.privacy.anonymise import chat_key
from storage.whatsapp import WhatsAppChat, WhatsAppOwed


def _row(row: SQLModel) -> dict[str, Any]:
    return {
        key: value.isoformat() if isinstance(value, datetime) else value
        for key, value in row.model_dump().items()
    }


def _payload(text: str) -> object:
    try:
        return json.loads(text)
    except ValueError:
        return text


async def _tickets(session: AsyncSession, contact_id: int) -> list[dict[str, Any]]:
    tickets = (
        (
            await session.execute(
                select(Ticket).where(Ticket.contact_id == contact_id).order_by(col(Ticket.id))
            )
        )
        .scalars()
        .all()
    )
    found = []
    for ticket in tickets:
        events = await session.execute(
            select(TicketEvent)
            .where(TicketEvent.ticket_id == ticket.id)
            .order_by(col(TicketEvent.id))
        )
        decision = await session.execute(
            select(PpidDecision).where(PpidDecision.ticket_id == ticket.id)
        )
        found.append(
            {
                **_row(ticket),
                "events": [_row(e) for e in events.scalars()],
                "decision": next((_row(d) for d in decision.scalars()), None),
            }
        )
    return found


async def _letters(session: AsyncSession, ticket_ids: list[int]) -> list[dict[str, Any]]:
    """The PPID letters written for the resident, each with its bytes (base64)."""
    return [
        {
            "id": doc.id, "key": doc.key, "name": doc.name, "mime_type": doc.mime_type,
            "created_at": doc.created_at.isoformat(), "size": len(doc.data),
            "data_base64": base64.b64encode(doc.data).decode("ascii"),
        }
        for doc in await documents.letters_of(session, ticket_ids)
    ]  # fmt: skip


async def export(session: AsyncSession, contact: Contact) -> dict[str, Any]:
    """What aduan holds on ``contact``."""
    contact_id = contact.id or 0
    conversation = await session.get(Conversation, contact_id)
    objections = await session.execute(
        select(PpidObjection).where(PpidObjection.contact_id == contact_id)
    )
    inbox = await session.execute(
        select(InboxEntry)
        .where(InboxEntry.chat_key == chat_key(contact))
        .order_by(col(InboxEntry.id))
    )
    outbox = await session.execute(
        select(OutboxEntry)
        .where(OutboxEntry.channel == contact.channel, OutboxEntry.chat_id == contact.chat_id)
        .order_by(col(OutboxEntry.id))
    )
    whatsapp: dict[str, Any] = {}
    if contact.channel == "whatsapp":
        chat = await session.get(WhatsAppChat, contact.external_id)
        owed = await session.execute(
            select(WhatsAppOwed).where(WhatsAppOwed.wa_id == contact.external_id)
        )
        whatsapp = {
            "chat": _row(chat) if chat else None,
            "owed": [{**_row(o), "payload": _payload(o.payload)} for o in owed.scalars()],
        }
    tickets = await _tickets(session, contact_id)
    return {
        "contact": _row(contact),
        "conversation": _row(conversation) if conversation else None,
        "tickets": tickets,
        "documents": await _letters(session, [t["id"] for t in tickets]),
        "objections": [_row(o) for o in objections.scalars()],
        "received": [{**_row(i), "payload": _payload(i.payload)} for i in inbox.scalars()],
        "sent": [{**_row(o), "payload": _payload(o.payload)} for o in outbox.scalars()],
        "whatsapp": whatsapp or None,
    }
