"""The Telegram channel as a kit: residents in private chats, and the agencies' staff
groups and the supervisors' chat (Telegram hosts staff)."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence

from aiohttp import web

from bot.channels.kit import ChannelKit, KitSetup, Runtime
from bot.channels.telegram.factory import make_bot
from bot.channels.telegram.files import TelegramFiles
from bot.channels.telegram.inbound import UpdateParser
from bot.channels.telegram.receive import receive_telegram
from bot.channels.telegram.sender import TelegramSender
from bot.channels.telegram.webhook import telegram_routes
from bot.config import Settings
from bot.pacing import RateLimits
from domain.messages import Channel


def telegram_limits(settings: Settings) -> RateLimits:
    return RateLimits(
        overall=settings.delivery_rate,
        per_chat=settings.delivery_chat_rate,
        per_group=settings.delivery_group_rate / 60.0,
    )


def build_kit(setup: KitSetup) -> ChannelKit:
    settings = setup.settings
    token = settings.require_telegram_token()
    settings.require_webhook_secret()
    bot = make_bot(token, settings.telegram_api_base)
    parser = UpdateParser()  # the poller hands it what it read
    sender = TelegramSender(bot, files=setup.files)
    setup.files.register(Channel.TELEGRAM, TelegramFiles(bot))

    def routes(runtime: Runtime) -> Sequence[web.RouteDef]:
        if not settings.webhook_url:
            return ()  # long polling
        return telegram_routes(runtime.inbox, settings.webhook_secret or "", runtime.on_stored)

    async def receive(runtime: Runtime, stop: asyncio.Event) -> None:
        await receive_telegram(bot, settings, runtime, stop, parser)

    async def check() -> str:
        me = await bot.get_me()
        return f"Telegram as @{me.username}"

    return ChannelKit(
        name=Channel.TELEGRAM.value,
        sender=sender,
        parse=parser,
        limits=telegram_limits(settings),
        acknowledge=sender.acknowledge,
        hosts_staff=True,
        routes=routes,
        receive=receive,
        check=check,
        close=bot.session.close,
    )
