"""What the operator reads in the log about sends that fail.

One line per failed send attempt and one per dead letter, each with its reason, so a
failing chat or platform shows in the log without digging in the database. A chat that
fails over and over (a blocked resident with a queue of messages, a platform that is
down) must not flood the log: each chat gets at most one line a minute, and the next
line it gets says how many were left out meanwhile. Reasons come from the platforms and
the database, so they are flattened to one line (no forged log lines) and cut short.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from storage.dead_letters import DeadLetter, one_line
from storage.outbox import DueMessage

log = logging.getLogger("bot.delivery")

INTERVAL = 60.0  # seconds: at most one line per chat in this time
REASON_WIDTH = 300
_PRUNE_AT = 10_000  # chats remembered before the quiet ones are forgotten


class OperatorLog:
    """Failed attempts and dead letters, at most one line per chat and minute."""

    def __init__(self, monotonic: Callable[[], float], interval: float | None = None) -> None:
        self._monotonic = monotonic
        self._interval = INTERVAL if interval is None else interval
        self._last: dict[tuple[str, str], float] = {}  # chat -> when its last line went out
        self._left_out: dict[tuple[str, str], int] = {}

    def failed_attempt(
        self,
        item: DueMessage,
        attempt: int,
        reason: str,
        next_try_in: float,
        traceback: bool = False,
    ) -> None:
        """Attempt ``attempt`` to send ``item`` failed; it is tried again later.
        ``traceback``: an unexpected fault, logged with its stack."""
        self._line(
            logging.WARNING,
            (item.channel, item.chat_id),
            "send failed: message %s to %s chat %s, attempt %d: %s; next try in %.0f s",
            (item.id, item.channel, item.chat_id, attempt, _flat(reason), next_try_in),
            traceback,
        )

    def dead_letter(self, dead: DeadLetter) -> None:
        self._line(
            logging.ERROR,
            (dead.channel, dead.chat_id),
            "dead letter: message %s to %s chat %s given up after %d attempts: %s "
            "(aduan outbox list / retry)",
            (dead.id, dead.channel, dead.chat_id, dead.attempts, _flat(dead.error)),
            False,
        )

    def _line(
        self,
        level: int,
        chat: tuple[str, str],
        text: str,
        args: tuple[object, ...],
        traceback: bool,
    ) -> None:
        now = self._monotonic()
        last = self._last.get(chat)
        if last is not None and now - last < self._interval:
            self._left_out[chat] = self._left_out.get(chat, 0) + 1
            return
        left_out = self._left_out.pop(chat, 0)
        if left_out:
            text += " (%d more lines for this chat left out since its previous line)"
            args = (*args, left_out)
        if len(self._last) >= _PRUNE_AT:
            self._forget_quiet(now)
        self._last[chat] = now
        log.log(level, text, *args, exc_info=traceback)

    def _forget_quiet(self, now: float) -> None:
        quiet = [chat for chat, at in self._last.items() if now - at >= self._interval]
        for chat in quiet:
            del self._last[chat]
            self._left_out.pop(chat, None)


def _flat(reason: str) -> str:
    return one_line(reason, REASON_WIDTH)
