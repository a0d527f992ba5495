"""A file sent in a dialog about a ticket that already exists (more information for
an open ticket, the rating or reopening of a resolved one, an objection to an
information request): kept with the ticket's attachments, forwarded to its staff chat
(a photo as a photo, a document as a document), noted in its history, and the
resident told so. The same rule as :mod:`handlers.resident.attachments` applies to a
draft: nothing a resident sends is dropped silently."""

from __future__ import annotations

from domain.messages import Attachment, FileRef
from handlers.cards import worded
from handlers.context import Turn
from handlers.resident.attachments import incoming_file
from handlers.staff import lifecycle, notify
from storage.models import Ticket

MAX_TICKET_FILES = 10  # kept on the ticket; more are still forwarded to staff


def split(file: FileRef | None) -> tuple[tuple[FileRef, ...], tuple[FileRef, ...]]:
    """(photos, documents) to send on for ``file``."""
    if file is None:
        return (), ()
    if file.kind is Attachment.DOCUMENT:
        return (), (file,)
    return (file,), ()


def attach(ticket: Ticket, file: FileRef) -> None:
    """Add ``file`` to the ticket's stored attachments (once; up to a cap)."""
    stored = [dict(p) for p in ticket.photos or [] if isinstance(p, dict)]
    if len(stored) >= MAX_TICKET_FILES or any(p.get("id") == file.id for p in stored):
        return
    ticket.photos = [*stored, file.to_json()]  # a new list: the JSON column sees the change


def detail(file: FileRef) -> str:
    return f"[{file.kind.value}] {file.name or ''}".strip()


async def keep_with_ticket(turn: Turn, ticket: Ticket) -> bool:
    """Keep the message's file with ``ticket`` and forward it to staff (any caption
    is left to the step). Returns whether the message carried a file."""
    file = incoming_file(turn.message)
    if file is None:
        return False
    attach(ticket, file)
    photos, documents = split(file)
    text = turn.staff_t(worded(turn.staff_t, ticket, "staff-followup-attachment"), code=ticket.code)
    notify.to_staff(turn, ticket, text, photos=photos, documents=documents)
    actor = f"resident:{turn.contact.id}"
    await lifecycle.note_event(turn, ticket, actor, "attachment", detail(file))
    noun = turn.t(f"attachment-noun-{file.kind.value}")
    kept = worded(turn.t, ticket, "attachment-kept-ticket")
    turn.reply(turn.t(kept, what=noun, code=ticket.code))
    return True
