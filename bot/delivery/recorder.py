"""Recording sends the platform accepted, by group commit.

A send is recorded right after the platform answers, in a short transaction shared with
the other sends that finished meanwhile: one transaction records every send that
finished while the previous one ran. The chat counts as in flight until its send is
recorded, so its next message is never handed out before.
"""

from __future__ import annotations

import asyncio
from datetime import datetime

from domain.messages import SendResult
from storage import outbox, staff, tickets
from storage.outbox import DueMessage
from storage.transaction import Session, SessionFactory, transaction


class Sent:
    """A send the platform accepted, waiting to be recorded."""

    __slots__ = ("at", "chat_id", "item", "recorded", "result")

    def __init__(self, item: DueMessage, chat_id: str, result: SendResult, at: datetime):
        self.item = item
        self.chat_id = chat_id  # the message's chat (a long text's parts share it)
        self.result = result
        self.at = at
        self.recorded: asyncio.Future[None] = asyncio.get_running_loop().create_future()


class SentRecorder:
    def __init__(self, sessions: SessionFactory, writer_lock: asyncio.Lock | None) -> None:
        self._sessions = sessions
        self._lock = writer_lock
        self._queued: list[Sent] = []
        self._task: asyncio.Task[None] | None = None

    async def record(self, sent: Sent) -> None:
        """Queue ``sent`` and wait until it is committed."""
        self._queued.append(sent)
        if self._task is None or self._task.done():
            self._task = asyncio.create_task(self._record_queued(), name="record-sends")
        await sent.recorded

    async def finish(self) -> None:
        """Wait for what is being recorded (sends already made are recorded, not resent)."""
        if self._task is not None:
            await asyncio.gather(self._task, return_exceptions=True)

    async def _record_queued(self) -> None:
        while self._queued:
            batch, self._queued = self._queued, []
            try:
                async with transaction(self._sessions, self._lock) as session:
                    await outbox.mark_all_sent(
                        session,
                        [
                            outbox.SentRecord(s.item.id, s.at, list(s.result.message_ids))
                            for s in batch
                        ],
                    )
                    for s in batch:
                        await _after_send(session, s)
            except Exception as error:
                for s in batch:
                    if not s.recorded.done():
                        s.recorded.set_exception(error)
                continue
            for s in batch:
                if not s.recorded.done():
                    s.recorded.set_result(None)


async def _after_send(session: Session, sent: Sent) -> None:
    """Remember what the delivered message tells about its ticket (its platform ids,
    the card's message, a forum topic)."""
    item = sent.item
    if item.ticket_id is None:
        return
    tickets.remember_messages(
        session, item.ticket_id, item.channel, sent.chat_id, sent.result.message_ids, sent.at
    )
    await staff.after_delivery(session, item.ticket_id, item.purpose, sent.result)
