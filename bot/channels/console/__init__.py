"""The demo's console channel (see :mod:`bot.channels.console.chat`)."""

from bot.channels.console.chat import (
    ADMIN,
    RESIDENT,
    RESIDENT_CHAT,
    ConsoleInput,
    ConsoleSender,
    decode_incoming,
    encode_incoming,
    inbound_item,
    to_plain,
)

__all__ = [
    "ADMIN",
    "RESIDENT",
    "RESIDENT_CHAT",
    "ConsoleInput",
    "ConsoleSender",
    "decode_incoming",
    "encode_incoming",
    "inbound_item",
    "to_plain",
]
