"""Contacts and their conversation state."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import select

from bot.messages import IncomingMessage
from storage.dialect import upsert_insert
from storage.models import Contact, Conversation


async def contact_for(
    session: AsyncSession, message: IncomingMessage, now: datetime
) -> tuple[Contact, bool]:
    """The sender's contact row, created on first sight; ``True`` when it is new.

    The name and username are refreshed from each message (people rename themselves).
    """
    statement = (
        upsert_insert(session, Contact)
        .values(
            channel=message.channel.value,
            external_id=message.sender.user_id,
            chat_id=message.chat_id if message.is_private else message.sender.user_id,
            display_name=message.sender.display_name[:256],
            username=(message.sender.username or None),
            phone=message.sender.phone,
            created_at=now,
        )
        .on_conflict_do_nothing(index_elements=["channel", "external_id"])
    )
    result: Any = await session.execute(statement)
    inserted = result.rowcount == 1
    contact = (
        await session.execute(
            select(Contact).where(
                Contact.channel == message.channel.value,
                Contact.external_id == message.sender.user_id,
            )
        )
    ).scalar_one()
    if not inserted:
        contact.display_name = message.sender.display_name[:256] or contact.display_name
        contact.username = message.sender.username or contact.username
        if message.sender.phone:
            contact.phone = message.sender.phone
        if message.is_private:
            contact.chat_id = message.chat_id
            contact.unreachable_at = None
    return contact, inserted


async def conversation_for(session: AsyncSession, contact: Contact, now: datetime) -> Conversation:
    conversation = await session.get(Conversation, contact.id)
    if conversation is None:
        conversation = Conversation(contact_id=contact.id or 0, data={}, updated_at=now)
        session.add(conversation)
    return conversation
