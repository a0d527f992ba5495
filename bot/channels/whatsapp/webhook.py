"""The WhatsApp webhook as aiohttp routes, for whichever web server runs them.

``GET`` answers Meta's verification; every ``POST`` is checked against
``X-Hub-Signature-256`` on the raw body before it is parsed or stored, then each
message goes into the inbox as ``whatsapp:<message id>`` (a redelivery is a no-op)
and each delivery status is put on the outbox row that sent it (a failure after
acceptance is sent again, held for the 24-hour window, or made a dead letter for the
operator: never lost without a trace). The answer is 200 only once the messages are
stored, so WhatsApp redelivers anything not stored.
"""

from __future__ import annotations

import hmac
import json
import logging
from collections.abc import Callable
from datetime import UTC, datetime

from aiohttp import web
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot import metrics
from bot.channels.base import InboxSink
from bot.channels.whatsapp.client import OUTSIDE_WINDOW, RATE_LIMITS, GraphClient
from bot.channels.whatsapp.inbound import DeliveryStatus, split_webhook
from bot.channels.whatsapp.prefetch import prefetch_images
from bot.channels.whatsapp.signature import signature_valid
from storage import dead_letters, whatsapp
from storage.dead_letters import DeadLetter

log = logging.getLogger(__name__)

WEBHOOK_PATH = "/whatsapp/webhook"


def _utc_now() -> datetime:
    return datetime.now(UTC)


# Tells the supervisors about a dead letter, in the session that made it one
# (the delivery worker's ``report_dead_letter``).
DeadLetterReporter = Callable[[AsyncSession, DeadLetter, datetime], None]


async def record_statuses(
    sessions: async_sessionmaker[AsyncSession],
    statuses: list[DeliveryStatus],
    now: datetime,
    report_dead: DeadLetterReporter | None = None,
) -> bool:
    """Record delivery statuses; return whether anything was queued for sending."""
    queued = False
    if not statuses:
        return queued
    async with sessions.begin() as session:
        for status in statuses:
            failed = await whatsapp.record_status(
                session, status.recipient, status.message_id, status.status, status.at
            )
            if status.status != "failed":
                continue
            log.warning(
                "WhatsApp message %s to %s failed (code %s)",
                status.message_id,
                status.recipient,
                status.error_code,
            )
            for row in failed:
                if status.error_code == OUTSIDE_WINDOW or status.error_code in RATE_LIMITS:
                    # never dropped: sent again, or held for the window
                    await whatsapp.resend_failed(
                        session, row, status.error_code == OUTSIDE_WINDOW, now
                    )
                    queued = True
                elif row.id is not None:
                    # WhatsApp accepted it, then could not deliver it (e.g. 131026, not on
                    # WhatsApp): a dead letter the operator sees and can send again, and
                    # the supervisors are told, as for any other dead letter
                    reason = (
                        f"WhatsApp could not deliver it (status failed, code {status.error_code})"
                    )
                    dead = await dead_letters.give_up(session, row, now, reason)
                    if report_dead is not None:
                        report_dead(session, dead, now)
                        queued = True
    return queued


def whatsapp_routes(
    inbox: InboxSink,
    sessions: async_sessionmaker[AsyncSession],
    app_secret: str,
    verify_token: str,
    on_stored: Callable[[], None] | None = None,
    path: str = WEBHOOK_PATH,
    clock: Callable[[], datetime] = _utc_now,
    client: GraphClient | None = None,
    report_dead: DeadLetterReporter | None = None,
    on_queued: Callable[[], None] | None = None,
) -> list[web.RouteDef]:
    """``client``: fetch residents' photos before their messages are stored (see
    :mod:`bot.channels.whatsapp.prefetch`). ``report_dead`` tells the supervisors about
    a message WhatsApp failed to deliver after accepting it; ``on_queued`` wakes the
    delivery worker when a status put something in the outbox."""
    if not app_secret:
        raise ValueError("the WhatsApp app secret is required to check webhook signatures")

    async def verify(request: web.Request) -> web.Response:
        query = request.query
        if (
            query.get("hub.mode") == "subscribe"
            and verify_token
            and signature_safe_equal(query.get("hub.verify_token", ""), verify_token)
        ):
            return web.Response(text=query.get("hub.challenge", ""))
        return web.Response(status=403, text="verification failed")

    async def receive(request: web.Request) -> web.Response:
        body = await request.read()
        if not signature_valid(body, request.headers.get("X-Hub-Signature-256"), app_secret):
            return web.Response(status=401, text="bad signature")
        try:
            data = json.loads(body)
            if not isinstance(data, dict):
                raise ValueError("not an object")
            items, statuses = split_webhook(data)
        except (ValueError, TypeError, KeyError):
            return web.Response(status=400, text="bad body")
        if items:
            if client is not None:
                await prefetch_images(client, sessions, items, clock())
            new = await inbox.store(items)
            if new:
                metrics.UPDATES_RECEIVED.labels("whatsapp", "webhook").inc(new)
            if on_stored is not None:
                on_stored()
        if await record_statuses(sessions, statuses, clock(), report_dead) and on_queued:
            on_queued()
        return web.Response(text="ok")

    return [web.get(path, verify), web.post(path, receive)]


def signature_safe_equal(given: str, expected: str) -> bool:
    return hmac.compare_digest(given.encode(), expected.encode())
