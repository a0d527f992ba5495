"""The Telegram webhook: check the secret, store the update in the inbox, answer 200.

Nothing is processed in the request: the update is stored (a duplicate is a no-op,
thanks to its unique key) and the inbox processor takes it from there, so Telegram
gets its 2xx at once and a redelivery, or the same update arriving at two processes,
files one ticket.
"""

from __future__ import annotations

import hmac
import json
import logging
from collections.abc import Awaitable, Callable, Sequence

from aiogram.types import Update
from aiohttp import web
from pydantic import ValidationError

from bot import metrics
from bot.channels.base import InboxSink
from bot.channels.telegram.inbound import raw_inbound_item, to_inbound_item

log = logging.getLogger(__name__)

WEBHOOK_PATH = "/telegram/webhook"
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
MAX_BODY = 1 << 20  # Telegram updates are small; a larger body is not Telegram


def secret_matches(given: str | None, expected: str) -> bool:
    """Constant-time comparison (a timing leak would reveal the secret bit by bit)."""
    return hmac.compare_digest((given or "").encode(), expected.encode())


def telegram_webhook(
    inbox: InboxSink, secret: str, on_stored: Callable[[], None] | None = None
) -> Callable[[web.Request], Awaitable[web.Response]]:
    if not secret:
        raise ValueError("ADUAN_WEBHOOK_SECRET: a webhook needs a secret token")

    async def handle(request: web.Request) -> web.Response:
        if not secret_matches(request.headers.get(SECRET_HEADER), secret):
            log.warning("webhook request with a missing or wrong secret from %s", request.remote)
            return web.json_response({"ok": False}, status=401)
        if request.content_length is not None and request.content_length > MAX_BODY:
            return web.json_response({"ok": False}, status=413)
        body = await request.read()
        try:
            raw = json.loads(body)
            if not isinstance(raw, dict) or not isinstance(raw.get("update_id"), int):
                raise ValueError("not an update")
        except ValueError:
            return web.json_response({"ok": False}, status=400)
        try:
            item = to_inbound_item(Update.model_validate(raw))
        except ValidationError:
            item = raw_inbound_item(raw)  # a newer update type: stored, confirmed, skipped
        new = await inbox.store([item])
        if new:
            metrics.UPDATES_RECEIVED.labels("telegram", "webhook").inc(new)
            if on_stored is not None:
                on_stored()
        return web.json_response({"ok": True})

    return handle


def telegram_routes(
    inbox: InboxSink, secret: str, on_stored: Callable[[], None] | None = None
) -> Sequence[web.RouteDef]:
    """The webhook as a route for the bot's web server."""
    return [web.post(WEBHOOK_PATH, telegram_webhook(inbox, secret, on_stored))]
