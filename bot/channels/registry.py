"""Every channel aduan can run, by name: adding a channel is one folder
(``bot/channels/<name>/kit.py`` with ``build_kit``) and one line in :data:`CHANNELS`.

Channel modules are imported only when their channel is built (``aduan demo`` never
loads aiogram).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from bot.channels.kit import ChannelKit, KitFactory, KitSetup
from bot.config import ConfigError, Settings
from domain.messages import Channel


@dataclass(frozen=True)
class Registered:
    module: str  # exposes ``build_kit``: a :data:`bot.channels.kit.KitFactory`
    enabled: Callable[[Settings], bool]  # whether ``aduan run`` starts it

    def factory(self) -> KitFactory:
        build: KitFactory = importlib.import_module(self.module).build_kit
        return build


def _always(_settings: Settings) -> bool:
    return True


def _never(_settings: Settings) -> bool:
    return False


# In order of preference for the staff channel (see :func:`staff_channel`).
CHANNELS: dict[str, Registered] = {
    # staff work in Telegram: `aduan run` always needs it (ADUAN_TELEGRAM_TOKEN)
    "telegram": Registered("bot.channels.telegram.kit", _always),
    "whatsapp": Registered("bot.channels.whatsapp.kit", lambda s: bool(s.whatsapp_access_token)),
    # the terminal chat of `aduan demo`, which asks for it by name
    "console": Registered("bot.channels.console.kit", _never),
}


def enabled_channels(settings: Settings) -> list[str]:
    return [name for name, entry in CHANNELS.items() if entry.enabled(settings)]


async def build_kits(setup: KitSetup, names: Sequence[str]) -> list[ChannelKit]:
    """The kits of ``names``, in registry order. Should one factory fail (a missing
    setting), the kits already built are closed before the error goes on."""
    unknown = [name for name in names if name not in CHANNELS]
    if unknown:
        raise ConfigError(f"unknown channel(s): {', '.join(unknown)}; known: {', '.join(CHANNELS)}")
    kits: list[ChannelKit] = []
    try:
        for name in CHANNELS:
            if name in names:
                kits.append(CHANNELS[name].factory()(setup))
    except BaseException:
        await close_kits(kits)
        raise
    return kits


async def close_kits(kits: Sequence[ChannelKit]) -> None:
    for kit in reversed(kits):
        await kit.close()


def staff_channel(kits: Sequence[ChannelKit]) -> Channel:
    """The one place that decides where staff work: the first kit, in registry order,
    whose channel can host agencies' staff groups (Telegram; the console in the demo);
    Telegram when none of the kits can (their cards wait in the outbox for it)."""
    order = list(CHANNELS)
    hosts = sorted(
        (kit.name for kit in kits if kit.hosts_staff),
        key=lambda name: order.index(name) if name in order else len(order),
    )
    return Channel(hosts[0]) if hosts else Channel.TELEGRAM
