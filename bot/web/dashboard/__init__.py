"""The dashboard (``/dasbor``) on the bot's own web server: login through the bot,
the overview of the service's figures, the ticket list and pages, and exports.
Server-rendered HTML (Jinja2), charts as SVG, assets served here: no CDN, no
JavaScript framework, usable on a phone."""

from __future__ import annotations

from importlib.resources import files

from aiohttp import web

from bot.app import App
from bot.channels.files import FileSources
from bot.web.dashboard.auth import auth_routes
from bot.web.dashboard.context import DashboardContext
from bot.web.dashboard.overview import overview_routes
from bot.web.dashboard.photos import photo_routes
from bot.web.dashboard.publishing import publication_routes
from bot.web.dashboard.tickets import ticket_routes

STYLE = (files("bot.web.dashboard") / "static" / "dasbor.css").read_text(encoding="utf-8")


def dashboard_routes(ctx: DashboardContext) -> list[web.RouteDef]:
    async def style(_request: web.Request) -> web.Response:
        return web.Response(
            text=STYLE, content_type="text/css", headers={"Cache-Control": "max-age=3600"}
        )

    return [
        web.get("/dasbor/static/dasbor.css", style),
        *auth_routes(ctx),
        *overview_routes(ctx),
        *ticket_routes(ctx),
        *photo_routes(ctx),
        *publication_routes(ctx),
    ]


def dashboard_for(app: App, files: FileSources | None = None) -> list[web.RouteDef]:
    """The dashboard's routes, or none when ``ADUAN_DASHBOARD_URL`` is not set;
    ``files``: the channels' file sources (the tickets' photos)."""
    settings = app.settings
    if not settings.dashboard_url or app.services is None:
        return []
    context = DashboardContext(
        sessions=app.sessions, agencies=app.agencies, rules=app.services.sla, clock=app.clock,
        default_language=settings.default_language,
        secure_cookie=settings.dashboard_url.startswith("https://"),
        writer_lock=app.writer_lock, publish_after_days=settings.publish_after_days,
        files=files,
    )  # fmt: skip
    return dashboard_routes(context)


__all__ = ["DashboardContext", "dashboard_for", "dashboard_routes"]
