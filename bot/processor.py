"""Processes the inbox: each stored update becomes one handler turn, committed with
everything it changed and everything it sends. Updates of one chat are handled in the
order received. Several turns (of any chats) share one transaction: a transaction costs
far more than a turn. Should a turn fail, the whole batch is rolled back and redone one
update per transaction, so the failure costs only its own update (failures are rare; a
savepoint per turn cost two statements and a flush on every turn)."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.worker_loop import run_passes
from domain.i18n import Translator
from domain.messages import IncomingMessage, OutgoingMessage
from handlers.context import Services
from handlers.dispatch import Dispatcher, dispatch, run_turn
from storage import inbox as inbox_store
from storage import outbox
from storage.inbox import Inbox, PendingUpdate
from storage.transaction import transaction

log = logging.getLogger(__name__)

Parser = Callable[[str], IncomingMessage | None]
# Answers a button press once its turn is committed: with the turn's popup text (see
# ``Turn.callback_answer``), or with ``None`` just to stop the client's spinner.
Acknowledger = Callable[[IncomingMessage, str | None], Awaitable[None]]
# A channel's own step before the handlers, in the turn's transaction (WhatsApp: open
# the 24-hour window, resolve a typed choice number, download a photo).
Preparer = Callable[[AsyncSession, IncomingMessage, datetime], Awaitable[IncomingMessage]]
Clock = Callable[[], datetime]
MAX_ATTEMPTS = 5
# Updates handled per transaction. Larger batches share more of the cost of a
# transaction; on SQLite a batch also holds the write lock for its whole duration.
BATCH_SIZE = 50


def utc_now() -> datetime:
    return datetime.now(UTC)


class InboxProcessor:
    def __init__(
        self,
        sessions: async_sessionmaker[AsyncSession],
        services: Services,
        parsers: dict[str, Parser],
        acknowledgers: dict[str, Acknowledger] | None = None,
        clock: Clock = utc_now,
        on_committed: Callable[[], None] | None = None,
        batch_size: int = BATCH_SIZE,
        preparers: dict[str, Preparer] | None = None,
        writer_lock: asyncio.Lock | None = None,
        dispatcher: Dispatcher = dispatch,
    ) -> None:
        self._sessions = sessions
        self._dispatcher = dispatcher  # the conversations (tests pass one that fails)
        self._lock = writer_lock
        self._inbox = Inbox(sessions, writer_lock)
        self._services = services
        self._parsers = parsers
        self._acknowledgers = acknowledgers or {}
        self._preparers = preparers or {}
        self._clock = clock
        self._on_committed = on_committed
        self._batch_size = max(1, batch_size)
        self.wakeup = asyncio.Event()

    async def run(self, stop: asyncio.Event, idle_interval: float = 1.0) -> None:
        await run_passes(self.process_pending, stop, self.wakeup, idle_interval, "inbox")

    async def process_pending(self) -> int:
        """Handle what is pending now; return how many updates were handled.

        The pending updates are handled in batches of up to ``batch_size``, each batch
        in one transaction. A batch in which anything fails (a turn raised, the
        database went away) is rolled back and retried one update per transaction, so
        a bad update is counted and given up on by itself and the others go through.
        """
        pending = await self._inbox.pending()
        handled = 0
        for batch in _batches(pending, self._batch_size):
            if len(batch) == 1:  # one transaction either way; a failure is counted at once
                handled += await self._process_singly(batch)
                continue
            try:
                handled += await self._process_batch(batch)
            except Exception as error:
                log.warning(
                    "a batch of %d updates failed (%r); redoing it one by one", len(batch), error
                )
                handled += await self._process_singly(batch)
        return handled

    async def _process_batch(self, updates: list[PendingUpdate]) -> int:
        now = self._clock()
        done: list[int] = []
        answered: list[tuple[IncomingMessage, str | None]] = []
        async with transaction(self._sessions, self._lock) as session:
            outbox.queue_writes(session)  # one INSERT for the batch's messages
            for update in await inbox_store.claim_batch(session, updates):
                message = self._parse(update)
                answer = None  # a press is answered once the batch has committed
                if message is not None:
                    answer = await self._handle(session, message, now)
                done.append(update.id)
                if message is not None and message.callback_id:
                    answered.append((message, answer))
                await asyncio.sleep(0)  # let sends and polls run between turns
            await outbox.write_queued(session)
            await inbox_store.mark_all_done(session, done, now)
        if done and self._on_committed:
            self._on_committed()
        await self._acknowledge(answered)
        return len(done)

    async def _record_failure(
        self,
        session: AsyncSession,
        update: PendingUpdate,
        message: IncomingMessage | None,
        now: datetime,
        exc: Exception,
    ) -> bool:
        """Count a failed attempt in the batch's transaction; ``True`` when it was the
        last one (the update is then settled: failed, with an apology sent)."""
        give_up = update.attempts + 1 >= MAX_ATTEMPTS
        log.exception("update %s failed (attempt %d)", update.key, update.attempts + 1)
        await inbox_store.mark_failed(session, update.id, now, repr(exc), give_up)
        if give_up and message is not None:
            self._apologise(session, message, now)
        return give_up

    async def _process_singly(self, updates: list[PendingUpdate]) -> int:
        done = 0
        stopped: set[str] = set()
        for update in updates:
            if update.chat_key in stopped:
                continue
            if await self._process_one(update):
                done += 1
            else:
                stopped.add(update.chat_key)  # keep this chat's order
        return done

    def _parse(self, update: PendingUpdate) -> IncomingMessage | None:
        parser = self._parsers.get(update.channel)
        return parser(update.payload) if parser else None

    async def _acknowledge(self, presses: list[tuple[IncomingMessage, str | None]]) -> None:
        """Answer button presses once their turns are committed, each with its turn's
        popup text, if any."""
        for message, answer in presses:
            acknowledge = self._acknowledgers.get(message.channel.value)
            if acknowledge is not None:
                try:
                    await acknowledge(message, answer)
                except Exception:
                    log.exception("acknowledging button press %s failed", message.callback_id)

    async def _process_one(self, update: PendingUpdate) -> bool:
        """One update in its own transaction (the fallback when a batch fails)."""
        now = self._clock()
        message: IncomingMessage | None = None
        answer: str | None = None
        try:
            message = self._parse(update)
            async with transaction(self._sessions, self._lock) as session:
                if not await inbox_store.claim(session, update.id, update.chat_key):
                    return False  # another process has this chat now, or did this one
                if message is not None:
                    answer = await self._handle(session, message, now)
                await inbox_store.mark_done(session, update.id, now)
        except Exception as exc:
            async with transaction(self._sessions, self._lock) as session:
                give_up = await self._record_failure(session, update, message, now, exc)
            if self._on_committed:
                self._on_committed()
            return give_up
        if self._on_committed:
            self._on_committed()
        if message is not None and message.callback_id:
            await self._acknowledge([(message, answer)])
        return True

    async def _handle(
        self, session: AsyncSession, message: IncomingMessage, now: datetime
    ) -> str | None:
        """Run the handlers for ``message``; return the text to answer its press with."""
        prepare = self._preparers.get(message.channel.value)
        if prepare is not None:
            message = await prepare(session, message, now)
        turn = await run_turn(self._services, session, message, now, self._dispatcher)
        return turn.callback_answer

    def _apologise(self, session: AsyncSession, message: IncomingMessage, now: datetime) -> None:
        """After the last failed attempt the sender still gets a clear answer."""
        text = Translator(self._services.default_language)("processing-failed")
        outbox.enqueue(
            session,
            OutgoingMessage(
                channel=message.channel,
                chat_id=message.chat_id,
                text=text,
                thread_id=message.thread_id,
            ),
            now,
            purpose="error",
        )


def _batches(pending: list[PendingUpdate], size: int) -> list[list[PendingUpdate]]:
    """Split ``pending`` into batches of about ``size`` updates, never splitting a chat's
    updates across batches (a chat's later update must not commit before its earlier)."""
    by_chat: dict[str, list[PendingUpdate]] = {}
    for update in pending:
        by_chat.setdefault(update.chat_key, []).append(update)
    batches: list[list[PendingUpdate]] = []
    current: list[PendingUpdate] = []
    for updates in by_chat.values():
        if current and len(current) + len(updates) > size:
            batches.append(current)
            current = []
        current.extend(updates)
    if current:
        batches.append(current)
    return batches
