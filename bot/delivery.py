"""The delivery worker: sends what the outbox owes, oldest first, one message at a time
per chat, retrying transient failures with backoff and giving up on permanent ones.

(Flood control and dead-letter tooling build on this in the delivery issue.)
"""

from __future__ import annotations

import asyncio
import logging
import random
from collections.abc import Callable
from datetime import datetime, timedelta

from sqlalchemy import update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlmodel import col

from bot.channels.base import (
    ChatMigratedError,
    ChatUnreachableError,
    MessageSender,
    PermanentSendError,
    TransientSendError,
)
from bot.messages import OutgoingMessage
from bot.worker_loop import run_passes
from storage import outbox, staff, tickets
from storage.models import Contact

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 8
BASE_BACKOFF = 1.0
MAX_BACKOFF = 300.0


def backoff_seconds(attempt: int, retry_after: float | None = None) -> float:
    """Exponential backoff with jitter; a platform's ``retry_after`` wins when larger."""
    delay = min(MAX_BACKOFF, BASE_BACKOFF * 2 ** max(attempt - 1, 0))
    delay = delay / 2 + random.uniform(0, delay / 2)
    return max(delay, retry_after or 0.0)


class DeliveryWorker:
    def __init__(
        self,
        sessions: async_sessionmaker[AsyncSession],
        senders: dict[str, MessageSender],
        clock: Callable[[], datetime],
    ) -> None:
        self._sessions = sessions
        self._senders = senders
        self._clock = clock
        self.wakeup = asyncio.Event()

    async def run(self, stop: asyncio.Event, idle_interval: float = 0.5) -> None:
        await run_passes(self.deliver_due, stop, self.wakeup, idle_interval, "delivery")

    async def deliver_due(self) -> int:
        """Try every message due now (the head of each chat's queue); return attempts."""
        async with self._sessions() as session:
            due = await outbox.due_messages(session, self._clock())
        for item in due:
            await self._deliver(item)
        return len(due)

    async def _deliver(self, item: outbox.DueMessage) -> None:
        sender = self._senders.get(item.channel)
        now = self._clock()
        async with self._sessions.begin() as session:
            if sender is None:
                await outbox.mark_dead(session, item.id, now, f"no sender for {item.channel}")
                return
            message = OutgoingMessage.from_json(item.payload)
            try:
                result = await sender.send(message)
            except ChatMigratedError as exc:
                log.warning("chat %s migrated to %s", item.chat_id, exc.new_chat_id)
                await outbox.redirect_chat(session, item.channel, item.chat_id, exc.new_chat_id)
            except ChatUnreachableError as exc:
                log.warning("chat %s unreachable: %s", item.chat_id, exc)
                await outbox.mark_dead(session, item.id, now, f"unreachable: {exc}")
                await session.execute(
                    update(Contact)
                    .where(
                        col(Contact.channel) == item.channel, col(Contact.chat_id) == item.chat_id
                    )
                    .values(unreachable_at=now)
                )
            except PermanentSendError as exc:
                log.error("message %s to %s failed for good: %s", item.id, item.chat_id, exc)
                await outbox.mark_dead(session, item.id, now, str(exc))
            except TransientSendError as exc:
                await self._retry(session, item, now, str(exc), exc.retry_after)
            except Exception as exc:  # an unexpected fault must not drop the message
                log.exception("message %s to %s: unexpected error", item.id, item.chat_id)
                await self._retry(session, item, now, repr(exc), None)
            else:
                await outbox.mark_sent(session, item.id, now, list(result.message_ids))
                if item.ticket_id is not None:
                    tickets.remember_messages(
                        session,
                        item.ticket_id,
                        item.channel,
                        message.chat_id,
                        result.message_ids,
                        now,
                    )
                    await staff.after_delivery(session, item.ticket_id, item.purpose, result)

    async def _retry(
        self,
        session: AsyncSession,
        item: outbox.DueMessage,
        now: datetime,
        error: str,
        retry_after: float | None,
    ) -> None:
        attempt = item.attempts + 1
        if attempt >= MAX_ATTEMPTS:
            log.error(
                "message %s to %s: giving up after %d attempts", item.id, item.chat_id, attempt
            )
            await outbox.mark_dead(session, item.id, now, error)
            return
        delay = backoff_seconds(attempt, retry_after)
        await outbox.mark_retry(session, item.id, now + timedelta(seconds=delay), error)
