"""``aduan run`` with WhatsApp: residents on WhatsApp and Telegram, staff on Telegram.

One process long-polls Telegram (as :mod:`bot.telegram_runner` does) and serves the
WhatsApp webhook (``GET``/``POST /whatsapp/webhook``) on its own small aiohttp site
at ``ADUAN_WHATSAPP_WEBHOOK_HOST``:``ADUAN_WHATSAPP_WEBHOOK_PORT``. Both channels feed
one inbox and one outbox. (When the shared web server of ``bot.web`` takes extra
routes with access to the app, :func:`bot.channels.whatsapp.webhook.whatsapp_routes`
can be mounted there instead; this module is the stand-alone way until then.)
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal

from aiohttp import web

from bot.app import build_app
from bot.channels.base import MessageSender
from bot.channels.telegram.factory import make_bot
from bot.channels.telegram.inbound import parse_update
from bot.channels.telegram.poller import TelegramPoller
from bot.channels.telegram.sender import TelegramSender
from bot.channels.whatsapp.factory import build_whatsapp
from bot.channels.whatsapp.webhook import WEBHOOK_PATH, whatsapp_routes
from bot.config import Settings
from bot.messages import Channel, IncomingMessage
from bot.processor import Parser

log = logging.getLogger(__name__)


async def run_with_whatsapp(
    settings: Settings, stop: asyncio.Event | None = None, install_signals: bool = True
) -> None:
    token = settings.require_telegram_token()  # staff work in Telegram
    whatsapp = build_whatsapp(settings)
    stop = stop or asyncio.Event()
    if install_signals:
        loop = asyncio.get_running_loop()
        for signum in (signal.SIGINT, signal.SIGTERM):
            with contextlib.suppress(NotImplementedError, RuntimeError):
                loop.add_signal_handler(signum, stop.set)
    bot = make_bot(token, settings.telegram_api_base)
    telegram = TelegramSender(bot, uploads=whatsapp.state.photo)

    async def acknowledge(message: IncomingMessage) -> None:
        if message.callback_id:
            await telegram.answer_callback(message.callback_id)

    senders: dict[str, MessageSender] = {
        Channel.TELEGRAM.value: telegram,
        Channel.WHATSAPP.value: whatsapp.sender,
    }
    parsers: dict[str, Parser] = {
        Channel.TELEGRAM.value: parse_update,
        Channel.WHATSAPP.value: whatsapp.parse,
    }
    app = await build_app(
        settings,
        senders=senders,
        parsers=parsers,
        acknowledgers={Channel.TELEGRAM.value: acknowledge},
        preparers={Channel.WHATSAPP.value: whatsapp.preparer},
    )
    whatsapp.bind(app.sessions)
    site_app = web.Application(client_max_size=4 * 1024 * 1024)
    site_app.add_routes(
        whatsapp_routes(
            app.inbox,
            app.sessions,
            settings.whatsapp_app_secret or "",
            settings.whatsapp_verify_token or "",
            app.processor.wakeup.set,
        )
    )
    runner = web.AppRunner(site_app, access_log=None)
    await runner.setup()
    try:
        site = web.TCPSite(runner, settings.whatsapp_webhook_host, settings.whatsapp_webhook_port)
        await site.start()
        log.info(
            "WhatsApp webhook on http://%s:%d%s",
            settings.whatsapp_webhook_host,
            settings.whatsapp_webhook_port,
            WEBHOOK_PATH,
        )
        me = await bot.get_me()
        log.info("aduan is running as @%s and on WhatsApp", me.username)
        app.start_workers(stop)
        poller = TelegramPoller(
            bot, app.inbox, timeout=settings.poll_timeout, on_stored=app.processor.wakeup.set
        )
        await poller.run(stop)
    finally:
        stop.set()
        await runner.cleanup()
        await app.close()
        await whatsapp.close()
        await bot.session.close()
