"""``/status``: the resident's own tickets; ``/status CODE``: one of them in detail.

Someone else's code gets exactly the answer an unknown code gets.
"""

from __future__ import annotations

from datetime import datetime

from domain.callbacks import pack
from domain.messages import Button
from domain.shorten import shorten
from domain.tickets import TicketKind, looks_like_code
from handlers.cards import local_time, status_label
from handlers.context import Turn
from handlers.ppid import status as ppid_status
from handlers.resident import withdraw
from storage import tickets
from storage.models import Ticket


def age(turn: Turn, since: datetime) -> str:
    minutes = max(int((turn.now - since).total_seconds() // 60), 0)
    if minutes < 60:
        return turn.t("age-minutes", count=minutes)
    if minutes < 60 * 48:
        return turn.t("age-hours", count=minutes // 60)
    return turn.t("age-days", count=minutes // (60 * 24))


async def list_tickets(turn: Turn) -> None:
    """Complaints and information requests in sections of their own, each in its own
    words (a request is "requested", "decided", never a "laporan")."""
    own = await tickets.of_contact(turn.session, turn.contact.id or 0, limit=10)
    if not own:
        turn.reply(turn.t("status-none"))
        return
    requests = await ppid_status.phrases(turn, own)
    lines: list[str] = []
    for kind in (TicketKind.COMPLAINT, TicketKind.INFO_REQUEST):
        of_kind = [ticket for ticket in own if ticket.kind == kind.value]
        if not of_kind:
            continue
        if lines:
            lines.append("")
        lines.append(turn.t(f"status-list-title-{kind.value}"))
        lines += [
            turn.t(
                "status-list-line",
                code=ticket.code,
                status=requests.get(ticket.id or 0) or status_label(turn.t, ticket),
                age=age(turn, ticket.created_at),
            )
            for ticket in of_kind
        ]
    buttons = tuple((Button(t.code, pack("st", t.code)),) for t in own)
    turn.reply("\n".join(lines), buttons[:10])


async def show_ticket(turn: Turn, code: str) -> None:
    code = code.strip().upper()
    ticket: Ticket | None = None
    if looks_like_code(code):
        ticket = await tickets.by_code(turn.session, code)
    if ticket is None or ticket.contact_id != turn.contact.id:
        turn.reply(turn.t("status-unknown", code=code[:40]))
        return
    agency = turn.services.agencies.get(ticket.agency_code)
    status = status_label(turn.t, ticket)
    buttons = _followup_button(turn, ticket) + await withdraw.button_for(turn, ticket)
    if ticket.kind == TicketKind.INFO_REQUEST.value:
        status = (await ppid_status.phrases(turn, [ticket]))[ticket.id or 0]
        buttons += await ppid_status.buttons_for(turn, ticket)
    turn.reply(
        turn.t(
            "status-detail",
            code=ticket.code,
            kind=turn.t(f"kind-{ticket.kind}"),
            status=status,
            agency=agency or ticket.agency_code,
            created=local_time(ticket.created_at, turn.services.zone),
            age=age(turn, ticket.created_at),
            description=shorten(ticket.description, 600),
        ),
        buttons,
    )


def _followup_button(turn: Turn, ticket: Ticket) -> tuple[tuple[Button, ...], ...]:
    """ "Add information" for an open ticket (see :mod:`handlers.resident.followup`)."""
    if not tickets.is_open(ticket):
        return ()
    return ((Button(turn.t("resident-followup-button"), pack("fu", ticket.id or 0)),),)
