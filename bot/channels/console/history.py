"""What a restarted demo must remember from the database: the highest message number
it handed out (numbers must not repeat: staff reply to "pesan N", and the ticket's
messages are keyed by them) and each chat's last buttons and the number of the message
they are under (``#N`` right after a restart presses that message's button).
The console's messages are the outbox's sent rows of the console channel."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlmodel import col, select

from domain.messages import Button, Channel, OutgoingMessage
from storage.models import OutboxEntry, TicketMessage


@dataclass
class ConsoleHistory:
    last_number: int = 0
    last_buttons: dict[str, list[Button]] = field(default_factory=dict)
    buttons_message: dict[str, str] = field(default_factory=dict)


def _number(message_id: object) -> int:
    text = str(message_id)
    return int(text) if text.isdigit() else 0


async def console_history(sessions: async_sessionmaker[AsyncSession]) -> ConsoleHistory:
    history = ConsoleHistory()
    console = Channel.CONSOLE.value
    async with sessions() as session:
        rows = await session.execute(
            select(OutboxEntry.chat_id, OutboxEntry.payload, OutboxEntry.message_ids)
            .where(OutboxEntry.channel == console, OutboxEntry.status == "sent")
            .order_by(col(OutboxEntry.id))
        )
        for chat_id, payload, message_ids in rows:
            numbers = [_number(m) for m in message_ids or ()]
            history.last_number = max([history.last_number, *numbers])
            try:
                buttons = [b for row in OutgoingMessage.from_json(payload).buttons for b in row]
            except (ValueError, KeyError, TypeError):
                continue
            if buttons:
                history.last_buttons[chat_id] = buttons
                if message_ids:
                    history.buttons_message[chat_id] = str(message_ids[-1])
        recorded = await session.execute(
            select(TicketMessage.message_id).where(TicketMessage.channel == console)
        )
        history.last_number = max([history.last_number, *map(_number, recorded.scalars())])
    return history
