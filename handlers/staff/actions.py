"""What an admin does to a ticket: take, resolve, reassign, reject, ask for details,
reply (relayed to the resident) and note (kept internal). Each is authorised by the
caller (:mod:`handlers.staff.place`), checked against the allowed transitions,
recorded as an audit event, told to the resident where it concerns them, and shown on
the card."""

from __future__ import annotations

from domain.agencies import Agency
from domain.callbacks import pack
from domain.messages import Button, FileRef
from domain.tickets import TicketStatus
from handlers.cards import ticket_photos, worded
from handlers.context import Turn
from handlers.staff import card, lifecycle, notify
from handlers.staff.place import actor
from storage import staff
from storage.models import Ticket

DETAIL_LIMIT = 1000
REPLY_LIMIT = 3500


def _agency_name(turn: Turn, ticket: Ticket) -> Agency | str:
    """The ticket's agency, named in the language of the message it is placed into."""
    return turn.services.agencies.get(ticket.agency_code) or ticket.agency_code


def _refuse_status(turn: Turn, ticket: Ticket) -> None:
    t = turn.staff_t
    notify.refuse(
        turn, t("staff-bad-transition", code=ticket.code, status=t(f"status-{ticket.status}"))
    )


def _held_by_another(ticket: Ticket, user_id: str) -> bool:
    """An open ticket a colleague has taken (the card offers no "Ambil" then)."""
    held = bool(ticket.assignee) and ticket.assignee_id != user_id
    return held and TicketStatus(ticket.status).is_open


async def take(turn: Turn, ticket: Ticket) -> None:
    sender = turn.message.sender
    if ticket.assignee_id == sender.user_id and ticket.status == TicketStatus.IN_PROGRESS:
        notify.here(turn, turn.staff_t("staff-already-yours", code=ticket.code), ticket)
        return
    if _held_by_another(ticket, sender.user_id):  # pressed on a card that still offers it
        t = turn.staff_t
        notify.refuse(turn, t("staff-already-taken", code=ticket.code, name=ticket.assignee))
        pressed = turn.message.message_id  # the copy pressed (else the card itself)
        await card.refresh_card(
            turn, ticket, at=(turn.message.chat_id, pressed) if pressed else None
        )
        return
    if not lifecycle.can_move(ticket, TicketStatus.IN_PROGRESS):
        _refuse_status(turn, ticket)
        return
    ticket.assignee = (sender.display_name or sender.user_id)[:128]
    ticket.assignee_id = sender.user_id
    await lifecycle.move(turn, ticket, TicketStatus.IN_PROGRESS, actor(turn), "taken", None)
    await notify.to_resident(turn, ticket, "resident-taken", agency=_agency_name(turn, ticket))
    await card.refresh_card(turn, ticket)


async def resolve(turn: Turn, ticket: Ticket) -> None:
    if card.is_info(ticket):
        await _close_request(turn, ticket)
        return
    if not lifecycle.can_move(ticket, TicketStatus.RESOLVED):
        _refuse_status(turn, ticket)
        return
    await lifecycle.move(turn, ticket, TicketStatus.RESOLVED, actor(turn), "resolved", None)
    contact = await staff.contact_of(turn.session, ticket)
    t = notify.resident_translator(ticket, contact)
    tid = ticket.id or 0
    buttons = (
        (
            Button(t("resident-solved-yes"), pack("rt", "y", tid)),
            Button(t("resident-solved-no"), pack("rt", "n", tid)),
        ),
    )
    await notify.to_resident(
        turn, ticket, "resident-resolved", buttons, agency=_agency_name(turn, ticket)
    )
    await card.refresh_card(turn, ticket)
    notify.here(turn, turn.staff_t("staff-resolved", code=ticket.code), ticket)


async def _close_request(turn: Turn, ticket: Ticket) -> None:
    """An information request ends without "is your problem solved?" and without a
    satisfaction rating: the requester is told it is answered and how to object."""
    if not lifecycle.can_move(ticket, TicketStatus.CLOSED):
        _refuse_status(turn, ticket)
        return
    await lifecycle.move(turn, ticket, TicketStatus.CLOSED, actor(turn), "resolved", None)
    await notify.to_resident(turn, ticket, "resident-resolved", agency=_agency_name(turn, ticket))
    await card.refresh_card(turn, ticket)
    notify.here(turn, turn.staff_t("staff-resolved-info", code=ticket.code), ticket)


def reassign_menu(turn: Turn, ticket: Ticket) -> None:
    others = [a for a in turn.services.agencies.agencies if a.code != ticket.agency_code]
    buttons = [Button(a.short_name, pack("sf", "rt", ticket.id or 0, a.code)) for a in others]
    rows = tuple(tuple(buttons[i : i + 2]) for i in range(0, len(buttons), 2))
    notify.here(turn, turn.staff_t("staff-reassign-choose", code=ticket.code), ticket, rows)


