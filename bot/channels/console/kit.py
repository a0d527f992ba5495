"""The console channel as a kit: the demo's terminal is the resident's chat, the staff
groups and the supervisors' chat at once (everything is printed, labelled)."""

from __future__ import annotations

from bot.channels.console.chat import ConsoleSender, decode_incoming
from bot.channels.kit import ChannelKit, KitSetup
from domain.agencies import load_agencies
from domain.i18n import Translator
from domain.messages import Channel
from domain.ppid.offices import load_ppid


def build_kit(setup: KitSetup) -> ChannelKit:
    path = setup.settings.agencies
    superiors = frozenset(load_ppid(path).superior_chats())
    t = Translator(setup.settings.default_language)
    sender = ConsoleSender(setup.terminal, load_agencies(path), superiors, t)
    return ChannelKit(
        name=Channel.CONSOLE.value,
        sender=sender,
        parse=decode_incoming,
        acknowledge=sender.acknowledge,
        hosts_staff=True,
    )
