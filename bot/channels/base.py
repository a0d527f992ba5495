"""The boundary every channel implements for sending, and the failures it may report.

The delivery worker only knows this protocol; which platform is behind it is decided
in the composition root.
"""

from __future__ import annotations

from typing import Protocol

from domain.inbound import InboundItem
from domain.messages import OutgoingMessage, SendResult


class SendError(Exception):
    """Base of send failures. Subclasses tell the delivery worker what to do next."""


class TransientSendError(SendError):
    """Try again later: network fault, timeout, 5xx, or a rate limit (``retry_after``)."""

    def __init__(self, reason: str, retry_after: float | None = None) -> None:
        super().__init__(reason)
        self.retry_after = retry_after


class PermanentSendError(SendError):
    """Never succeeds as is (bad request, chat not found): do not retry."""


class ChatUnreachableError(PermanentSendError):
    """The bot was blocked by the user or removed from the group."""


class ChatMigratedError(SendError):
    """A group became a supergroup: resend to ``new_chat_id`` and remember it."""

    def __init__(self, new_chat_id: str) -> None:
        super().__init__(f"chat migrated to {new_chat_id}")
        self.new_chat_id = new_chat_id


class MessageSender(Protocol):
    """Sends one outgoing message on one channel."""

    async def send(self, message: OutgoingMessage) -> SendResult: ...


class InboxSink(Protocol):
    """Stores received updates durably before they are acknowledged to the platform."""

    async def store(self, items: list[InboundItem]) -> int:
        """Store the items (duplicates by key are ignored); return how many were new."""
        ...
