"""A resident adds information to an open ticket: by replying to a bot message about
it, by choosing it ("Add information" under ``/status CODE``), or because the agency
asked for details (the next message goes to that ticket). It is forwarded to the
ticket's staff chat or topic; staff never see who sent it on an anonymous ticket
(the forwarded text carries no name)."""

from __future__ import annotations

from domain.tickets import TicketStatus
from handlers.cards import worded
from handlers.context import Turn
from handlers.resident.attachments import incoming_file
from handlers.resident.ticket_files import attach, detail, keep_with_ticket, split
from handlers.staff import card, lifecycle, notify
from storage import staff, tickets
from storage.models import Ticket

FLOW = "followup"
FOLLOWUP_LIMIT = 3500


def _own_open(turn: Turn, ticket: Ticket | None) -> bool:
    return (
        ticket is not None
        and ticket.contact_id == turn.contact.id
        and TicketStatus(ticket.status).is_open
    )


async def start(turn: Turn, raw_id: str) -> None:
    ticket = await staff.ticket_by_id(turn.session, int(raw_id)) if raw_id.isdigit() else None
    if ticket is None or ticket.contact_id != turn.contact.id:
        turn.reply(turn.t("button-expired"))
        return
    if not TicketStatus(ticket.status).is_open:
        turn.reply(turn.t(worded(turn.t, ticket, "resident-followup-closed"), code=ticket.code))
        return
    turn.go(FLOW, "text", ticket_id=ticket.id)
    turn.reply(turn.t(worded(turn.t, ticket, "resident-followup-ask"), code=ticket.code))


async def on_message(turn: Turn) -> None:
    ticket = await staff.ticket_by_id(turn.session, int(turn.data.get("ticket_id") or 0))
    if ticket is None:
        turn.reset()
        turn.reply(turn.t("resident-followup-closed", code="-"))
        return
    if not (turn.message.text or "").strip() and incoming_file(turn.message) is None:
        turn.reply(turn.t(worded(turn.t, ticket, "resident-followup-ask"), code=ticket.code))
        return
    turn.reset()
    if not _own_open(turn, ticket):
        turn.reply(turn.t(worded(turn.t, ticket, "resident-followup-closed"), code=ticket.code))
        return
    await forward(turn, ticket)


async def maybe_followup(turn: Turn) -> bool:
    """Outside any flow: is this message more information for one of the resident's
    open tickets? If so, forward it and return ``True``."""
    message = turn.message
    if message.attachment is not None and incoming_file(message) is None:
        return False  # a sticker or a voice note is not information for staff
    if not (message.text or "").strip() and incoming_file(message) is None:
        return False
    ticket: Ticket | None = None
    if message.reply_to_message_id:
        ticket = await tickets.by_message(
            turn.session, message.channel.value, message.chat_id, message.reply_to_message_id
        )
        if ticket is not None and not _own_open(turn, ticket):
            if ticket.contact_id == turn.contact.id:
                key = worded(turn.t, ticket, "resident-followup-closed")
                turn.reply(turn.t(key, code=ticket.code))
                await keep_with_ticket(turn, ticket)  # a file is still kept, never dropped
                return True
            ticket = None
    # a new contact has no tickets yet; the processor tells whether one waits
    if ticket is None and not turn.is_new_contact and turn.awaiting_details is not False:
        ticket = await staff.awaiting_details(turn.session, turn.contact.id or 0)
    if ticket is None:
        return False
    await forward(turn, ticket)
    return True


async def forward(turn: Turn, ticket: Ticket) -> None:
    message = turn.message
    text = (message.text or "").strip()[:FOLLOWUP_LIMIT]
    # any channel's file: the staff sender reads another channel's through its source
    file = incoming_file(message)
    photos, documents = split(file)
    t = turn.staff_t
    staff_text = (
        t("staff-followup", code=ticket.code, text=text)
        if text
        else t(worded(t, ticket, "staff-followup-attachment"), code=ticket.code)
    )
    notify.to_staff(turn, ticket, staff_text, photos=photos, documents=documents)
    if file is not None:
        attach(ticket, file)  # kept with the ticket, as a file in the draft is
    ticket.awaiting_details_at = None
    actor = f"resident:{turn.contact.id}"
    noted = text[:1000] or (detail(file) if file is not None else "")
    if ticket.status == TicketStatus.ANSWERED:
        back = TicketStatus.IN_PROGRESS if ticket.assignee_id else TicketStatus.OPEN
        await lifecycle.move(turn, ticket, back, actor, "followup", noted)
        await card.refresh_card(turn, ticket)
    else:
        await lifecycle.note_event(turn, ticket, actor, "followup", noted)
    agency = turn.services.agencies.get(ticket.agency_code)
    turn.reply(
        turn.t(
            worded(turn.t, ticket, "resident-followup-sent"),
            code=ticket.code,
            agency=agency or ticket.agency_code,
        )
    )
