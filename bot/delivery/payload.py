"""An outbox row's message as the delivery worker reads it: once, for its cost in
platform messages (the pacers book that many) and for sending it."""

from __future__ import annotations

from domain.html_split import split_html
from domain.messages import OutgoingMessage
from storage.outbox import DueMessage


def read(item: DueMessage) -> OutgoingMessage | None:
    """The row's message; ``None`` if its payload is unreadable (the row then becomes a
    dead letter when its turn comes)."""
    try:
        return OutgoingMessage.from_json(item.payload)
    except Exception:
        return None


def cost(message: OutgoingMessage | None) -> int:
    """How many platform messages one outbox row becomes (a long text is split)."""
    if message is None:
        return 1
    parts = len(split_html(message.text)) if message.text else 0
    return max(1, parts + len(message.photos) + len(message.documents))
