"""The contact behind a report filed through the Open311 API: one per client and
requester (their account id, e-mail, phone or device, hashed into the contact's id),
on the ``open311`` channel, which no chat reaches."""

from __future__ import annotations

import hashlib
from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import select

from storage.models import Contact

CHANNEL = "open311"


def requester_id(client: str, identity: str) -> str:
    digest = hashlib.sha256(f"{client}\x00{identity}".encode()).hexdigest()[:32]
    return f"{client[:24]}:{digest}"


async def requester_contact(
    session: AsyncSession,
    client: str,
    identity: str,
    name: str,
    phone: str | None,
    now: datetime,
) -> Contact:
    """Find or make the requester's contact; their name and phone are refreshed."""
    external_id = requester_id(client, identity)
    found = await session.execute(
        select(Contact).where(Contact.channel == CHANNEL, Contact.external_id == external_id)
    )
    contact = found.scalar_one_or_none()
    if contact is None:
        contact = Contact(
            channel=CHANNEL, external_id=external_id, chat_id="", language="id", created_at=now
        )
        session.add(contact)
    contact.display_name = name[:256]
    contact.phone = phone[:32] if phone else None
    await session.flush()
    return contact
