"""Contacts and their conversation state."""

from __future__ import annotations

from collections.abc import Collection
from datetime import datetime
from typing import Any, NamedTuple

from sqlalchemy import bindparam, exists, literal_column, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import make_transient_to_detached
from sqlalchemy.orm.util import identity_key
from sqlmodel import col, select

from domain.messages import IncomingMessage
from domain.tickets import OPEN_STATUSES
from storage.dialect import upsert_insert
from storage.models import Contact, Conversation, Ticket


async def contact_for(
    session: AsyncSession, message: IncomingMessage, now: datetime
) -> tuple[Contact, bool]:
    """The sender's contact row, created on first sight; ``True`` when it is new.

    The name and username are refreshed from each message (people rename themselves).
    Most messages come from known contacts: one SELECT finds them. A new one is
    inserted with ``RETURNING`` (``ON CONFLICT DO NOTHING``: another process may insert
    the same contact at the same moment, and then it is read back).
    """
    contact, _conversation, is_new, _awaiting = await _contact(session, message, now)
    return contact, is_new


class Arrival(NamedTuple):
    """What the processor loads for a message's sender."""

    contact: Contact
    conversation: Conversation
    is_new: bool
    # whether one of the contact's open tickets waits for details from them (asked in
    # the same SELECT; ``True`` for a new contact would be wrong: it has no tickets)
    awaiting_details: bool


async def contact_and_conversation(
    session: AsyncSession, message: IncomingMessage, now: datetime
) -> Arrival:
    """:func:`contact_for` and :func:`conversation_for` in one: a known contact's
    conversation comes with it, in the same SELECT, and so does whether a ticket of
    theirs waits for details."""
    contact, conversation, is_new, awaiting = await _contact(session, message, now)
    if conversation is None:
        conversation = Conversation(contact_id=contact.id or 0, data={}, updated_at=now)
        session.add(conversation)
    return Arrival(contact, conversation, is_new, awaiting)


async def _contact(
    session: AsyncSession, message: IncomingMessage, now: datetime
) -> tuple[Contact, Conversation | None, bool, bool]:
    sender = message.sender
    channel = message.channel.value
    contact, conversation, awaiting = await _find(session, channel, sender.user_id)
    if contact is None:
        fresh = Contact(
            channel=channel,
            external_id=sender.user_id,
            chat_id=message.chat_id if message.is_private else sender.user_id,
            display_name=sender.display_name[:256],
            username=sender.username or None,
            phone=sender.phone,
            language=None,
            created_at=now,
            unreachable_at=None,
        )
        values = {name: getattr(fresh, name) for name in _INSERTED}
        fresh.id = (await session.execute(_insert_for(session), values)).scalar_one_or_none()
        if fresh.id is not None:
            return _attach(session, fresh), None, True, False
        contact, conversation, awaiting = await _find(session, channel, sender.user_id)
        if contact is None:  # pragma: no cover - the conflicting row is committed
            raise LookupError(f"contact {channel}:{sender.user_id} vanished")
    _refresh(contact, message)
    return contact, conversation, False, awaiting


def _refresh(contact: Contact, message: IncomingMessage) -> None:
    """Refresh what the message tells about its sender. Only what differs is set: an
    attribute set on an ORM row makes the row dirty, and a dirty row costs the next
    flush a pass over it even when nothing changed (most messages change nothing)."""
    sender = message.sender
    changes: dict[str, Any] = {
        "display_name": sender.display_name[:256] or contact.display_name,
        "username": sender.username or contact.username,
    }
    if sender.phone:
        changes["phone"] = sender.phone
    if message.is_private:
        changes["chat_id"] = message.chat_id
        changes["unreachable_at"] = None
    for name, value in changes.items():
        if getattr(contact, name) != value:
            setattr(contact, name, value)


# Built once: building and hashing a statement costs more than running it on SQLite.
# The contact with its conversation (the processor needs both), and whether one of its
# open tickets waits for details (handlers.resident.followup asks on every free text).
_AWAITING = (
    exists()
    .where(
        col(Ticket.contact_id) == col(Contact.id),
        col(Ticket.awaiting_details_at).is_not(None),
        # the statuses written into the SQL (constants): a list of values would be an
        # "expanding" parameter, whose SQL is rewritten on every execution
        col(Ticket.status).in_([literal_column(f"'{status.value}'") for status in OPEN_STATUSES]),
    )
    .label("awaiting_details")
)
_FIND = (
    select(Contact, Conversation, _AWAITING)
    .join(Conversation, Conversation.contact_id == Contact.id, isouter=True)  # type: ignore[arg-type]
    .where(
        Contact.channel == bindparam("f_channel"), Contact.external_id == bindparam("f_external")
    )
)
_INSERTS: dict[str, Any] = {}
_CONTACT = Contact.__table__  # type: ignore[attr-defined]
_INSERTED = (
    "channel", "external_id", "chat_id", "display_name", "username", "phone", "created_at",
)  # fmt: skip


async def _find(
    session: AsyncSession, channel: str, external_id: str
) -> tuple[Contact | None, Conversation | None, bool]:
    result = await session.execute(_FIND, {"f_channel": channel, "f_external": external_id})
    row = result.one_or_none()
    return (None, None, False) if row is None else (row[0], row[1], bool(row[2]))


def _attach(session: AsyncSession, contact: Contact) -> Contact:
    """Put a row just inserted by a Core statement in the session, as if loaded (the
    ORM's own INSERT .. RETURNING of an entity costs about a millisecond more)."""
    make_transient_to_detached(contact)
    # A contact inserted in a savepoint that was rolled back is still in the session,
    # and SQLite gives its id to the next new row.
    stale = session.identity_map.get(identity_key(Contact, contact.id))
    if stale is not None:
        session.expunge(stale)
    session.add(contact)
    return contact


def _insert_for(session: AsyncSession) -> Any:
    """``INSERT .. ON CONFLICT DO NOTHING RETURNING id``, per dialect."""
    dialect = session.get_bind().dialect.name
    statement = _INSERTS.get(dialect)
    if statement is None:
        statement = (
            upsert_insert(session, _CONTACT)
            .values({name: bindparam(name) for name in _INSERTED})
            .on_conflict_do_nothing(index_elements=["channel", "external_id"])
            .returning(_CONTACT.c.id)
        )
        _INSERTS[dialect] = statement
    return statement


async def conversation_for(
    session: AsyncSession, contact: Contact, now: datetime, new_contact: bool = False
) -> Conversation:
    """The contact's conversation state; a new contact has none yet (no query then)."""
    conversation = None if new_contact else await session.get(Conversation, contact.id)
    if conversation is None:
        conversation = Conversation(contact_id=contact.id or 0, data={}, updated_at=now)
        session.add(conversation)
    return conversation


async def contacts_by_id(session: AsyncSession, ids: Collection[int]) -> dict[int, Contact]:
    """The contacts with these ids, by id."""
    if not ids:
        return {}
    rows = await session.execute(select(Contact).where(col(Contact.id).in_(list(ids))))
    return {contact.id: contact for contact in rows.scalars() if contact.id is not None}


async def mark_unreachable(
    session: AsyncSession, channel: str, chat_id: str, now: datetime
) -> None:
    """The platform refuses to send to this chat (blocked, removed): note since when."""
    await session.execute(
        update(Contact)
        .where(col(Contact.channel) == channel, col(Contact.chat_id) == chat_id)
        .values(unreachable_at=now)
    )
