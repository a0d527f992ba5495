"""Processes the inbox: each stored update becomes one handler turn, committed with
everything it changed and everything it sends. Updates of one chat are handled in the
order received; different chats run concurrently."""

from __future__ import annotations

import asyncio
import logging
from collections import OrderedDict
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.db_serial import transaction
from bot.i18n import Translator
from bot.messages import IncomingMessage, OutgoingMessage
from bot.worker_loop import run_passes
from handlers.context import Services, Turn
from handlers.dispatch import dispatch
from storage import inbox as inbox_store
from storage import outbox
from storage.contacts import contact_for, conversation_for
from storage.inbox import Inbox, PendingUpdate

log = logging.getLogger(__name__)

Parser = Callable[[str], IncomingMessage | None]
Acknowledger = Callable[[IncomingMessage], Awaitable[None]]
# A channel's own step before the handlers, in the turn's transaction (WhatsApp: open
# the 24-hour window, resolve a typed choice number, download a photo).
Preparer = Callable[[AsyncSession, IncomingMessage, datetime], Awaitable[IncomingMessage]]
Clock = Callable[[], datetime]
MAX_ATTEMPTS = 5


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
        concurrency: int = 16,
        preparers: dict[str, Preparer] | None = None,
        writer_lock: asyncio.Lock | None = None,
    ) -> None:
        self._sessions = sessions
        self._lock = writer_lock
        self._inbox = Inbox(sessions, writer_lock)
        self._services = services
        self._parsers = parsers
        self._acknowledgers = acknowledgers or {}
        self._preparers = preparers or {}
        self._clock = clock
        self._on_committed = on_committed
        self._limit = asyncio.Semaphore(concurrency)
        self.wakeup = asyncio.Event()

    async def run(self, stop: asyncio.Event, idle_interval: float = 1.0) -> None:
        await run_passes(self.process_pending, stop, self.wakeup, idle_interval, "inbox")

    async def process_pending(self) -> int:
        """Handle what is pending now; return how many updates were handled."""
        pending = await self._inbox.pending()
        by_chat: OrderedDict[str, list[PendingUpdate]] = OrderedDict()
        for update in pending:
            by_chat.setdefault(update.chat_key, []).append(update)
        results = await asyncio.gather(*(self._process_chat(u) for u in by_chat.values()))
        return sum(results)

    async def _process_chat(self, updates: list[PendingUpdate]) -> int:
        async with self._limit:
            done = 0
            for update in updates:
                if not await self._process_one(update):
                    break  # keep this chat's order: later updates wait for this one
                done += 1
            return done

    async def _process_one(self, update: PendingUpdate) -> bool:
        parser = self._parsers.get(update.channel)
        now = self._clock()
        try:
            message = parser(update.payload) if parser else None
            async with transaction(self._sessions, self._lock) as session:
                if not await inbox_store.claim(session, update.id, update.chat_key):
                    return False  # another process has this chat now, or did this one
                if message is not None:
                    await self._handle(session, message, now)
                await inbox_store.mark_done(session, update.id, now)
        except Exception as exc:
            give_up = update.attempts + 1 >= MAX_ATTEMPTS
            log.exception("update %s failed (attempt %d)", update.key, update.attempts + 1)
            async with transaction(self._sessions, self._lock) as session:
                await inbox_store.mark_failed(session, update.id, now, repr(exc), give_up)
                if give_up and message is not None:
                    self._apologise(session, message, now)
            if self._on_committed:
                self._on_committed()
            return give_up
        if self._on_committed:
            self._on_committed()
        if message is not None and message.callback_id:
            acknowledge = self._acknowledgers.get(message.channel.value)
            if acknowledge is not None:
                await acknowledge(message)
        return True

    async def _handle(self, session: AsyncSession, message: IncomingMessage, now: datetime) -> None:
        prepare = self._preparers.get(message.channel.value)
        if prepare is not None:
            message = await prepare(session, message, now)
        contact, is_new = await contact_for(session, message, now)
        conversation = await conversation_for(session, contact, now)
        turn = Turn(self._services, session, message, contact, conversation, now, is_new)
        await dispatch(turn)

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
