"""Logging in with the one-time link, the session cookie, logging out, and the CSRF
check of every form.

The link opens a page with one button (a form posting the token): link previews and
scanners that fetch the URL do not use it up. The cookie is HttpOnly, SameSite=Lax and
Secure behind HTTPS; its session ends after a working day, or at logout, or when the
operator revokes it (``aduan sessions``). A request without a session is redirected to
a page that explains how to log in."""

from __future__ import annotations

import hmac
from collections.abc import Awaitable, Callable
from typing import Any

from aiohttp import web

from bot.web.dashboard.context import DashboardContext
from bot.web.dashboard.render import language, link, page
from domain.dashboard.access import SESSION_LIFETIME, Viewer
from storage import dashboard
from storage.transaction import transaction

COOKIE = "aduan_dasbor"
VIEWER = web.AppKey("dashboard_viewer", Viewer)
Page = Callable[[web.Request, Viewer, str], Awaitable[web.StreamResponse]]


def require_viewer(ctx: DashboardContext, handler: Page) -> Callable[[web.Request], Any]:
    """Run ``handler`` with the logged-in viewer and their CSRF token, else send the
    visitor to the page explaining how to log in."""

    async def handle(request: web.Request) -> web.StreamResponse:
        cookie = request.cookies.get(COOKIE, "")
        found = None
        if cookie:
            async with ctx.sessions() as session:
                found = await dashboard.session_of(session, cookie, ctx.clock())
        if found is None:
            raise web.HTTPFound(link("/dasbor/cara-masuk", language(request, ctx)))
        viewer, csrf = found
        if request.method == "POST":
            form = await request.post()
            if not hmac.compare_digest(str(form.get("csrf", "")), csrf):
                return page(request, ctx, "error.html", 403, message="dash-error-csrf")
        return await handler(request, viewer, csrf)

    return handle


def auth_routes(ctx: DashboardContext) -> list[web.RouteDef]:
    async def how_to(request: web.Request) -> web.Response:
        return page(request, ctx, "how_to.html")

    async def login_form(request: web.Request) -> web.Response:
        return page(request, ctx, "login.html", token=request.query.get("t", "")[:100])

    async def login(request: web.Request) -> web.StreamResponse:
        form = await request.post()
        token = str(form.get("t", ""))[:100]
        async with transaction(ctx.sessions, ctx.writer_lock) as session:
            opened = await dashboard.redeem_login(session, token, ctx.clock()) if token else None
        if opened is None:
            return page(request, ctx, "error.html", 403, message="dash-error-link")
        response = web.HTTPFound(link("/dasbor", language(request, ctx)))
        response.set_cookie(
            COOKIE, opened.token, max_age=int(SESSION_LIFETIME.total_seconds()), path="/dasbor",
            httponly=True, secure=ctx.secure_cookie, samesite="Lax",
        )  # fmt: skip
        raise response

    async def logout(request: web.Request, viewer: Viewer, csrf: str) -> web.StreamResponse:
        async with transaction(ctx.sessions, ctx.writer_lock) as session:
            await dashboard.end_session(session, request.cookies.get(COOKIE, ""), ctx.clock())
        response = web.HTTPFound(link("/dasbor/cara-masuk", language(request, ctx)))
        response.del_cookie(COOKIE, path="/dasbor")
        raise response

    return [
        web.get("/dasbor/cara-masuk", how_to),
        web.get("/dasbor/masuk", login_form),
        web.post("/dasbor/masuk", login),
        web.post("/dasbor/keluar", require_viewer(ctx, logout)),
    ]
