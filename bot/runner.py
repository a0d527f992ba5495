"""``aduan run``: every enabled channel (:mod:`bot.channels.registry`) around one core,
one inbox, one outbox and one web server on one port.

Telegram receives by long polling (one process per bot token) or, with
``ADUAN_WEBHOOK_URL`` set, by webhook (several processes behind one reverse proxy can
serve one bot on one PostgreSQL database); WhatsApp, when configured, by its signed
webhook. The web server serves ``/healthz``, ``/metrics`` and the channels' webhooks
on ``ADUAN_WEB_HOST``:``ADUAN_WEB_PORT``; when that port is unset, on the address a
channel asks for (WhatsApp: ``ADUAN_WHATSAPP_WEBHOOK_HOST``:``_PORT``), else on
``ADUAN_WEB_HOST``:8080, and only when there is something to serve (a webhook, or an
explicit port).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any

from aiohttp import web

from bot.app import App, build_app, settle_heap
from bot.channels.files import FileSources
from bot.channels.kit import ChannelKit, KitSetup
from bot.channels.registry import build_kits, close_kits, enabled_channels
from bot.config import Settings
from bot.versions import package_version, versions, versions_text
from bot.web import WebServer, build_web_app
from bot.web.dashboard import dashboard_for
from bot.web.public import public_routes
from bot.web.server import Liveness

log = logging.getLogger(__name__)

DEFAULT_WEB_PORT = 8080


def liveness(app: App) -> Liveness:
    def sweep_last() -> datetime | None:
        """When the last sweep tick finished: a tick stuck in a query, or failing every
        time, leaves this behind and /healthz says so."""
        return app.scheduler.last_tick if app.scheduler is not None else None

    # a long sweep interval must not read as a dead sweep
    silence = max(timedelta(minutes=5), timedelta(seconds=3 * app.settings.sweep_seconds))
    return Liveness(
        sweep_last=sweep_last, delivery_last=lambda: app.delivery.last_pass, max_silence=silence
    )


def listen_address(settings: Settings, kits: Sequence[ChannelKit]) -> tuple[str, int]:
    """The web server's address (see the module docstring)."""
    if settings.web_port is not None:
        return settings.web_host, settings.web_port
    for kit in kits:
        if kit.address is not None:
            return kit.address
    return settings.web_host, DEFAULT_WEB_PORT


def web_server(app: App, files: FileSources | None = None) -> WebServer | None:
    """One aiohttp application for every channel's routes, the public pages and the
    dashboard (``files``: the channels' file sources, for the tickets' photos), or
    ``None`` when there is nothing to serve."""
    routes: list[web.RouteDef] = []
    for kit in app.kits:
        if kit.routes is not None:
            routes.extend(kit.routes(app.runtime))
    routes.extend(public_routes(app))  # when the public page is on
    routes.extend(dashboard_for(app, files))  # when ADUAN_DASHBOARD_URL is set
    if not routes and app.settings.web_port is None:
        return None
    host, port = listen_address(app.settings, app.kits)
    return WebServer(build_web_app(app.sessions, liveness(app), routes), host, port)


async def receive(app: App, stop: asyncio.Event) -> None:
    """Run every channel's receiver until ``stop``; one that fails stops them all."""
    receivers = [kit.receive(app.runtime, stop) for kit in app.kits if kit.receive is not None]
    tasks: list[asyncio.Future[Any]] = [asyncio.ensure_future(r) for r in receivers]
    tasks.append(asyncio.ensure_future(stop.wait()))
    try:
        done, _ = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
        for task in done:
            task.result()  # raises what stopped a receiver
        await asyncio.gather(*tasks)
    finally:
        stop.set()
        await asyncio.gather(*tasks, return_exceptions=True)


def install_signal_handlers(stop: asyncio.Event) -> None:
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError, RuntimeError):
            loop.add_signal_handler(signum, stop.set)


async def run(
    settings: Settings, stop: asyncio.Event | None = None, install_signals: bool = True
) -> None:
    """Run until ``stop`` is set (or SIGINT/SIGTERM when ``install_signals``)."""
    stop = stop or asyncio.Event()
    if install_signals:
        install_signal_handlers(stop)
    setup = KitSetup(settings, FileSources())
    kits = await build_kits(setup, enabled_channels(settings))
    try:
        app = await build_app(settings, kits, files=setup.files)
    except BaseException:
        await close_kits(kits)
        raise
    server = web_server(app, setup.files)
    try:
        names = [await kit.check() for kit in kits if kit.check is not None]
        log.info(
            "aduan started on %s (%d agencies, %d KB entries): %s",
            ", ".join(names),
            len(app.agencies.agencies),
            len(app.knowledge.kb),
            versions_text(await versions(app.engine)),
        )
        app.start_workers(stop)
        settle_heap()
        if server is not None:
            await server.start()
        await receive(app, stop)
    finally:
        stop.set()
        if server is not None:
            await server.stop()
        await app.close()
        log.info("aduan %s stopped", package_version("aduan"))
