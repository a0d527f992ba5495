"""``aduan run``: the bot on Telegram, by long polling or behind a webhook.

Long polling (the default) allows one process per bot token (a second ``getUpdates``
gets 409 Conflict). With ``ADUAN_WEBHOOK_URL`` set, the process serves the webhook
instead, so several processes (behind one reverse proxy) can serve one bot on one
PostgreSQL database. Either way ``ADUAN_WEB_PORT`` serves ``/healthz`` and ``/metrics``.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
from collections.abc import Sequence
from datetime import datetime, timedelta

from aiogram import Bot
from aiohttp import web

from bot import metrics
from bot.app import App, build_app, settle_heap
from bot.channels.base import InboxSink
from bot.channels.telegram.factory import make_bot
from bot.channels.telegram.inbound import UpdateParser
from bot.channels.telegram.poller import ALLOWED_UPDATES, TelegramPoller
from bot.channels.telegram.sender import TelegramSender
from bot.config import Settings
from bot.web import WEBHOOK_PATH, WebServer, build_web_app
from bot.web.dashboard import dashboard_for
from bot.web.public import public_routes
from bot.web.server import Liveness
from bot.web.webhook import telegram_webhook
from domain.inbound import InboundItem
from domain.messages import Channel

log = logging.getLogger(__name__)

DEFAULT_WEB_PORT = 8080


class CountingInbox:
    """The inbox as the poller sees it: counts what was new for ``/metrics``."""

    def __init__(self, inner: InboxSink, source: str) -> None:
        self._inner = inner
        self._source = source

    async def store(self, items: list[InboundItem]) -> int:
        new = await self._inner.store(items)
        if new:
            metrics.UPDATES_RECEIVED.labels(Channel.TELEGRAM.value, self._source).inc(new)
        return new


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


async def set_telegram_webhook(bot: Bot, settings: Settings) -> None:
    """Point Telegram at ``ADUAN_WEBHOOK_URL`` (with our path), with the secret token."""
    url = str(settings.webhook_url).rstrip("/")
    if not url.endswith(WEBHOOK_PATH):
        url += WEBHOOK_PATH
    await bot.set_webhook(
        url=url,
        secret_token=settings.webhook_secret,
        allowed_updates=ALLOWED_UPDATES,
        drop_pending_updates=False,
    )
    log.info("webhook mode: Telegram posts updates to %s", url)


async def receive_telegram(
    bot: Bot, settings: Settings, app: App, stop: asyncio.Event, parser: UpdateParser
) -> None:
    """Until ``stop``: Telegram posts to our webhook (``ADUAN_WEBHOOK_URL`` set), or we
    long-poll, storing each update in the inbox."""
    if settings.webhook_url:
        await set_telegram_webhook(bot, settings)
        await stop.wait()
        return
    poller = TelegramPoller(
        bot,
        CountingInbox(app.inbox, "polling"),
        timeout=settings.poll_timeout,
        on_stored=app.processor.wakeup.set,
        parser=parser,
    )
    await poller.run(stop)


async def run_polling(
    settings: Settings,
    stop: asyncio.Event | None = None,
    install_signals: bool = True,
    extra_routes: Sequence[web.RouteDef] = (),
) -> None:
    """Run until ``stop`` is set (or SIGINT/SIGTERM when ``install_signals``): by long
    polling, or serving the webhook when ``ADUAN_WEBHOOK_URL`` is set. ``extra_routes``
    are served by the same web server (other channels' webhooks)."""
    token = settings.require_telegram_token()
    webhook_mode = bool(settings.webhook_url)
    settings.require_webhook_secret()
    stop = stop or asyncio.Event()
    loop = asyncio.get_running_loop()
    if install_signals:
        for signum in (signal.SIGINT, signal.SIGTERM):
            with contextlib.suppress(NotImplementedError, RuntimeError):
                loop.add_signal_handler(signum, stop.set)
    bot = make_bot(token, settings.telegram_api_base)
    telegram_parser = UpdateParser()  # the poller hands it what it read
    sender = TelegramSender(bot)

    app = await build_app(
        settings,
        senders={Channel.TELEGRAM.value: sender},
        parsers={Channel.TELEGRAM.value: telegram_parser},
        acknowledgers={Channel.TELEGRAM.value: sender.acknowledge},
    )
    web_server: WebServer | None = None
    extra_routes = [*extra_routes, *public_routes(app)]  # when the public page is on
    extra_routes += dashboard_for(app)  # when ADUAN_DASHBOARD_URL is set
    if webhook_mode or settings.web_port is not None or extra_routes:
        handler = (
            telegram_webhook(app.inbox, settings.webhook_secret or "", app.processor.wakeup.set)
            if webhook_mode
            else None
        )
        web_app = build_web_app(app.sessions, liveness(app), handler, extra_routes)
        port = settings.web_port if settings.web_port is not None else DEFAULT_WEB_PORT
        web_server = WebServer(web_app, settings.web_host, port)
    try:
        me = await bot.get_me()
        log.info(
            "aduan is running as @%s (%d agencies, %d KB entries)",
            me.username,
            len(app.agencies.agencies),
            len(app.knowledge.kb),
        )
        app.start_workers(stop)
        settle_heap()
        if web_server is not None:
            await web_server.start()
        await receive_telegram(bot, settings, app, stop, telegram_parser)
    finally:
        stop.set()
        if web_server is not None:
            await web_server.stop()
        await app.close()
        await bot.session.close()
