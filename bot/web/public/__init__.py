"""The public side of the web server (when ``ADUAN_TRANSPARENCY`` is on): the Open311
API, and the transparency page with its open data. Nothing here needs a login; every
request is rate limited and reads only published, masked reports."""

from __future__ import annotations

from aiohttp import web

from bot.app import App
from bot.web.open311.routes import open311_routes
from bot.web.open311.xml import xml_routes
from bot.web.public.cache import Memo, ResponseCache
from bot.web.public.context import PublicContext
from bot.web.public.data import open_data_routes
from bot.web.public.figures import figure_files, public_figures
from bot.web.public.limits import RateLimiter
from bot.web.public.pages import transparency_routes
from domain.publication.rules import PublicationPolicy


def public_context(app: App) -> PublicContext:
    settings = app.settings
    zone = settings.zone
    assert app.services is not None
    return PublicContext(
        sessions=app.sessions,
        services=app.services,
        policy=PublicationPolicy(after_days=settings.publish_after_days),
        clock=app.clock,
        address_limiter=RateLimiter(settings.public_rate_per_minute),
        key_limiter=RateLimiter(settings.api_key_rate_per_minute),
        cache=ResponseCache(settings.public_cache_seconds),
        memo=Memo(settings.public_cache_seconds),
        licence=settings.open_data_licence,
        base_url=settings.public_base_url,
        writer_lock=app.writer_lock,
        on_committed=app.delivery.wakeup.set,
        figures=lambda session, key: public_figures(session, key, app.clock(), zone, app.agencies),
        figure_files=lambda session, month: figure_files(
            session, month, app.clock(), zone, app.agencies, settings.open_data_licence
        ),
    )


def public_routes(app: App) -> list[web.RouteDef]:
    """The public routes, or none when the regency has not switched them on."""
    if not app.settings.transparency:
        return []
    context = public_context(app)
    open311 = open311_routes(context)
    return [
        *open311, *xml_routes(open311), *transparency_routes(context), *open_data_routes(context),
    ]  # fmt: skip
