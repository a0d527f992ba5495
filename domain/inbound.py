"""A received platform update on its way into the inbox (before it is parsed)."""

from __future__ import annotations


class InboundItem:
    """A raw platform update on its way into the inbox.

    ``key`` is unique per update (``telegram:<update_id>``, ``whatsapp:<message id>``);
    ``chat_key`` groups updates whose order must be kept (one chat); ``payload`` is the
    raw update as JSON text, parsed again by the channel when it is processed.
    """

    __slots__ = ("channel", "chat_key", "key", "payload")

    def __init__(self, key: str, channel: str, chat_key: str, payload: str) -> None:
        self.key = key
        self.channel = channel
        self.chat_key = chat_key
        self.payload = payload
