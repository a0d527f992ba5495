"""The delivery worker's loop: which messages to hand out, when, and by which process.

Each pass reads the due chat heads (:func:`storage.outbox.due_messages`) and starts a
send task for each one whose chat may send soon (:mod:`bot.delivery.sending`), up to
:data:`MAX_IN_FLIGHT` at once; a chat with a send in flight is skipped, so each chat
receives its messages in order. Between passes the worker sleeps until woken (a
transaction queued messages), until the next chat's slot, or ``idle_interval``. On
PostgreSQL only the holder of an advisory lock delivers (see
:class:`storage.leadership.Leadership`), so the limits hold for the bot as a whole.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from datetime import UTC, datetime

from sqlalchemy.ext.asyncio import AsyncEngine

from bot.channels.base import MessageSender
from bot.delivery import payload
from bot.delivery.alerts import SupervisorAlerts
from bot.delivery.operator_log import OperatorLog
from bot.delivery.outcomes import MAX_ATTEMPTS, Outcomes
from bot.delivery.sending import PacedSender
from bot.pacing import Pacer
from domain.agencies import AgencyDirectory
from domain.messages import Channel, OutgoingMessage
from storage import outbox
from storage.leadership import Leadership
from storage.transaction import SessionFactory, transaction

log = logging.getLogger("bot.delivery")

DELIVERY_LOCK_KEY = 0x6164756164  # "aduad": the delivering process on PostgreSQL
HORIZON = 0.5  # seconds: start a send task this long before its chat may send
MAX_IN_FLIGHT = 64
LEADERSHIP_RETRY = 3.0  # seconds between a standby process's attempts to take over delivery


class DeliveryWorker:
    def __init__(
        self,
        sessions: SessionFactory,
        senders: dict[str, MessageSender],
        clock: Callable[[], datetime],
        pacers: dict[str, Pacer] | None = None,
        max_attempts: int = MAX_ATTEMPTS,
        agencies: AgencyDirectory | None = None,
        staff_language: str = "id",
        staff_channel: Channel = Channel.TELEGRAM,
        engine: AsyncEngine | None = None,
        monotonic: Callable[[], float] = time.monotonic,
        writer_lock: asyncio.Lock | None = None,
    ) -> None:
        self._sessions = sessions
        self._lock = writer_lock
        self._clock = clock
        self._pacers = pacers or {}
        self._monotonic = monotonic
        self.alerts = SupervisorAlerts(agencies, staff_channel, staff_language)
        self._outcomes = Outcomes(
            sessions, writer_lock, clock, self.alerts, OperatorLog(monotonic), max_attempts
        )
        self._sender = PacedSender(senders, self._pacers, self._outcomes, monotonic)
        # tells the supervisors about a dead letter made elsewhere (the WhatsApp webhook)
        self.report_dead_letter = self._outcomes.report_dead_letter
        self._in_flight: dict[tuple[str, str], asyncio.Task[None]] = {}
        self._last_bid = float("-inf")
        self._next_slot: float | None = None
        self.wakeup = asyncio.Event()
        self.last_pass: datetime | None = None  # for /healthz: the worker is alive
        self.leadership = None
        if engine is not None and engine.dialect.name == "postgresql":
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
        await self._outcomes.finish()  # sends already made are recorded, not resent
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
        """Start a send task for each due chat head whose chat may send within
        :data:`HORIZON`; remember the soonest slot of the others."""
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
            message = payload.read(item)  # once, for its cost and for sending it
            if not self._may_start(item, message, now):
                continue
            started.append(self._start(item, message))
        return started

    def _may_start(
        self, item: outbox.DueMessage, message: OutgoingMessage | None, now: float
    ) -> bool:
        pacer = self._pacers.get(item.channel)
        if pacer is None:
            return True
        earliest = pacer.earliest(item.chat_id, now, payload.cost(message))
        if earliest <= now + HORIZON:
            return True
        if self._next_slot is None or earliest - HORIZON < self._next_slot:
            self._next_slot = earliest - HORIZON
        return False

    def _start(
        self, item: outbox.DueMessage, message: OutgoingMessage | None
    ) -> asyncio.Task[None]:
        key = (item.channel, item.chat_id)
        task = asyncio.create_task(self._sender.deliver(item, message), name=f"send-{item.id}")
        self._in_flight[key] = task

        def finished(_task: asyncio.Task[None]) -> None:
            self._in_flight.pop(key, None)
            self.wakeup.set()

        task.add_done_callback(finished)
        return task
