"""A ticket's publication on its dashboard page (issue 17): what the public page
shows of it, and the forms to withhold it, release it again or edit its published
text. Who may see the ticket may act on it: the ticket's agency's staff and the
supervisors. Each action goes through :mod:`storage.publication_edits` (the ticket's
own trail names the viewer) and is written to the dashboard's audit log; every form
carries the session's CSRF token (checked by :func:`~bot.web.dashboard.auth.require_viewer`).
After the action the browser is sent back to the ticket's page (post/redirect/get)
with a word on the outcome."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from aiohttp import web
from sqlalchemy.ext.asyncio import AsyncSession

from bot.web.dashboard.auth import require_viewer
from bot.web.dashboard.context import DashboardContext
from bot.web.dashboard.render import language, link, page
from domain.dashboard.access import Viewer
from domain.publication.rules import DESCRIPTION_LIMIT, PublicationPolicy
from domain.tickets import Privacy, TicketKind
from storage import dashboard, publication_edits, ticket_list
from storage.models import PublishedReport, Ticket
from storage.publication_edits import EditOutcome
from storage.transaction import transaction

ACTIONS = ("withhold", "release", "edit")
OUTCOMES = frozenset({"withheld", "released", "edited", "empty", *(o.value for o in EditOutcome)})


@dataclass(frozen=True)
class Publication:
    """The page's view of a ticket's publication."""

    eligible: bool  # a public or anonymous complaint: the rules may publish it
    state: str  # none (not yet), published, withheld, withdrawn
    description: str = ""
    reply: str = ""


def publishable_kind(ticket: Ticket) -> bool:
    return ticket.kind == TicketKind.COMPLAINT.value and ticket.privacy in (
        Privacy.PUBLIC.value,
        Privacy.ANONYMOUS.value,
    )


async def publication_values(session: AsyncSession, ticket: Ticket, outcome: str) -> dict[str, Any]:
    row = await session.get(PublishedReport, ticket.id)
    shown = Publication(
        publishable_kind(ticket),
        row.state if row is not None else "none",
        row.description if row is not None else "",
        (row.reply or "") if row is not None else "",
    )
    return {"publication": shown, "publication_outcome": outcome if outcome in OUTCOMES else ""}


def _clean(value: object, limit: int) -> str:
    return str(value or "").strip()[: limit * 2]  # masked and cut to the limit when stored


async def _act(
    session: AsyncSession, ctx: DashboardContext, viewer: Viewer, code: str, form: Any
) -> str:
    action, actor, now = str(form.get("action", "")), viewer.actor(), ctx.clock()
    reason = _clean(form.get("reason"), 500) or None
    if action == "withhold":
        outcome = await publication_edits.withhold(session, code, actor, now, reason)
    elif action == "release":
        policy = PublicationPolicy(after_days=ctx.publish_after_days)
        outcome = await publication_edits.release(session, code, actor, now, policy)
    else:
        text = _clean(form.get("text"), DESCRIPTION_LIMIT)
        if not text:
            return "empty"
        reply = _clean(form.get("reply"), DESCRIPTION_LIMIT)
        outcome = await publication_edits.edit_text(session, code, text, actor, now, reply)
    if outcome is not EditOutcome.DONE:
        return outcome.value
    done = {"withhold": "withheld", "release": "released", "edit": "edited"}[action]
    dashboard.audit(session, viewer, "publication_" + done, code, reason, now)
    return done


def publication_routes(ctx: DashboardContext) -> list[web.RouteDef]:
    async def act(request: web.Request, viewer: Viewer, csrf: str) -> web.StreamResponse:
        code = request.match_info["code"][:32]
        form = await request.post()
        if str(form.get("action", "")) not in ACTIONS:
            return page(request, ctx, "error.html", 400, message="dash-error-publication")
        async with transaction(ctx.sessions, ctx.writer_lock) as session:
            ticket = await ticket_list.by_code(session, code)
            if ticket is None:
                return page(request, ctx, "error.html", 404, message="dash-error-missing")
            if not viewer.may_see(ticket.agency_code):
                dashboard.audit(session, viewer, "publication_refused", ticket.code, None,
                                ctx.clock())  # fmt: skip
                return page(request, ctx, "error.html", 403, message="dash-error-forbidden")
            if not publishable_kind(ticket):
                return page(request, ctx, "error.html", 400, message="dash-error-publication")
            code = ticket.code
            outcome = await _act(session, ctx, viewer, code, form)
        back = link(f"/dasbor/tiket/{code}", language(request, ctx), publikasi=outcome)
        raise web.HTTPSeeOther(back + "#publikasi")

    return [web.post("/dasbor/tiket/{code}/publikasi", require_viewer(ctx, act))]
