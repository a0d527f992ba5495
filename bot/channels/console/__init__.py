"""The demo's console channel (see :mod:`bot.channels.console.chat`)."""

from bot.channels.console.chat import (
    ADMIN,
    RESIDENT,
    RESIDENT_CHAT,
    ConsoleSender,
    decode_incoming,
    encode_incoming,
    inbound_item,
    to_plain,
)
from bot.channels.console.history import ConsoleHistory, console_history
from bot.channels.console.lines import ConsoleInput, Refusal

__all__ = [
    "ADMIN",
    "RESIDENT",
    "RESIDENT_CHAT",
    "ConsoleHistory",
    "ConsoleInput",
    "ConsoleSender",
    "Refusal",
    "console_history",
    "decode_incoming",
    "encode_incoming",
    "inbound_item",
    "to_plain",
]
