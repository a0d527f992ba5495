"""``aduan run``: the bot on Telegram by long polling."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal

from bot.app import build_app
from bot.channels.telegram.factory import make_bot
from bot.channels.telegram.inbound import parse_update
from bot.channels.telegram.poller import TelegramPoller
from bot.channels.telegram.sender import TelegramSender
from bot.config import Settings
from bot.messages import Channel, IncomingMessage

log = logging.getLogger(__name__)


async def run_polling(
    settings: Settings, stop: asyncio.Event | None = None, install_signals: bool = True
) -> None:
    """Run until ``stop`` is set (or SIGINT/SIGTERM when ``install_signals``)."""
    token = settings.require_telegram_token()
    stop = stop or asyncio.Event()
    loop = asyncio.get_running_loop()
    if install_signals:
        for signum in (signal.SIGINT, signal.SIGTERM):
            with contextlib.suppress(NotImplementedError, RuntimeError):
                loop.add_signal_handler(signum, stop.set)
    bot = make_bot(token, settings.telegram_api_base)
    sender = TelegramSender(bot)

    async def acknowledge(message: IncomingMessage) -> None:
        if message.callback_id:
            await sender.answer_callback(message.callback_id)

    app = await build_app(
        settings,
        senders={Channel.TELEGRAM.value: sender},
        parsers={Channel.TELEGRAM.value: parse_update},
        acknowledgers={Channel.TELEGRAM.value: acknowledge},
    )
    poller = TelegramPoller(
        bot, app.inbox, timeout=settings.poll_timeout, on_stored=app.processor.wakeup.set
    )
    try:
        me = await bot.get_me()
        log.info(
            "aduan is running as @%s (%d agencies, %d KB entries)",
            me.username,
            len(app.agencies.agencies),
            len(app.knowledge.kb),
        )
        app.start_workers(stop)
        await poller.run(stop)
    finally:
        stop.set()
        await app.close()
        await bot.session.close()
