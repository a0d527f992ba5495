"""The delivery worker: sends what the outbox owes.

- **Order**: only the oldest pending message of a chat is ever handed out, and a chat
  with a send in flight is skipped, so each chat receives its messages in order; a
  message waiting for a retry holds back the later ones to the same chat.
- **Flood control**: a :class:`bot.pacing.Pacer` per channel books every send against
  the limits of the bot as a whole, of the chat and of its kind; a 429's
  ``retry_after`` holds the chat (and delays the row) for as long as asked. Different
  chats are sent to concurrently, within those limits.
- **Failures**: transient ones (5xx, timeouts, network, 429) are retried with
  exponential backoff and jitter; after ``max_attempts`` the message is dead-lettered.
  403 marks the chat unreachable; 400 is permanent; a migrated group is followed.
  Every dead letter is reported to the supervisors' chat (unless that chat is the
  one failing), and an unreachable staff group gets its own alert.
- **Crash window**: the send happens outside any transaction and is recorded right
  after the platform answers, in a short transaction shared with the other sends that
  finished meanwhile (group commit); the chat counts as in flight until then. A crash
  between the two (kill -9) resends those messages after the restart: at-least-once,
  with at most the in-flight messages doubled. Telegram has no idempotency key to do
  better.
- **Several processes**: on PostgreSQL only the holder of an advisory lock delivers
  (see :class:`storage.leadership.Leadership`), so the limits hold for the bot as a whole.
"""

from __future__ import annotations

import asyncio
import html
import logging
import random
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from sqlalchemy import update
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker
from sqlmodel import col

from bot import metrics
from bot.channels.base import (
    ChatMigratedError,
    ChatUnreachableError,
    MessageSender,
    PermanentSendError,
    TransientSendError,
)
from bot.pacing import Pacer
from domain.agencies import AgencyDirectory
from domain.html_split import split_html
from domain.i18n import Translator
from domain.messages import Channel, OutgoingMessage, SendResult
from storage import dead_letters, outbox, staff, tickets
from storage.dead_letters import DeadLetter
from storage.models import Contact, Ticket
from storage.transaction import transaction

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 8
BASE_BACKOFF = 1.0
MAX_BACKOFF = 300.0
DELIVERY_LOCK_KEY = 0x6164756164  # "aduad": the delivering process on PostgreSQL
HORIZON = 0.5  # seconds: start a send task this long before its chat may send
MAX_IN_FLIGHT = 64
LEADERSHIP_RETRY = 3.0  # seconds between a standby process's attempts to take over delivery
UNREACHABLE_PURPOSE = "staff_unreachable"


