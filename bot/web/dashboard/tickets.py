"""``/dasbor/tiket``: the ticket list with filters and pages, a ticket's page (its
timeline, the messages to the resident, photos, location, SLA clock), and the filtered
list as CSV and XLSX. Staff see only their agency's tickets (another agency's ticket,
by URL, is 403); nobody sees who reported an anonymous or confidential ticket. Every
view of a ticket and every export is written to the audit log."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import datetime
from functools import partial

from aiohttp import web

from bot.web.dashboard.auth import require_viewer
from bot.web.dashboard.clock import shown_clock
from bot.web.dashboard.context import DashboardContext
from bot.web.dashboard.overview import XLSX
from bot.web.dashboard.render import language, page
from bot.web.dashboard.ticket_extras import ticket_extras
from domain.dashboard.access import Viewer, shows_resident
from domain.documents.table import Table
from domain.documents.tabular import write_csv, write_xlsx
from domain.figures.periods import PeriodError, parse_period
from domain.figures.tables import hours
from domain.i18n import Translator
from domain.messages import OutgoingMessage
from domain.tickets import Privacy, TicketKind, TicketStatus
from storage import dashboard, ticket_list
from storage.figures.scope import agency_codes
from storage.models import Ticket
from storage.transaction import transaction

PAGE_SIZE = 25
EXPORT_LIMIT = 10_000
TAGS = re.compile(r"<[^>]+>")
FILTERS = ("opd", "jenis", "status", "lewat", "periode", "privasi", "kanal", "q")


async def _filter(
    request: web.Request, ctx: DashboardContext, viewer: Viewer
) -> tuple[ticket_list.TicketFilter, dict[str, str]]:
    query = {name: request.query.get(name, "")[:100] for name in FILTERS}
    async with ctx.sessions() as session:
        allowed = viewer.agencies(await agency_codes(session))
    if query["opd"] in allowed:
        allowed = [query["opd"]]
    start = end = None
    try:
        if query["periode"]:
            start, end = parse_period(query["periode"]).bounds(ctx.zone)
    except PeriodError:
        query["periode"] = ""
    pick = {
        "kind": (query["jenis"], {k.value for k in TicketKind}),
        "status": (query["status"], {s.value for s in TicketStatus}),
        "privacy": (query["privasi"], {p.value for p in Privacy}),
        "channel": (query["kanal"], {"telegram", "whatsapp", "console"}),
    }
    chosen = {name: value if value in known else None for name, (value, known) in pick.items()}
    found = ticket_list.TicketFilter(
        agencies=allowed, now=ctx.clock(), overdue=query["lewat"] == "1", start=start, end=end,
        text=query["q"], **chosen,
    )  # fmt: skip
    return found, query


def _page_number(request: web.Request) -> int:
    raw = request.query.get("hal", "1")
    return int(raw) if raw.isdigit() and 0 < int(raw) < 100_000 else 1


def _text(payload: str) -> str:
    try:
        return TAGS.sub("", OutgoingMessage.from_json(payload).text)
    except (ValueError, KeyError):
        return ""


async def _listing(
    ctx: DashboardContext, request: web.Request, viewer: Viewer, csrf: str
) -> web.Response:
    chosen, query = await _filter(request, ctx, viewer)
    number = _page_number(request)
    async with ctx.sessions() as session:
        rows = await ticket_list.find(session, chosen, (number - 1) * PAGE_SIZE, PAGE_SIZE)
        total = await ticket_list.count(session, chosen)
        every = viewer.agencies(await agency_codes(session))
    return page(
        request, ctx, "tickets.html", viewer=viewer, csrf=csrf, tickets=rows, total=total,
        number=number, pages=max(1, -(-total // PAGE_SIZE)), query=query, agencies=every,
        kinds=[k.value for k in TicketKind], statuses=[s.value for s in TicketStatus],
        privacies=[p.value for p in Privacy], now=ctx.clock(),
    )  # fmt: skip


def _event_names(request: web.Request, ctx: DashboardContext) -> Callable[[str], str]:
    """A timeline event's name in the viewer's language (its code when unnamed)."""
    translate = Translator(language(request, ctx))

    def action(name: str) -> str:
        key = "dash-event-" + name.replace("_", "-")
        return translate(key) if translate.has(key) else name

    return action


async def _one(
    ctx: DashboardContext, request: web.Request, viewer: Viewer, csrf: str
) -> web.Response:
    code = request.match_info["code"][:32]
    async with transaction(ctx.sessions, ctx.writer_lock) as session:
        ticket = await ticket_list.by_code(session, code)
        if ticket is None:
            return page(request, ctx, "error.html", 404, message="dash-error-missing")
        if not viewer.may_see(ticket.agency_code):
            dashboard.audit(session, viewer, "view_refused", ticket.code, None, ctx.clock())
            return page(request, ctx, "error.html", 403, message="dash-error-forbidden")
        dashboard.audit(session, viewer, "view", ticket.code, None, ctx.clock())
        events = await ticket_list.events(session, ticket.id or 0)
        contact = await ticket_list.contact_of(session, ticket)
        sent = await ticket_list.resident_messages(session, ticket, contact)
        extras = await ticket_extras(session, ticket, viewer, request.query)
    shown = contact if shows_resident(ticket.privacy) else None
    return page(
        request, ctx, "ticket.html", viewer=viewer, csrf=csrf, ticket=ticket,
        events=events, contact=shown, sent=[(m.created_at, _text(m.payload)) for m in sent],
        now=ctx.clock(), hours=hours, action=_event_names(request, ctx),
        clock=shown_clock(ticket, ctx.clock()), **extras,
    )  # fmt: skip


async def _export(
    ctx: DashboardContext, request: web.Request, viewer: Viewer, csrf: str
) -> web.Response:
    fmt = request.match_info["format"]
    chosen, _ = await _filter(request, ctx, viewer)
    async with ctx.sessions() as session:
        rows = await ticket_list.find(session, chosen, 0, EXPORT_LIMIT)
    t = Translator(language(request, ctx))
    table = _table(rows, t, ctx, chosen.now)
    async with transaction(ctx.sessions, ctx.writer_lock) as session:
        dashboard.audit(session, viewer, "export", f"tiket.{fmt}", request.query_string,
                        ctx.clock())  # fmt: skip
    body, mime = (write_csv(table), "text/csv") if fmt == "csv" else (write_xlsx([table]), XLSX)
    return web.Response(
        body=body, content_type=mime,
        headers={"Content-Disposition": f'attachment; filename="aduan-tiket.{fmt}"'},
    )  # fmt: skip


def ticket_routes(ctx: DashboardContext) -> list[web.RouteDef]:
    return [
        web.get("/dasbor/tiket", require_viewer(ctx, partial(_listing, ctx))),
        web.get("/dasbor/tiket.{format:csv|xlsx}", require_viewer(ctx, partial(_export, ctx))),
        web.get("/dasbor/tiket/{code}", require_viewer(ctx, partial(_one, ctx))),
    ]


def _table(rows: Sequence[Ticket], t: Translator, ctx: DashboardContext, now: datetime) -> Table:
    names = ctx.names(t.language)
    headers = tuple(t(f"dash-col-{name}") for name in (
        "code", "kind", "agency", "status", "privacy", "channel", "received", "category",
        "first-response", "resolution", "overdue", "description"))  # fmt: skip
    body = [
        (
            row.code, t(f"fig-kind-{row.kind}"), names.get(row.agency_code, row.agency_code),
            t(f"status-{row.status}"), t(f"dash-privacy-{row.privacy}"), row.channel or None,
            row.created_at.astimezone(ctx.zone), row.category or None,
            hours(row.first_response_seconds), hours(row.resolution_seconds),
            t("dash-yes") if row.sla_due_at and row.sla_stage in ticket_list.RUNNING
            and row.sla_due_at < now else "",
            row.description[:500],
        )
        for row in rows
    ]  # fmt: skip
    return Table(t("dash-tickets-title"), headers, body, language=t.language)
