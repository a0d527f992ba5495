"""What becomes of a send, recorded in the database through storage's functions.

Sent: recorded by group commit (:mod:`bot.delivery.recorder`). A transient failure (5xx,
timeout, network, 429): tried again after an exponential backoff with jitter, or after
the platform's ``retry_after`` when larger; after ``max_attempts`` it is given up. Given
up (too many attempts, a permanent failure, no sender): a dead letter the operator can
list and send again, the supervisors are told. Unreachable chat (403): a dead letter,
the contact marked unreachable, an agency's staff group reported to the supervisors.
Migrated group: its pending messages and tickets follow it to the new chat id. Every
failed attempt and dead letter is also a line in the log (:mod:`.operator_log`).
"""

from __future__ import annotations

import asyncio
import logging
import random
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from bot import metrics
from bot.delivery.alerts import SupervisorAlerts
from bot.delivery.operator_log import OperatorLog
from bot.delivery.recorder import Sent, SentRecorder
from domain.messages import OutgoingMessage, SendResult
from storage import contacts, dead_letters, outbox, tickets
from storage.dead_letters import DeadLetter
from storage.outbox import DueMessage
from storage.transaction import Session, SessionFactory, transaction

log = logging.getLogger("bot.delivery")

MAX_ATTEMPTS = 8
BASE_BACKOFF = 1.0
MAX_BACKOFF = 300.0


def backoff_seconds(attempt: int, retry_after: float | None = None) -> float:
    """Exponential backoff with jitter; a platform's ``retry_after`` wins when larger."""
    delay = min(MAX_BACKOFF, BASE_BACKOFF * 2 ** max(attempt - 1, 0))
    delay = delay / 2 + random.uniform(0, delay / 2)
    return max(delay, retry_after or 0.0)


class Outcomes:
    def __init__(
        self,
        sessions: SessionFactory,
        writer_lock: asyncio.Lock | None,
        clock: Callable[[], datetime],
        alerts: SupervisorAlerts,
        operator_log: OperatorLog,
        max_attempts: int = MAX_ATTEMPTS,
    ) -> None:
        self._sessions = sessions
        self._lock = writer_lock
        self._clock = clock
        self._alerts = alerts
        self._log = operator_log
        self._recorder = SentRecorder(sessions, writer_lock)
        self.max_attempts = max_attempts

    async def sent(self, item: DueMessage, message: OutgoingMessage, result: SendResult) -> None:
        now = self._clock()
        # recorded right after the platform answered, in a short transaction shared with
        # the sends that finished meanwhile; the chat stays busy until it is recorded
        await self._recorder.record(Sent(item, message.chat_id, result, now))
        metrics.SENDS.labels(item.channel, "sent").inc()
        if not item.chat_id.startswith("-"):
            metrics.ANSWERS_GIVEN.labels(item.channel).inc()
        if item.created_at is not None:
            created = item.created_at
            if created.tzinfo is None:
                created = created.replace(tzinfo=UTC)
            latency = (now - created).total_seconds()
            metrics.DELIVERY_LATENCY.labels(item.channel).observe(max(latency, 0.0))

    async def retry(
        self, item: DueMessage, error: str, retry_after: float | None, traceback: bool = False
    ) -> bool:
        """Try ``item`` again later, or give it up after its last attempt; return
        whether it will be tried again."""
        now = self._clock()
        attempt = item.attempts + 1
        async with transaction(self._sessions, self._lock) as session:
            if attempt >= self.max_attempts:
                await self._give_up(session, item, now, error)
                return False
            label = "rate_limited" if retry_after else "retry"
            metrics.SENDS.labels(item.channel, label).inc()
            delay = backoff_seconds(attempt, retry_after)
            await outbox.mark_retry(session, item.id, now + timedelta(seconds=delay), error)
        self._log.failed_attempt(item, attempt, error, delay, traceback)
        return True

    async def give_up(self, item: DueMessage, error: str) -> None:
        """A failure that no retry can mend (or no way to send at all)."""
        async with transaction(self._sessions, self._lock) as session:
            await self._give_up(session, item, self._clock(), error)

    async def unreachable(self, item: DueMessage, error: str) -> None:
        """The platform refuses to send to this chat (blocked, removed from a group)."""
        metrics.SENDS.labels(item.channel, "unreachable").inc()
        now = self._clock()
        async with transaction(self._sessions, self._lock) as session:
            dead = await dead_letters.give_up(session, item, now, f"unreachable: {error}")
            await contacts.mark_unreachable(session, item.channel, item.chat_id, now)
            self._alerts.staff_unreachable(session, item.channel, item.chat_id, now)
        self._log.dead_letter(dead)

    async def migrated(self, item: DueMessage, new_chat_id: str) -> None:
        """A group became a supergroup: its pending messages and tickets follow it."""
        log.warning("chat %s migrated to %s", item.chat_id, new_chat_id)
        metrics.SENDS.labels(item.channel, "migrated").inc()
        async with transaction(self._sessions, self._lock) as session:
            await outbox.redirect_chat(session, item.channel, item.chat_id, new_chat_id)
            await tickets.follow_migrated_chat(session, item.chat_id, new_chat_id)

    def report_dead_letter(self, session: Session, dead: DeadLetter, now: datetime) -> None:
        """Tell the supervisors, in ``session``, that a message became a dead letter, and
        log it: here after the last attempt, or when a platform reports a failure after
        it accepted the message (WhatsApp's ``failed`` status)."""
        self._alerts.dead_letter(session, dead, now)
        self._log.dead_letter(dead)

    async def finish(self) -> None:
        await self._recorder.finish()

    async def _give_up(self, session: Session, item: DueMessage, now: datetime, error: str) -> None:
        metrics.SENDS.labels(item.channel, "dead").inc()
        dead = await dead_letters.give_up(session, item, now, error)
        self.report_dead_letter(session, dead, now)
