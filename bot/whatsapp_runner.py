"""``aduan run`` with WhatsApp: residents on WhatsApp and Telegram, staff on Telegram.

One process, one inbox, one outbox, and one web server (``bot.web``) on one port:

- Telegram by webhook (``ADUAN_WEBHOOK_URL`` set): ``POST /telegram/webhook`` and
  ``GET``/``POST /whatsapp/webhook`` side by side, with ``/healthz`` and ``/metrics``;
- Telegram by long polling: the same server without the Telegram route.

The port is ``ADUAN_WEB_HOST``:``ADUAN_WEB_PORT``; when ``ADUAN_WEB_PORT`` is unset,
``ADUAN_WHATSAPP_WEBHOOK_HOST``:``ADUAN_WHATSAPP_WEBHOOK_PORT`` (``0.0.0.0:8080``).
Every WhatsApp ``POST`` is checked against its signature before anything is read or
stored (:mod:`bot.channels.whatsapp.webhook`).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal

from bot.app import App, build_app, settle_heap
from bot.channels.base import MessageSender
from bot.channels.telegram.factory import make_bot
from bot.channels.telegram.inbound import UpdateParser
from bot.channels.telegram.sender import TelegramSender
from bot.channels.whatsapp.client import GraphClient
from bot.channels.whatsapp.factory import build_whatsapp
from bot.channels.whatsapp.telegram_files import TelegramFiles
from bot.channels.whatsapp.webhook import WEBHOOK_PATH as WHATSAPP_PATH
from bot.channels.whatsapp.webhook import whatsapp_routes
from bot.config import Settings
from bot.processor import Parser
from bot.telegram_runner import liveness, receive_telegram
from bot.web import WebServer, build_web_app
from bot.web.dashboard import dashboard_for
from bot.web.public import public_routes
from bot.web.webhook import telegram_webhook
from domain.messages import Channel

log = logging.getLogger(__name__)


def listen_address(settings: Settings) -> tuple[str, int]:
    """The shared web server's address (see the module docstring)."""
    if settings.web_port is not None:
        return settings.web_host, settings.web_port
    return settings.whatsapp_webhook_host, settings.whatsapp_webhook_port


def web_server(settings: Settings, app: App, client: GraphClient) -> WebServer:
    """One aiohttp application: /healthz, /metrics, the WhatsApp webhook, and the
    Telegram webhook when Telegram is in webhook mode."""
    telegram = (
        telegram_webhook(app.inbox, settings.webhook_secret or "", app.processor.wakeup.set)
        if settings.webhook_url
        else None
    )
    routes = whatsapp_routes(
        app.inbox,
        app.sessions,
        settings.whatsapp_app_secret or "",
        settings.whatsapp_verify_token or "",
        app.processor.wakeup.set,
        client=client,
        report_dead=app.delivery.report_dead_letter,
        on_queued=app.delivery.wakeup.set,
    )
    routes = [*routes, *public_routes(app), *dashboard_for(app)]
    host, port = listen_address(settings)
    return WebServer(build_web_app(app.sessions, liveness(app), telegram, routes), host, port)


async def run_with_whatsapp(
    settings: Settings, stop: asyncio.Event | None = None, install_signals: bool = True
) -> None:
    token = settings.require_telegram_token()  # staff work in Telegram
    settings.require_webhook_secret()
    stop = stop or asyncio.Event()
    if install_signals:
        loop = asyncio.get_running_loop()
        for signum in (signal.SIGINT, signal.SIGTERM):
            with contextlib.suppress(NotImplementedError, RuntimeError):
                loop.add_signal_handler(signum, stop.set)
    bot = make_bot(token, settings.telegram_api_base)
    telegram_parser = UpdateParser()  # the poller hands it what it read
    whatsapp = build_whatsapp(settings, file_sources=[TelegramFiles(bot)])
    telegram = TelegramSender(bot, uploads=whatsapp.state.photo)

    senders: dict[str, MessageSender] = {
        Channel.TELEGRAM.value: telegram,
        Channel.WHATSAPP.value: whatsapp.sender,
    }
    parsers: dict[str, Parser] = {
        Channel.TELEGRAM.value: telegram_parser,
        Channel.WHATSAPP.value: whatsapp.parse,
    }
    app = await build_app(
        settings,
        senders=senders,
        parsers=parsers,
        acknowledgers={Channel.TELEGRAM.value: telegram.acknowledge},
        preparers={Channel.WHATSAPP.value: whatsapp.preparer},
    )
    whatsapp.bind(app.sessions)
    server = web_server(settings, app, whatsapp.client)
    try:
        me = await bot.get_me()
        app.start_workers(stop)
        settle_heap()
        await server.start()
        log.info(
            "aduan is running as @%s and on WhatsApp (webhook %s on port %d)",
            me.username,
            WHATSAPP_PATH,
            server.port,
        )
        await receive_telegram(bot, settings, app, stop, telegram_parser)
    finally:
        stop.set()
        await server.stop()
        await app.close()
        await whatsapp.close()
        await bot.session.close()
