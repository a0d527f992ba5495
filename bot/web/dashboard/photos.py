"""A ticket's photos (and documents) on its dashboard page: each is fetched, when
asked for, through the file source of the channel that received it
(:mod:`bot.channels.files`) and served by the dashboard itself, to whoever may see
the ticket (their own agency's, confidential ones included; supervisors every one).
Photos shown are written to the audit log, as every view of a ticket is: one row per
viewer and ticket for every ten minutes of looking (not one write per thumbnail).
A thumbnail that cannot be fetched shows a picture saying so; its link still leads to
the 404/503 page.

Only the common image types are shown inline; anything else (an SVG could carry a
script) is downloaded as bytes. Nothing is cached: a confidential ticket's photo must
not stay behind in a browser's cache after logout."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from aiohttp import web

from bot.channels.base import PermanentSendError, TransientSendError
from bot.web.dashboard.auth import require_viewer
from bot.web.dashboard.context import DashboardContext
from bot.web.dashboard.placeholder import placeholder
from bot.web.dashboard.render import language, page
from domain.dashboard.access import Viewer
from domain.i18n import Translator
from domain.messages import Attachment, Channel, FileRef
from storage import dashboard, ticket_list
from storage.models import Ticket
from storage.transaction import transaction

INLINE = frozenset({"image/jpeg", "image/png", "image/gif", "image/webp"})
FETCH_SECONDS = 20.0
# One audit row stands for every photo of a ticket a viewer fetches within this
# window (a page of thumbnails is one look, not one write per photo).
AUDIT_WINDOW = timedelta(minutes=10)
HEADERS = {
    "Cache-Control": "no-store",
    "X-Content-Type-Options": "nosniff",
    "Content-Security-Policy": "default-src 'none'; sandbox",
    "Referrer-Policy": "no-referrer",
}


@dataclass(frozen=True)
class Shown:
    """One of a ticket's files as its page lists it."""

    number: int  # 1-based, in the ticket's order: the URL's last part
    is_photo: bool
    name: str


def _refs(ticket: Ticket) -> list[FileRef | None]:
    where = _channel(ticket.channel)
    found: list[FileRef | None] = []
    for value in ticket.photos or []:
        try:
            found.append(FileRef.from_stored(value, where=where))
        except (ValueError, KeyError, TypeError):
            found.append(None)  # unreadable: listed, never fetched
    return found


def _channel(name: str | None) -> Channel | None:
    try:
        return Channel(name) if name else None
    except ValueError:
        return None


def shown_files(ticket: Ticket) -> list[Shown]:
    """The ticket's files for its page: a thumbnail per photo, a link per document."""
    return [
        Shown(n, ref is None or ref.kind is Attachment.PHOTO, (ref.name if ref else None) or "")
        for n, ref in enumerate(_refs(ticket), start=1)
    ]


def _response(data: bytes, mime: str, name: str) -> web.Response:
    inline = mime in INLINE
    safe = "".join(c for c in name if c.isalnum() or c in "._-")[:80] or "file"
    disposition = "inline" if inline else "attachment"
    response = web.Response(body=data, content_type=mime if inline else "application/octet-stream")
    response.headers.update(HEADERS)
    response.headers["Content-Disposition"] = f'{disposition}; filename="{safe}"'
    return response


def photo_routes(ctx: DashboardContext) -> list[web.RouteDef]:
    async def photo(request: web.Request, viewer: Viewer, csrf: str) -> web.StreamResponse:
        code = request.match_info["code"][:32]
        number = int(request.match_info["number"])
        preview = "pratinjau" in request.query  # the page's thumbnail, not the link
        now = ctx.clock()
        async with ctx.sessions() as session:  # reading only: no writer's turn
            ticket = await ticket_list.by_code(session, code)
            if ticket is None:
                return page(request, ctx, "error.html", 404, message="dash-error-missing")
            allowed = viewer.may_see(ticket.agency_code)
            seen = allowed and await dashboard.audited_since(
                session, viewer, "view_photo", ticket.code, now - AUDIT_WINDOW
            )
        if not allowed:
            await _audit(ctx, viewer, "view_refused", ticket.code, f"foto {number}")
            return page(request, ctx, "error.html", 403, message="dash-error-forbidden")
        refs = _refs(ticket)
        ref = refs[number - 1] if 0 < number <= len(refs) else None
        if ref is None:
            return _failed(request, ctx, 404, preview)
        if not seen:
            await _audit(ctx, viewer, "view_photo", ticket.code, str(number))
        return await _fetched(request, ctx, ref, preview)

    return [web.get(r"/dasbor/tiket/{code}/foto/{number:\d{1,4}}", require_viewer(ctx, photo))]


async def _audit(
    ctx: DashboardContext, viewer: Viewer, action: str, code: str, detail: str
) -> None:
    async with transaction(ctx.sessions, ctx.writer_lock) as session:
        dashboard.audit(session, viewer, action, code, detail, ctx.clock())


async def _fetched(
    request: web.Request, ctx: DashboardContext, ref: FileRef, preview: bool
) -> web.Response:
    if ctx.files is None:
        return _failed(request, ctx, 404, preview)
    try:
        async with asyncio.timeout(FETCH_SECONDS):
            found = await ctx.files.fetch(ref)
    except PermanentSendError:
        return _failed(request, ctx, 404, preview)
    except (TransientSendError, TimeoutError):
        return _failed(request, ctx, 503, preview)
    return _response(found.data, found.mime_type, ref.name or found.filename)


def _failed(
    request: web.Request, ctx: DashboardContext, status: int, preview: bool
) -> web.Response:
    """A file that cannot be shown: the error page for the link, and for the page's
    thumbnail a picture saying so (browsers show an image's body whatever its status),
    never a broken-image box."""
    key = "dash-photo-missing" if status == 404 else "dash-photo-later"
    if preview:
        text = Translator(language(request, ctx))(key)
        answer = web.Response(body=placeholder(text), status=status, content_type="image/svg+xml")
        answer.headers.update(HEADERS)
    else:
        message = "dash-error-photo" if status == 404 else "dash-error-photo-later"
        answer = page(request, ctx, "error.html", status, message=message)
    if status == 503:
        answer.headers["Retry-After"] = "30"
    return answer


def photo_values(ticket: Ticket) -> dict[str, Any]:
    """What the ticket's page needs to list its files, and how many of each kind."""
    files = shown_files(ticket)
    photos = sum(1 for f in files if f.is_photo)
    return {"files": files, "photo_count": photos, "document_count": len(files) - photos}
