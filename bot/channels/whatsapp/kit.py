"""The WhatsApp channel as a kit: residents write through the signed webhook, answers
go out through the Graph API (staff stay in Telegram: WhatsApp hosts no staff group)."""

from __future__ import annotations

from collections.abc import Sequence

from aiohttp import web

from bot.channels.kit import ChannelKit, KitSetup, Runtime
from bot.channels.whatsapp.factory import WhatsAppChannel, build_whatsapp
from bot.channels.whatsapp.webhook import WEBHOOK_PATH, whatsapp_routes
from bot.config import Settings
from bot.pacing import RateLimits
from domain.messages import Channel


def whatsapp_limits(settings: Settings) -> RateLimits:
    """The Cloud API's throughput per number, and the pair rate to one resident with the
    bursts WhatsApp allows (a conversation's answers go at once; a flood is spread)."""
    return RateLimits(
        overall=settings.whatsapp_rate,
        per_chat=settings.whatsapp_chat_rate / 60.0,
        per_group=settings.whatsapp_chat_rate / 60.0,
        chat_burst=settings.whatsapp_chat_burst,
    )


def channel_kit(channel: WhatsAppChannel, settings: Settings) -> ChannelKit:
    """The kit around built parts (tests wrap the sender to record what it sends)."""

    def bind(runtime: Runtime) -> None:
        channel.bind(runtime.sessions)

    def routes(runtime: Runtime) -> Sequence[web.RouteDef]:
        return whatsapp_routes(
            runtime.inbox,
            runtime.sessions,
            settings.whatsapp_app_secret or "",
            settings.whatsapp_verify_token or "",
            runtime.on_stored,
            clock=runtime.clock,
            client=channel.client,
            report_dead=runtime.report_dead,
            on_queued=runtime.on_queued,
        )

    async def check() -> str:
        return f"WhatsApp (webhook {WEBHOOK_PATH})"

    return ChannelKit(
        name=Channel.WHATSAPP.value,
        sender=channel.sender,
        parse=channel.parse,
        limits=whatsapp_limits(settings),
        prepare=channel.preparer,
        bind=bind,
        routes=routes,
        check=check,
        address=(settings.whatsapp_webhook_host, settings.whatsapp_webhook_port),
        close=channel.close,
    )


def build_kit(setup: KitSetup) -> ChannelKit:
    return channel_kit(build_whatsapp(setup.settings, setup.clock, setup.files), setup.settings)
