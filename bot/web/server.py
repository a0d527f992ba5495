"""Builds and runs the web application."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from aiohttp import web
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlmodel import col

from bot import metrics
from storage.health import backlog
from storage.models import Ticket

log = logging.getLogger(__name__)

WEBHOOK_PATH = "/telegram/webhook"
Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


@dataclass
class Liveness:
    """What /healthz checks besides the database: workers that report their last pass."""

    sweep_last: Callable[[], datetime | None] = lambda: None
    delivery_last: Callable[[], datetime | None] = lambda: None
    max_silence: timedelta = timedelta(minutes=5)
    max_wait: timedelta = timedelta(minutes=5)
    started: datetime = field(default_factory=lambda: datetime.now(UTC))


def build_web_app(
    sessions: async_sessionmaker[AsyncSession],
    liveness: Liveness | None = None,
    telegram_webhook: Handler | None = None,
    extra_routes: Sequence[web.RouteDef] = (),
) -> web.Application:
    """``/healthz``, ``/metrics``, the Telegram webhook when given, and ``extra_routes``
    (other channels' webhooks)."""
    live = liveness or Liveness()
    app = web.Application(client_max_size=1 << 20)

    async def healthz(_request: web.Request) -> web.Response:
        now = datetime.now(UTC)
        problems: list[str] = []
        try:
            async with sessions() as session:
                state = await backlog(session, now)
        except Exception as exc:
            return web.json_response({"ok": False, "problems": [f"database: {exc}"]}, status=503)
        grace = now - live.started < live.max_silence
        for name, last in (("sweep", live.sweep_last()), ("delivery", live.delivery_last())):
            if (last is None and not grace) or (last is not None and now - last > live.max_silence):
                problems.append(f"{name} has not run since {last}")
        for name, wait in (
            ("inbox", state.oldest_inbox_wait),
            ("outbox", state.oldest_outbox_wait),
        ):
            if wait is not None and wait > live.max_wait:
                problems.append(f"{name}: oldest waiting {int(wait.total_seconds())} s")
        body = {
            "ok": not problems,
            "problems": problems,
            "inbox_pending": state.inbox_pending,
            "outbox_pending": state.outbox_pending,
            "outbox_dead": state.outbox_dead,
        }
        return web.json_response(body, status=200 if not problems else 503)

    async def metrics_page(_request: web.Request) -> web.Response:
        try:
            async with sessions() as session:
                await _refresh_gauges(session)
        except Exception:
            log.warning("metrics: database gauges unavailable", exc_info=True)
        return web.Response(
            body=generate_latest(metrics.REGISTRY),
            headers={"Content-Type": CONTENT_TYPE_LATEST},
        )

    app.router.add_get("/healthz", healthz)
    app.router.add_get("/metrics", metrics_page)
    if telegram_webhook is not None:
        app.router.add_post(WEBHOOK_PATH, telegram_webhook)
    app.router.add_routes(extra_routes)
    return app


async def _refresh_gauges(session: AsyncSession) -> None:
    now = datetime.now(UTC)
    state = await backlog(session, now)
    metrics.INBOX_BACKLOG.set(state.inbox_pending)
    metrics.OUTBOX_BACKLOG.labels("pending").set(state.outbox_pending)
    metrics.OUTBOX_BACKLOG.labels("dead").set(state.outbox_dead)
    wait = state.oldest_outbox_wait
    metrics.OLDEST_OUTBOX_WAIT.set(wait.total_seconds() if wait else 0.0)
    rows = await session.execute(
        select(col(Ticket.agency_code), col(Ticket.kind), func.count()).group_by(
            col(Ticket.agency_code), col(Ticket.kind)
        )
    )
    for agency, kind, count in rows:
        metrics.TICKETS.labels(agency, kind).set(count)


class WebServer:
    """Runs an aiohttp application on host:port in the current event loop."""

    def __init__(self, app: web.Application, host: str, port: int) -> None:
        self._runner = web.AppRunner(app, shutdown_timeout=2.0, access_log=None)
        self._host = host
        self._port = port
        self.port = port

    async def start(self) -> None:
        await self._runner.setup()
        site = web.TCPSite(self._runner, self._host, self._port)
        await site.start()
        self.port = self._runner.addresses[0][1]
        log.info("web server on http://%s:%d", self._host, self.port)

    async def stop(self) -> None:
        await self._runner.cleanup()
