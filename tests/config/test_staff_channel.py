"""Where staff work is decided once, from the channels a configuration runs
(:func:`bot.channels.registry.staff_channel`), and that one decision reaches every
place that writes to staff: the conversations (``Services``), the deadline jobs and
the delivery worker's supervisor alerts."""

from __future__ import annotations

import pytest

from bot.app import App, build_app
from bot.channels.console import decode_incoming
from bot.channels.kit import ChannelKit
from bot.config import Settings
from domain.messages import Channel, OutgoingMessage, SendResult


class Silent:
    async def send(self, message: OutgoingMessage) -> SendResult:
        return SendResult(message_ids=("1",))


def kit(name: Channel, hosts_staff: bool) -> ChannelKit:
    return ChannelKit(name.value, Silent(), decode_incoming, hosts_staff=hosts_staff)


def staff_channels(app: App) -> dict[str, Channel]:
    assert app.services is not None and app.scheduler is not None
    return {
        "conversations": app.services.staff_channel,
        "ticket sweep": app.scheduler.sweeper.channel,
        "objection sweep": app.scheduler.objections.channel,
        "digests": app.scheduler.digests.channel,
        "monthly report": app.scheduler.monthly.channel,
        "delivery alerts": app.delivery.alerts.staff_channel,
    }


@pytest.mark.parametrize(
    ("kits", "expected"),
    [
        ([kit(Channel.CONSOLE, True)], Channel.CONSOLE),  # aduan demo
        ([kit(Channel.CONSOLE, True), kit(Channel.TELEGRAM, True)], Channel.TELEGRAM),
        ([kit(Channel.WHATSAPP, False)], Channel.TELEGRAM),  # staff cards wait for Telegram
    ],
    ids=["console only", "console and telegram", "whatsapp only"],
)
async def test_the_staff_channel_chosen_from_the_kits_reaches_every_place_that_writes_to_staff(
    kits: list[ChannelKit], expected: Channel
) -> None:
    app = await build_app(Settings(database_url="sqlite+aiosqlite://"), kits, migrate=False)
    try:
        assert staff_channels(app) == dict.fromkeys(staff_channels(app), expected)
    finally:
        await app.close()
