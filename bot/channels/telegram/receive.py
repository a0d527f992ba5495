"""Receiving from Telegram until stopped: Telegram posts to our webhook
(``ADUAN_WEBHOOK_URL`` set: several processes can serve one bot), or we long-poll
(one process per bot token; a second ``getUpdates`` gets 409 Conflict)."""

from __future__ import annotations

import asyncio
import logging

from aiogram import Bot

from bot import metrics
from bot.channels.base import InboxSink
from bot.channels.kit import Runtime
from bot.channels.telegram.inbound import UpdateParser
from bot.channels.telegram.poller import ALLOWED_UPDATES, TelegramPoller
from bot.channels.telegram.webhook import WEBHOOK_PATH
from bot.config import Settings
from domain.inbound import InboundItem
from domain.messages import Channel

log = logging.getLogger(__name__)


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
    bot: Bot, settings: Settings, runtime: Runtime, stop: asyncio.Event, parser: UpdateParser
) -> None:
    """Until ``stop``: set the webhook and wait (the web server takes the posts), or
    long-poll, storing each update in the inbox."""
    if settings.webhook_url:
        await set_telegram_webhook(bot, settings)
        await stop.wait()
        return
    poller = TelegramPoller(
        bot,
        CountingInbox(runtime.inbox, "polling"),
        timeout=settings.poll_timeout,
        on_stored=runtime.on_stored,
        parser=parser,  # the poller hands it what it read
    )
    await poller.run(stop)
