"""Flood control: when may the next message to a chat go out?

Telegram allows a bot about 30 messages per second overall, one per second in a
private chat and 20 per minute in a group; WhatsApp about 80 per second per number
and, to one person, one every 6 seconds with bursts (the "pair rate", error 131056).
:class:`Pacer` books a send slot against three limits at once (the whole bot, the
chat, and the chat's kind) in the manner of GCRA / virtual scheduling: every limit
keeps the theoretical time of its next message, and a message is given the latest of
those times. Without a burst allowance (Telegram) *any* window of the platform's
length holds at most the allowed count; with ``chat_burst`` = *n* a chat may be up to
*n* − 1 messages ahead of its rate, as a token bucket of *n* refilled at the rate
(WhatsApp lets a conversation answer at once and still stays under the pair limit).
A small headroom absorbs the jitter between deciding to send and the request arriving.

Time is passed in (seconds from a monotonic clock); nothing here sleeps or reads
the clock, so the arithmetic is tested without waiting.
"""

from __future__ import annotations

from dataclasses import dataclass, field

HEADROOM = 0.99  # pace at 99% of each configured rate: request jitter never breaks a limit


@dataclass(frozen=True)
class RateLimits:
    """Messages per second overall, per private chat, and per group (per second);
    ``chat_burst``: how many messages a private chat may receive at once before its
    rate applies (1: none)."""

    overall: float = 30.0
    per_chat: float = 1.0
    per_group: float = 20.0 / 60.0
    chat_burst: int = 1

    def interval(self, rate: float) -> float:
        return 1.0 / (rate * HEADROOM)


def is_group(chat_id: str) -> bool:
    """Telegram group and channel ids are negative; private chats are positive."""
    return chat_id.startswith("-")


@dataclass
class Pacer:
    """Books send slots for one channel. ``reserve`` is called only when the caller
    will send at the slot it returns (or has given the slot up for good)."""

    limits: RateLimits
    _next_overall: float = 0.0
    _next_chat: dict[str, float] = field(default_factory=dict)  # theoretical arrival times

    def earliest(self, chat_id: str, now: float, cost: int = 1) -> float:
        """The earliest time a message of ``cost`` platform sends to ``chat_id`` may start."""
        del cost  # the first of several sends is what must wait
        return max(now, self._next_overall, self.chat_ready(chat_id))

    def reserve(self, chat_id: str, now: float, cost: int = 1) -> float:
        """Book the slot for a message that becomes ``cost`` platform sends (a long text
        split in parts); return when to start sending it."""
        start = self.earliest(chat_id, now, cost)
        self.record(chat_id, start, cost)
        return start

    def _tolerance(self, chat_id: str) -> float:
        """How far ahead of its rate a chat may be: (burst − 1) intervals."""
        if is_group(chat_id) or self.limits.chat_burst <= 1:
            return 0.0
        return (self.limits.chat_burst - 1) * self.limits.interval(self.limits.per_chat)

    def chat_ready(self, chat_id: str) -> float:
        return self._next_chat.get(chat_id, 0.0) - self._tolerance(chat_id)

    def overall_ready(self) -> float:
        return self._next_overall

    def record(self, chat_id: str, at: float, cost: int = 1) -> None:
        """A message of ``cost`` sends to ``chat_id`` started at ``at`` (the actual time:
        a late start pushes the next slots back, it never squeezes them together)."""
        chat_rate = self.limits.per_group if is_group(chat_id) else self.limits.per_chat
        self._next_overall = max(
            self._next_overall, at + cost * self.limits.interval(self.limits.overall)
        )
        self._next_chat[chat_id] = max(self._next_chat.get(chat_id, 0.0), at) + cost * (
            self.limits.interval(chat_rate)
        )
        self._forget_before(at)

    def hold(self, chat_id: str, until: float) -> None:
        """The platform asked to wait (429 ``retry_after``): nothing to this chat before."""
        self._next_chat[chat_id] = max(
            self._next_chat.get(chat_id, 0.0), until + self._tolerance(chat_id)
        )

    def _forget_before(self, now: float) -> None:
        if len(self._next_chat) > 10_000:
            self._next_chat = {k: t for k, t in self._next_chat.items() if t > now}


def pacers_for(limits: dict[str, RateLimits]) -> dict[str, Pacer]:
    return {channel: Pacer(rate) for channel, rate in limits.items()}