class _Sent:
    """A send the platform accepted, waiting to be recorded."""

    __slots__ = ("at", "chat_id", "item", "recorded", "result")

    def __init__(self, item: outbox.DueMessage, chat_id: str, result: SendResult, at: datetime):
        self.item = item
        self.chat_id = chat_id  # the message's chat (a long text's parts share it)
        self.result = result
        self.at = at
        self.recorded: asyncio.Future[None] = asyncio.get_running_loop().create_future()


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
        pacers: dict[str, Pacer] | None = None,
        max_attempts: int = MAX_ATTEMPTS,
        agencies: AgencyDirectory | None = None,
        staff_language: str = "id",
        engine: AsyncEngine | None = None,
        monotonic: Callable[[], float] = time.monotonic,
        writer_lock: asyncio.Lock | None = None,
    ) -> None:
        self._sessions = sessions
        self._lock = writer_lock
        self._senders = senders
        self._clock = clock
        self._pacers = pacers or {}
        self.max_attempts = max_attempts
        self._agencies = agencies
        self._staff_language = staff_language
        self._monotonic = monotonic
        self._in_flight: dict[tuple[str, str], asyncio.Task[None]] = {}
        self._gates: dict[str, asyncio.Lock] = {}
        self._last_bid = float("-inf")
        self._next_slot: float | None = None
        self.wakeup = asyncio.Event()
        self.last_pass: datetime | None = None  # for /healthz: the worker is alive
        self._unrecorded: list[_Sent] = []
        self._recorder: asyncio.Task[None] | None = None
        self.leadership = None
        if engine is not None and engine.dialect.name == "postgresql":
            from storage.leadership import Leadership

            self.leadership = Leadership(engine, DELIVERY_LOCK_KEY, "delivery")

    async def run(self, stop: asyncio.Event, idle_interval: float = 0.5) -> None:
        """Deliver until ``stop``; sends run as tasks so one slow chat never holds up
        the others."""
        try:
            while not stop.is_set():
                self.wakeup.clear()  # before the pass: a wake-up that comes during it is kept
                started = 0
                try:
                    if await self._may_deliver():
                        started = len(await self._start_due())
                except Exception:
                    log.exception("delivery pass failed; retrying")
                self.last_pass = datetime.now(UTC)
                if started:
                    continue
                await self._sleep(stop, self._idle_for(idle_interval))
        finally:
            # shielded: a cancellation while stopping must not leak the lock's connection
            await asyncio.shield(self._shut_down())

    async def _shut_down(self) -> None:
        for task in list(self._in_flight.values()):
            task.cancel()
        await asyncio.gather(*self._in_flight.values(), return_exceptions=True)
        if self._recorder is not None:  # sends already made are recorded, not resent
            await asyncio.gather(self._recorder, return_exceptions=True)
        if self.leadership is not None:
            await self.leadership.release()

    async def deliver_due(self) -> int:
        """Send every message that is due now and may go now; wait for the sends.
        Return how many were attempted (used by the demo and the tests)."""
        started = await self._start_due()
        self.last_pass = datetime.now(UTC)
        if started:
            await asyncio.gather(*started, return_exceptions=True)
        return len(started)

    # -- scheduling ------------------------------------------------------------------

    async def _may_deliver(self) -> bool:
        """On PostgreSQL only the process holding the delivery lock sends; the others
        try to take it over every few seconds (a new connection each time)."""
        if self.leadership is None:
            return True
        if not self.leadership.is_leader:
            now = self._monotonic()
            if now - self._last_bid < LEADERSHIP_RETRY:
                return False
            self._last_bid = now
        return await self.leadership.acquire()

    def _idle_for(self, idle_interval: float) -> float:
        if self._next_slot is None:
            return idle_interval
        return min(idle_interval, max(self._next_slot - self._monotonic(), 0.005))

    async def _sleep(self, stop: asyncio.Event, seconds: float) -> None:
        waiter = asyncio.create_task(self.wakeup.wait())
        stopper = asyncio.create_task(stop.wait())
        await asyncio.wait({waiter, stopper}, timeout=seconds, return_when=asyncio.FIRST_COMPLETED)
        waiter.cancel()
        stopper.cancel()

    async def _start_due(self) -> list[asyncio.Task[None]]:
        room = MAX_IN_FLIGHT - len(self._in_flight)
        if room <= 0:
            return []
        async with transaction(self._sessions, self._lock) as session:
            due = await outbox.due_messages(
                session, self._clock(), limit=max(room, 1) * 2, busy=set(self._in_flight)
            )
        started: list[asyncio.Task[None]] = []
        self._next_slot = None
        now = self._monotonic()
        for item in due:
            if len(started) >= room:
                break
            pacer = self._pacers.get(item.channel)
            message = _read(item)  # once, for its cost and for sending it
            if pacer is not None:
                earliest = pacer.earliest(item.chat_id, now, _cost(message))
                if earliest > now + HORIZON:
                    if self._next_slot is None or earliest - HORIZON < self._next_slot:
                        self._next_slot = earliest - HORIZON
                    continue
            key = (item.channel, item.chat_id)
            task = asyncio.create_task(self._deliver_paced(item, message), name=f"send-{item.id}")
            self._in_flight[key] = task
            task.add_done_callback(self._on_done(key))
            started.append(task)
        return started

    def _on_done(self, key: tuple[str, str]) -> Callable[[asyncio.Task[None]], None]:
        def finished(_task: asyncio.Task[None]) -> None:
            self._in_flight.pop(key, None)
            self.wakeup.set()

        return finished

    async def _deliver_paced(
        self, item: outbox.DueMessage, message: OutgoingMessage | None = None
    ) -> None:
        """Wait for the chat's turn, then for the bot's (one at a time, in order, on the
        actual clock: a late wake-up delays the next sends, never bunches them), send."""
        pacer = self._pacers.get(item.channel)
        try:
            if pacer is not None:
                cost = _cost(message if message is not None else _read(item))
                await _sleep_until(pacer.chat_ready(item.chat_id), self._monotonic)
                gate = self._gates.setdefault(item.channel, asyncio.Lock())
                async with gate:
                    await _sleep_until(pacer.overall_ready(), self._monotonic)
                    await _sleep_until(pacer.chat_ready(item.chat_id), self._monotonic)
                    pacer.record(item.chat_id, self._monotonic(), cost)
            await self._deliver(item, message)
        except Exception:
            log.exception("message %s to %s: recording the outcome failed", item.id, item.chat_id)

    # -- one message -----------------------------------------------------------------

    async def _deliver(
        self, item: outbox.DueMessage, message: OutgoingMessage | None = None
    ) -> None:
        """Send ``item`` (``message``: its payload, already read) and record the outcome."""
        sender = self._senders.get(item.channel)
        if sender is None:
            async with transaction(self._sessions, self._lock) as session:
                await self._give_up(session, item, self._clock(), f"no sender for {item.channel}")
            return
        if message is None:
            message = OutgoingMessage.from_json(item.payload)
        try:
            result = await sender.send(message)
        except ChatMigratedError as exc:
            log.warning("chat %s migrated to %s", item.chat_id, exc.new_chat_id)
            metrics.SENDS.labels(item.channel, "migrated").inc()
            async with transaction(self._sessions, self._lock) as session:
                await outbox.redirect_chat(session, item.channel, item.chat_id, exc.new_chat_id)
                await session.execute(
                    update(Ticket)
                    .where(col(Ticket.staff_chat_id) == item.chat_id)
                    .values(staff_chat_id=exc.new_chat_id)
                )
            return
        except ChatUnreachableError as exc:
            log.warning("chat %s unreachable: %s", item.chat_id, exc)
            metrics.SENDS.labels(item.channel, "unreachable").inc()
            now = self._clock()
            async with transaction(self._sessions, self._lock) as session:
                await outbox.mark_dead(session, item.id, now, f"unreachable: {exc}")
                await session.execute(
                    update(Contact)
                    .where(
                        col(Contact.channel) == item.channel, col(Contact.chat_id) == item.chat_id
                    )
                    .values(unreachable_at=now)
                )
                self._alert_unreachable_staff(session, item, now)
            return
        except PermanentSendError as exc:
            log.error("message %s to %s failed for good: %s", item.id, item.chat_id, exc)
            async with transaction(self._sessions, self._lock) as session:
                await self._give_up(session, item, self._clock(), str(exc))
            return
        except TransientSendError as exc:
            await self._retry(item, str(exc), exc.retry_after)
            return
        except Exception as exc:  # an unexpected fault must not drop the message
            log.exception("message %s to %s: unexpected error", item.id, item.chat_id)
            await self._retry(item, repr(exc), None)
            return
        now = self._clock()
        # recorded right after the platform answered, in a short transaction shared with
        # the sends that finished meanwhile; the chat stays busy until it is recorded
        await self._record_sent(_Sent(item, message.chat_id, result, now))
        metrics.SENDS.labels(item.channel, "sent").inc()
        if not item.chat_id.startswith("-"):
            metrics.ANSWERS_GIVEN.labels(item.channel).inc()
        if item.created_at is not None:
            created = item.created_at
            if created.tzinfo is None:
                created = created.replace(tzinfo=UTC)
            latency = (now - created).total_seconds()
            metrics.DELIVERY_LATENCY.labels(item.channel).observe(max(latency, 0.0))

    async def _record_sent(self, sent: _Sent) -> None:
        """Queue ``sent`` for the recorder and wait until it is committed (group commit:
        one transaction records every send that finished while the previous one ran)."""
        self._unrecorded.append(sent)
        if self._recorder is None or self._recorder.done():
            self._recorder = asyncio.create_task(self._record_queued(), name="record-sends")
        await sent.recorded

    async def _record_queued(self) -> None:
        while self._unrecorded:
            batch, self._unrecorded = self._unrecorded, []
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
                        await self._after_send(session, s)
            except Exception as error:
                for s in batch:
                    if not s.recorded.done():
                        s.recorded.set_exception(error)
                continue
            for s in batch:
                if not s.recorded.done():
                    s.recorded.set_result(None)

    @staticmethod
    async def _after_send(session: AsyncSession, sent: _Sent) -> None:
        item = sent.item
        if item.ticket_id is None:
            return
        tickets.remember_messages(
            session, item.ticket_id, item.channel, sent.chat_id, sent.result.message_ids, sent.at
        )
        await staff.after_delivery(session, item.ticket_id, item.purpose, sent.result)

    async def _retry(self, item: outbox.DueMessage, error: str, retry_after: float | None) -> None:
        now = self._clock()
        attempt = item.attempts + 1
        async with transaction(self._sessions, self._lock) as session:
            if attempt >= self.max_attempts:
                log.error(
                    "message %s to %s: giving up after %d attempts", item.id, item.chat_id, attempt
                )
                await self._give_up(session, item, now, error)
                return
            if retry_after:
                metrics.SENDS.labels(item.channel, "rate_limited").inc()
                pacer = self._pacers.get(item.channel)
                if pacer is not None:
                    pacer.hold(item.chat_id, self._monotonic() + retry_after)
            else:
                metrics.SENDS.labels(item.channel, "retry").inc()
            delay = backoff_seconds(attempt, retry_after)
            await outbox.mark_retry(session, item.id, now + timedelta(seconds=delay), error)

    async def _give_up(
        self, session: AsyncSession, item: outbox.DueMessage, now: datetime, error: str
    ) -> None:
        metrics.SENDS.labels(item.channel, "dead").inc()
        dead = await dead_letters.give_up(session, item, now, error)
        self.report_dead_letter(session, dead, now)

    def report_dead_letter(self, session: AsyncSession, dead: DeadLetter, now: datetime) -> None:
        """Tell the supervisors, in ``session``, that a message became a dead letter:
        here after the last attempt, or when a platform reports a failure after it
        accepted the message (WhatsApp's ``failed`` status)."""
        supervisors = self._agencies.supervisors_chat_id if self._agencies else None
        if supervisors is not None:
            dead_letters.enqueue_notice(
                session, dead, now, (self._staff_channel, supervisors), self._staff_language
            )

    def _alert_unreachable_staff(
        self, session: AsyncSession, item: outbox.DueMessage, now: datetime
    ) -> None:
        if self._agencies is None or item.channel != self._staff_channel.value:
            return
        supervisors = self._agencies.supervisors_chat_id
        agency = self._agencies.by_staff_chat(item.chat_id)
        if supervisors is None or agency is None or item.chat_id == supervisors:
            return
        text = Translator(self._staff_language)(
            "delivery-staff-unreachable", chat=html.escape(item.chat_id), agency=agency.name
        )
        self._to_supervisors(session, supervisors, text, now, UNREACHABLE_PURPOSE)

    @property
    def _staff_channel(self) -> Channel:
        """Staff and supervisors are on Telegram; the console stands in for it in the demo."""
        if Channel.TELEGRAM.value in self._senders or Channel.CONSOLE.value not in self._senders:
            return Channel.TELEGRAM
        return Channel.CONSOLE

    def _to_supervisors(
        self, session: AsyncSession, chat_id: str, text: str, now: datetime, purpose: str
    ) -> None:
        outbox.enqueue(
            session,
            OutgoingMessage(channel=self._staff_channel, chat_id=chat_id, text=text),
            now,
            purpose=purpose,
        )


async def _sleep_until(when: float, monotonic: Callable[[], float]) -> None:
    wait = when - monotonic()
    if wait > 0:
        await asyncio.sleep(wait)


def _read(item: outbox.DueMessage) -> OutgoingMessage | None:
    """The row's message; ``None`` if its payload is unreadable (sending it then fails
    the usual way)."""
    try:
        return OutgoingMessage.from_json(item.payload)
    except Exception:
        return None


def _cost(message: OutgoingMessage | None) -> int:
    """How many platform messages one outbox row becomes (a long text is split)."""
    if message is None:
        return 1
    parts = len(split_html(message.text)) if message.text else 0
    return max(1, parts + len(message.photos) + len(message.documents))
