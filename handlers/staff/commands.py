"""Staff commands: ``/tiket`` (open tickets, oldest first, with time left),
``/tiket CODE`` (details and history), ``/cari TEXT`` (search), ``/templat`` (the
agency's reply templates), ``/t NAME`` (send a template to the resident),
``/catatan TEXT`` (an internal note) and ``/bantuan``."""

from __future__ import annotations

from collections.abc import Sequence

from domain.shorten import shorten
from domain.tickets import looks_like_code
from handlers.cards import local_time, reporter_line, status_label
from handlers.context import Turn
from handlers.history import event_lines
from handlers.staff import actions, card, notify
from handlers.staff.place import Workplace, refusal
from storage import staff, tickets
from storage.models import Ticket, TicketEvent

LIST_LIMIT = 30
TEMPLATE_PREVIEW = 80


def _codes(turn: Turn, place: Workplace) -> list[str]:
    return [a.code for a in place.agencies(turn.services.agencies, turn.message.sender.user_id)]


def _age(turn: Turn, ticket: Ticket) -> str:
    return card.duration_text(turn.staff_t, (turn.now - ticket.created_at).total_seconds())


def _line(turn: Turn, ticket: Ticket) -> str:
    t = turn.staff_t
    calendar = card.calendar_for(turn, ticket)
    left = card.time_left(t, ticket, turn.now, calendar, turn.services.zone) or ""
    return t(
        "staff-list-line",
        code=ticket.code,
        status=status_label(t, ticket),
        age=_age(turn, ticket),
        left=left,
        assignee=ticket.assignee or "-",
    )


async def list_open(turn: Turn, place: Workplace) -> None:
    t = turn.staff_t
    codes = _codes(turn, place)
    if not codes:
        notify.here(turn, t("staff-not-allowed"))
        return
    found = await staff.open_tickets(turn.session, codes, LIST_LIMIT)
    title = place.agency.name if place.agency else turn.services.agencies.regency
    if not found:
        notify.here(turn, t("staff-list-none", agency=title))
        return
    lines = [t("staff-list-title", agency=title, count=len(found))]
    lines += [_line(turn, ticket) for ticket in found]
    notify.here(turn, "\n".join(lines))


def _history(turn: Turn, events: Sequence[TicketEvent]) -> list[str]:
    t = turn.staff_t
    return [t("staff-history-title"), *event_lines(t, events, turn.services.zone, 25)]


async def show(turn: Turn, place: Workplace, ticket: Ticket) -> None:
    t = turn.staff_t
    contact = await staff.contact_of(turn.session, ticket)
    agency = turn.services.agencies.get(ticket.agency_code)
    lines = [
        t("staff-detail-title", code=ticket.code, kind=t(f"kind-{ticket.kind}")),
        t("card-agency", agency=agency.name if agency else ticket.agency_code),
        t("card-received", time=local_time(ticket.created_at, turn.services.zone)),
    ]
    if contact is not None:
        lines.append(reporter_line(t, ticket, contact))
    lines += card.state_lines(
        t, ticket, turn.now, turn.services.zone, card.calendar_for(turn, ticket)
    )
    if ticket.rating_comment:
        lines.append(t("staff-rating-comment", comment=shorten(ticket.rating_comment, 500)))
    lines += ["", t("card-description-heading"), card.escape(ticket.description), ""]
    lines += _history(turn, await tickets.events_of(turn.session, ticket.id or 0))
    notify.here(turn, "\n".join(lines), ticket)


async def detail(turn: Turn, place: Workplace, code: str) -> None:
    code = code.strip().upper()
    ticket = await tickets.by_code(turn.session, code) if looks_like_code(code) else None
    if ticket is None or ticket.agency_code not in _codes(turn, place):
        notify.here(turn, turn.staff_t("staff-unknown-ticket", code=code[:40]))
        return
    await show(turn, place, ticket)


async def search(turn: Turn, place: Workplace, text: str) -> None:
    t = turn.staff_t
    text = text.strip()[:100]
    if len(text) < 2:
        notify.here(turn, t("staff-search-usage"))
        return
    found = await staff.search(turn.session, _codes(turn, place), text)
    if not found:
        notify.here(turn, t("staff-search-none", text=text))
        return
    lines = [t("staff-search-title", text=text)]
    lines += [_line(turn, ticket) for ticket in found]
    notify.here(turn, "\n".join(lines))


def templates(turn: Turn, place: Workplace, ticket: Ticket | None) -> None:
    t = turn.staff_t
    agency = place.agency or (turn.services.agencies.get(ticket.agency_code) if ticket else None)
    if agency is None or not agency.templates:
        notify.here(turn, t("staff-templates-none"))
        return
    lines = [t("staff-templates-title")]
    lines += [
        t("staff-template-line", name=name, text=shorten(text, TEMPLATE_PREVIEW))
        for name, text in agency.templates
    ]
    notify.here(turn, "\n".join(lines))


async def send_template(turn: Turn, place: Workplace, ticket: Ticket | None, name: str) -> None:
    t = turn.staff_t
    if not name:
        templates(turn, place, ticket)
        return
    if ticket is None:
        notify.here(turn, t("staff-ticket-where"))
        return
    if (why := refusal(turn, place, ticket)) is not None:
        notify.here(turn, t(why, agency=ticket.agency_code))
        return
    agency = turn.services.agencies.get(ticket.agency_code)
    text = agency.template(name) if agency else None
    if text is None:
        names = ", ".join(n for n, _ in agency.templates) if agency else ""
        notify.here(turn, t("staff-template-unknown", name=name[:32], names=names or "-"))
        return
    await actions.reply(turn, ticket, text, action="template")


async def note(turn: Turn, place: Workplace, ticket: Ticket | None, text: str) -> None:
    t = turn.staff_t
    if ticket is None:
        notify.here(turn, t("staff-ticket-where"))
        return
    if (why := refusal(turn, place, ticket)) is not None:
        notify.here(turn, t(why, agency=ticket.agency_code))
        return
    await actions.add_note(turn, ticket, text)