async def reassign(turn: Turn, ticket: Ticket, code: str) -> None:
    directory = turn.services.agencies
    target = directory.get(code)
    if target is None or target.code == ticket.agency_code:
        notify.refuse(turn, turn.staff_t("staff-button-expired"))
        return
    if not TicketStatus(ticket.status).is_open:
        _refuse_status(turn, ticket)
        return
    old_name = _agency_name(turn, ticket)
    await card.refresh_card(turn, ticket, turn.staff_t("staff-card-moved", agency=target.name))
    detail = f"{ticket.agency_code} → {target.code}"
    if ticket.status != TicketStatus.OPEN:
        await lifecycle.move(turn, ticket, TicketStatus.OPEN, actor(turn), "reassigned", detail)
    else:
        await lifecycle.note_event(turn, ticket, actor(turn), "reassigned", detail)
    place = directory.place_for(target, info_request=card.is_info(ticket))
    ticket.agency_code = target.code
    ticket.reassigned_count = (ticket.reassigned_count or 0) + 1
    ticket.staff_chat_id = place.chat_id
    ticket.staff_thread_id = None
    ticket.card_message_id = None
    ticket.assignee = None
    ticket.assignee_id = None
    contact = await staff.contact_of(turn.session, ticket)
    if contact is not None:
        # WhatsApp photos are kept, so they follow the ticket too
        card.send_card(turn, ticket, target, contact, place, ticket_photos(ticket))
    notify.here(turn, turn.staff_t("staff-reassigned", code=ticket.code, agency=target.name), None)
    await notify.to_resident(
        turn, ticket, "resident-reassigned", agency=target, old_agency=old_name
    )
    await lifecycle.after_change(turn, ticket)


def reject_prompt(turn: Turn, ticket: Ticket) -> None:
    if not lifecycle.can_move(ticket, TicketStatus.REJECTED):
        _refuse_status(turn, ticket)
        return
    turn.update_data(
        staff_pending={
            "action": "reject",
            "ticket_id": ticket.id,
            "chat_id": turn.message.chat_id,
            "thread_id": turn.message.thread_id,
        }
    )
    t = turn.staff_t
    notify.here(turn, t(worded(t, ticket, "staff-reject-ask"), code=ticket.code), ticket)


async def reject(turn: Turn, ticket: Ticket, reason: str) -> None:
    reason = reason.strip()[:DETAIL_LIMIT]
    if not lifecycle.can_move(ticket, TicketStatus.REJECTED):
        _refuse_status(turn, ticket)
        return
    await lifecycle.move(turn, ticket, TicketStatus.REJECTED, actor(turn), "rejected", reason)
    await notify.to_resident(
        turn, ticket, "resident-rejected", agency=_agency_name(turn, ticket), reason=reason
    )
    await card.refresh_card(turn, ticket)
    t = turn.staff_t
    notify.here(turn, t(worded(t, ticket, "staff-rejected"), code=ticket.code), ticket)


async def ask_details(turn: Turn, ticket: Ticket) -> None:
    if not TicketStatus(ticket.status).is_open:
        _refuse_status(turn, ticket)
        return
    ticket.awaiting_details_at = turn.now
    await lifecycle.note_event(turn, ticket, actor(turn), "details_asked", None)
    await notify.to_resident(
        turn, ticket, "resident-details-asked", agency=_agency_name(turn, ticket)
    )
    notify.here(turn, turn.staff_t("staff-details-asked", code=ticket.code), ticket)


async def reply(
    turn: Turn,
    ticket: Ticket,
    text: str,
    photos: tuple[FileRef, ...] = (),
    documents: tuple[FileRef, ...] = (),
    action: str = "replied",
) -> None:
    """Relay an admin's answer to the resident, labelled with the agency's name."""
    if ticket.status == TicketStatus.CLOSED:
        notify.here(turn, turn.staff_t("staff-closed", code=ticket.code), ticket)
        return
    text = text.strip()[:REPLY_LIMIT]
    agency = turn.services.agencies.get(ticket.agency_code)
    name = agency or ticket.agency_code  # in the resident's language
    signature = ""
    if agency is not None and agency.show_admin_name:
        signature = turn.message.sender.display_name
    key = "resident-reply" if text else "resident-reply-attachment"
    if signature:
        key += "-signed"
    await notify.to_resident(
        turn, ticket, key, photos=photos, documents=documents, agency=name, text=text,
        admin=signature,
    )  # fmt: skip
    if ticket.first_response_at is None:
        ticket.first_response_at = turn.now
    detail = text[:DETAIL_LIMIT] or ("[foto]" if photos else "[dokumen]")
    status = TicketStatus(ticket.status)
    if status in (TicketStatus.OPEN, TicketStatus.IN_PROGRESS):
        await lifecycle.move(turn, ticket, TicketStatus.ANSWERED, actor(turn), action, detail)
        await card.refresh_card(turn, ticket)
    else:
        await lifecycle.note_event(turn, ticket, actor(turn), action, detail)
    notify.here(turn, turn.staff_t("staff-reply-sent", code=ticket.code), ticket)


async def add_note(turn: Turn, ticket: Ticket, text: str) -> None:
    text = text.strip()
    if not text:
        notify.here(turn, turn.staff_t("staff-note-empty"), ticket)
        return
    await lifecycle.note_event(turn, ticket, actor(turn), "note", text[:4000])
    notify.here(turn, turn.staff_t("staff-note-saved", code=ticket.code), ticket)
