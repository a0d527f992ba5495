"""Messages about a ticket: to its resident (on whatever channel they use) and to
its staff chat (in its forum topic, or as a reply to its card in a plain group).

Every one is sent with ``ticket_id``, so delivery maps its platform id to the ticket
and a reply to it — by staff or by the resident — finds the ticket again.
"""

from __future__ import annotations

import html
import re

from domain.i18n import Translator
from domain.messages import Channel, FileRef, OutgoingMessage, chat_channel
from handlers.cards import resident_language, worded
from handlers.context import Buttons, Turn
from storage import outbox, staff
from storage.models import Contact, Ticket

RESIDENT_PURPOSE = "ticket_notice"
STAFF_PURPOSE = "staff_notice"


def enqueue(
    turn: Turn, message: OutgoingMessage, purpose: str, ticket_id: int | None = None
) -> None:
    turn.sent.append(message)
    outbox.enqueue(turn.session, message, turn.now, purpose=purpose, ticket_id=ticket_id)


def resident_translator(ticket: Ticket, contact: Contact | None) -> Translator:
    return Translator(resident_language(ticket, contact))


async def to_resident(
    turn: Turn,
    ticket: Ticket,
    key: str,
    buttons: Buttons = (),
    photos: tuple[FileRef, ...] = (),
    documents: tuple[FileRef, ...] = (),
    **params: object,
) -> None:
    """Tell the ticket's resident, in their language, on their channel (an information
    request's requester in its own words, see :func:`handlers.cards.worded`)."""
    contact = await staff.contact_of(turn.session, ticket)
    channel = chat_channel(contact.channel) if contact is not None else None
    if contact is None or channel is None:  # no chat: an Open311 requester reads the API
        return
    t = resident_translator(ticket, contact)  # WhatsApp's sender fetches Telegram's files
    enqueue(
        turn,
        OutgoingMessage(
            channel=channel,
            chat_id=contact.chat_id,
            text=t(worded(t, ticket, key), code=ticket.code, **params),
            buttons=buttons,
            photos=photos,
            documents=documents,
            language=resident_language(ticket, contact),
        ),
        RESIDENT_PURPOSE,
        ticket.id,
    )


def staff_channel(turn: Turn) -> Channel:
    return turn.staff_channel()


def to_staff(
    turn: Turn,
    ticket: Ticket,
    text: str,
    buttons: Buttons = (),
    photos: tuple[FileRef, ...] = (),
    documents: tuple[FileRef, ...] = (),
    in_reply: bool = True,
) -> None:
    """Write in the ticket's staff chat: in its topic, or replying to its card."""
    if not ticket.staff_chat_id:
        return
    reply_to = None
    if in_reply and not ticket.staff_thread_id:
        reply_to = ticket.card_message_id
    enqueue(
        turn,
        OutgoingMessage(
            channel=staff_channel(turn),
            chat_id=ticket.staff_chat_id,
            text=text,
            buttons=buttons,
            photos=photos,
            documents=documents,
            reply_to_message_id=reply_to,
            thread_id=ticket.staff_thread_id,
        ),
        STAFF_PURPOSE,
        ticket.id,
    )


def here(turn: Turn, text: str, ticket: Ticket | None = None, buttons: Buttons = ()) -> None:
    """Answer in the chat (and topic) the staff message came from."""
    message = turn.message
    enqueue(
        turn,
        OutgoingMessage(
            channel=message.channel,
            chat_id=message.chat_id,
            text=text,
            buttons=buttons,
            thread_id=message.thread_id,
            reply_to_message_id=message.message_id if message.callback_data is None else None,
        ),
        STAFF_PURPOSE,
        ticket.id if ticket is not None else None,
    )


def refuse(turn: Turn, text: str) -> None:
    """Refuse what the admin did. A button press is answered with a popup only the
    presser sees (a busy staff group is not told about every stale or forged press);
    a message, or a press where no popup exists, is answered in the chat as before."""
    if turn.can_answer_press:
        turn.callback_answer = plain(text)
    else:
        here(turn, text)


def plain(text: str) -> str:
    """A popup shows plain text: catalog HTML is dropped and its entities unescaped."""
    return html.unescape(re.sub(r"<[^>]+>", "", text))
