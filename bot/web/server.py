"""Builds and runs the web application."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from aiohttp import web
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlmodel import col

from bot import metrics
from storage.health import backlog, backlog_problems
from storage.models import Ticket

log = logging.getLogger(__name__)


@dataclass
class Liveness:
    """What /healthz checks besides the database: workers that report their last pass."""

    sweep_last: Callable[[], datetime | None] = lambda: None
    delivery_last: Callable[[], datetime | None] = lambda: None
    max_silence: timedelta = timedelta(minutes=5)
    max_wait: timedelta = timedelta(minutes=5)
    started: datetime = field(default_factory=lambda: datetime.now(UTC))
    database_timeout: float = 5.0  # seconds: an unreachable database must not hang /healthz


async def health_report(
    sessions: async_sessionmaker[AsyncSession], live: Liveness, now: datetime
) -> tuple[int, dict[str, object]]:
    """``/healthz``: 200 when the database answers, the sweep and the delivery worker
    have run lately and nothing has waited too long; else 503. The body says which
    check failed and why, in words an operator can act on."""
    problems: list[str] = []
    for name, report in (("sweep", live.sweep_last), ("delivery", live.delivery_last)):
        try:
            problem = _silence(name, report(), now, live)
        except Exception as exc:  # a broken probe is a problem to report, not a 500
            problem = f"{name}: cannot tell whether it runs: {type(exc).__name__}: {exc}"
        if problem:
            problems.append(problem)
    body: dict[str, object] = {"ok": False, "problems": problems}
    try:
        async with asyncio.timeout(live.database_timeout):
            async with sessions() as session:
                state = await backlog(session, now)
    except TimeoutError:
        problems.insert(0, f"database: no answer within {live.database_timeout:g} s")
        return 503, body
    except Exception as exc:
        reason = (str(exc).strip().splitlines() or [""])[0][:300]
        problems.insert(0, f"database error: {type(exc).__name__}: {reason}")
        return 503, body
    problems.extend(backlog_problems(state, live.max_wait))
    body.update(
        ok=not problems,
        inbox_pending=state.inbox_pending,
        outbox_pending=state.outbox_pending,
        outbox_dead=state.outbox_dead,
        oldest_inbox_wait_seconds=_seconds(state.oldest_inbox_wait),
        oldest_outbox_wait_seconds=_seconds(state.oldest_outbox_wait),
    )
    return (200 if not problems else 503), body


def _silence(name: str, last: datetime | None, now: datetime, live: Liveness) -> str | None:
    worker = {"sweep": "SLA sweep", "delivery": "delivery worker"}[name]
    limit = int(live.max_silence.total_seconds())
    if last is None:
        if now - live.started < live.max_silence:
            return None  # still starting
        since = int((now - live.started).total_seconds())
        return f"{name}: the {worker} has not run since the process started {since} s ago"
    if now - last > live.max_silence:
        return (
            f"{name}: the {worker} has not run for {int((now - last).total_seconds())} s "
            f"(limit {limit} s)"
        )
    return None


def _seconds(span: timedelta | None) -> float | None:
    return None if span is None else round(span.total_seconds(), 1)


def build_web_app(
    sessions: async_sessionmaker[AsyncSession],
    liveness: Liveness | None = None,
    extra_routes: Sequence[web.RouteDef] = (),
) -> web.Application:
    """``/healthz``, ``/metrics`` and ``extra_routes`` (the channels' webhooks)."""
    live = liveness or Liveness()
    app = web.Application(client_max_size=1 << 20)

    async def healthz(_request: web.Request) -> web.Response:
        status, body = await health_report(sessions, live, datetime.now(UTC))
        return web.json_response(body, status=status)

    async def metrics_page(_request: web.Request) -> web.Response:
        try:
            async with asyncio.timeout(live.database_timeout), sessions() as session:
                await _refresh_gauges(session)
            metrics.DATABASE_UP.set(1)
        except Exception:
            metrics.DATABASE_UP.set(0)  # the other gauges keep their last known values
            log.warning("metrics: database gauges unavailable", exc_info=True)
        return web.Response(
            body=generate_latest(metrics.REGISTRY),
            headers={"Content-Type": CONTENT_TYPE_LATEST},
        )

    app.router.add_get("/healthz", healthz)
    app.router.add_get("/metrics", metrics_page)
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
    rows = (
        await session.execute(
            select(col(Ticket.agency_code), col(Ticket.kind), func.count()).group_by(
                col(Ticket.agency_code), col(Ticket.kind)
            )
        )
    ).all()
    metrics.TICKETS.clear()  # an agency whose tickets were all deleted drops out
    for agency, kind, count in rows:
        metrics.TICKETS.labels(agency or "", kind).set(count)


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
