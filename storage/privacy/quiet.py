"""Residents who never filed a ticket (they asked the knowledge base, or left a report
half-way): the retention policy anonymises them once nothing has been heard from or
sent to them for ``contact_days``.

"Last heard" is the latest of: the contact's first message (``created_at``), their
conversation's last change, a raw update still kept from their chat, and a message
sent to their chat (the bot answers every message, so its replies date the resident's
last question even after the raw updates are gone).

Staff write to the bot from their groups and so are contacts too; they are never
anonymised here. A staff member is whoever the audit trail shows acting on a ticket
(``staff:``, ``supervisor:``, ``superior:`` actors), whoever a ticket is assigned to,
and whoever the caller names (the agencies' ``admins`` allowlists).
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import datetime

from sqlalchemy import exists
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col, or_, select
from sqlmodel.sql.expression import SelectOfScalar

from storage.models import Contact, Conversation, InboxEntry, OutboxEntry, Ticket, TicketEvent
from storage.privacy.anonymise import anonymise

STAFF_ACTORS = ("staff:", "supervisor:", "superior:")


async def staff_ids(session: AsyncSession) -> set[str]:
    """The platform user ids of everyone the tickets show acting as staff."""
    assigned = await session.execute(
        select(Ticket.assignee_id).where(col(Ticket.assignee_id).is_not(None)).distinct()
    )
    found = {str(user) for (user,) in assigned}
    actors = await session.execute(
        select(TicketEvent.actor)
        .where(or_(*(col(TicketEvent.actor).startswith(prefix) for prefix in STAFF_ACTORS)))
        .distinct()
    )
    for (actor,) in actors:
        user = actor.partition(":")[2].split(" ", 1)[0]
        if user:
            found.add(user)
    return found


def _quiet(before: datetime, staff: Collection[str]) -> SelectOfScalar[Contact]:
    chat_key = col(Contact.channel) + ":" + col(Contact.chat_id)
    return select(Contact).where(
        ~col(Contact.external_id).startswith("erased:"),
        ~col(Contact.external_id).in_(list(staff)),
        col(Contact.created_at) < before,
        ~exists().where(col(Ticket.contact_id) == col(Contact.id)),
        ~exists().where(
            col(Conversation.contact_id) == col(Contact.id), col(Conversation.updated_at) >= before
        ),
        ~exists().where(
            col(OutboxEntry.channel) == col(Contact.channel),
            col(OutboxEntry.chat_id) == col(Contact.chat_id),
            col(OutboxEntry.created_at) >= before,
        ),
        # not correlated: the chats heard from lately, read once (inbox.chat_key has no index)
        ~chat_key.in_(
            select(InboxEntry.chat_key).where(col(InboxEntry.received_at) >= before).distinct()
        ),
    )


async def quiet_residents(
    session: AsyncSession, before: datetime, staff: Collection[str], limit: int
) -> int:
    """Anonymise up to ``limit`` residents with no tickets last heard before ``before``."""
    statement = _quiet(before, staff).limit(limit)
    contacts = (await session.execute(statement)).scalars().all()
    for contact in contacts:
        await anonymise(session, contact)
    return len(contacts)
