"""Closing the loop after the agency resolves a ticket: "Is your problem solved?"
Yes → the ticket closes, rating 1–5 and an optional comment. No → the resident's
reason, and the ticket reopens, goes back to the agency and is marked reopened."""

from __future__ import annotations

from domain.agencies import Agency
from domain.callbacks import Callback, pack
from domain.messages import Button
from domain.tickets import TicketStatus
from handlers.context import Turn
from handlers.resident import faq
from handlers.resident.ticket_files import keep_with_ticket
from handlers.staff import card, lifecycle, notify
from storage import staff
from storage.models import Ticket

FLOW = "rating"
COMMENT_LIMIT = 1000


def _actor(turn: Turn) -> str:
    return f"resident:{turn.contact.id}"


def _agency_name(turn: Turn, ticket: Ticket) -> Agency | str:
    """The ticket's agency, named in the language of the message it is placed into."""
    return turn.services.agencies.get(ticket.agency_code) or ticket.agency_code


async def _own(turn: Turn, raw_id: str) -> Ticket | None:
    ticket = await staff.ticket_by_id(turn.session, int(raw_id)) if raw_id.isdigit() else None
    if ticket is None or ticket.contact_id != turn.contact.id:
        return None
    return ticket


def _ask_score(turn: Turn, ticket: Ticket) -> None:
    tid = ticket.id or 0
    row = tuple(Button(str(n), pack("rt", "s", tid, n)) for n in range(1, 6))
    turn.reply(turn.t("resident-rate", code=ticket.code), (row,))


async def on_button(turn: Turn, callback: Callback) -> None:
    choice = callback.arg(0)
    ticket = await _own(turn, callback.arg(1))
    if ticket is None:
        turn.reply(turn.t("resident-rating-expired"))
        return
    status = TicketStatus(ticket.status)
    if card.is_info(ticket):  # information requests are not rated (an old button)
        turn.reply(turn.t("resident-rating-expired"))
    elif choice == "y" and (status is TicketStatus.RESOLVED or status is TicketStatus.CLOSED):
        if ticket.rating is not None:
            turn.reply(turn.t("resident-rating-expired"))
            return
        if status is TicketStatus.RESOLVED:
            await lifecycle.move(turn, ticket, TicketStatus.CLOSED, _actor(turn), "confirmed", None)
            await card.refresh_card(turn, ticket)
        turn.go(FLOW, "score", ticket_id=ticket.id)  # so a file sent now stays with it
        _ask_score(turn, ticket)
    elif choice == "n" and status is TicketStatus.RESOLVED:
        turn.go(FLOW, "reason", ticket_id=ticket.id)
        turn.reply(turn.t("resident-reopen-ask", code=ticket.code))
    elif choice == "s" and ticket.rating is None and callback.arg(2) in ("1", "2", "3", "4", "5"):
        score = int(callback.arg(2))
        ticket.rating = score
        ticket.rated_at = turn.now
        await lifecycle.note_event(turn, ticket, _actor(turn), "rated", str(score))
        notify.to_staff(turn, ticket, turn.staff_t("staff-rated", code=ticket.code, score=score))
        await card.refresh_card(turn, ticket)
        turn.go(FLOW, "comment", ticket_id=ticket.id)
        skip = ((Button(turn.t("skip"), pack("rt", "x", ticket.id or 0)),),)
        turn.reply(turn.t("resident-rate-comment", score=score), skip)
    elif choice == "x" and turn.flow == FLOW:
        turn.reset()
        turn.reply(turn.t("resident-rate-thanks", code=ticket.code))
    else:
        turn.reply(turn.t("resident-rating-expired"))


async def on_message(turn: Turn) -> None:
    ticket = await staff.ticket_by_id(turn.session, int(turn.data.get("ticket_id") or 0))
    step = turn.step
    text = (turn.message.text or "").strip()
    if ticket is None or ticket.contact_id != turn.contact.id:
        turn.reset()
        turn.reply(turn.t("resident-rating-expired"))
        return
    kept = await keep_with_ticket(turn, ticket)  # a file: kept and forwarded, the step waits
    if step == "score":
        await _at_score(turn, ticket, text, kept)
        return
    if not text:
        key = "resident-reopen-ask" if step == "reason" else "resident-rate-comment"
        turn.reply(turn.t(key, code=ticket.code, score=ticket.rating or 0))
        return
    turn.reset()
    if step == "reason":
        await _reopen(turn, ticket, text[:COMMENT_LIMIT])
    else:
        await _comment(turn, ticket, text[:COMMENT_LIMIT])


async def _at_score(turn: Turn, ticket: Ticket, text: str, kept: bool) -> None:
    """While the 1-5 buttons wait: a file alone asks for the score again; words are
    not a score, so the dialog ends and they are read as any message is."""
    if kept and not text:
        _ask_score(turn, ticket)
        return
    turn.reset()
    if text:
        await faq.answer_free_text(turn, text)


async def _reopen(turn: Turn, ticket: Ticket, reason: str) -> None:
    if not lifecycle.can_move(ticket, TicketStatus.OPEN) or ticket.status != TicketStatus.RESOLVED:
        turn.reply(turn.t("resident-rating-expired"))
        return
    ticket.reopened_count = (ticket.reopened_count or 0) + 1
    await lifecycle.move(turn, ticket, TicketStatus.OPEN, _actor(turn), "reopened", reason)
    notify.to_staff(turn, ticket, turn.staff_t("staff-reopened", code=ticket.code, reason=reason))
    await card.refresh_card(turn, ticket)
    turn.reply(turn.t("resident-reopened", code=ticket.code, agency=_agency_name(turn, ticket)))


async def _comment(turn: Turn, ticket: Ticket, comment: str) -> None:
    if ticket.rating is None or ticket.rating_comment:
        turn.reply(turn.t("resident-rating-expired"))
        return
    ticket.rating_comment = comment
    await lifecycle.note_event(turn, ticket, _actor(turn), "rated", comment)
    notify.to_staff(
        turn, ticket, turn.staff_t("staff-rated-comment", code=ticket.code, comment=comment)
    )
    turn.reply(turn.t("resident-rate-thanks", code=ticket.code))
