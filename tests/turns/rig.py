"""The turn-level test seam: conversations without the running app.

Each message a test sends is one turn: :func:`handlers.dispatch.run_turn` in its own
transaction, on an in-memory SQLite copy of the migrated schema (migrated once per test
session, copied per test with SQLite's backup API). Once the turn commits, what it owes
(its outbox rows) is handed to a recording platform that accepts everything, and the
platform's ids are recorded as the delivery worker records them (card ids, forum
topics, which messages belong to a ticket), so later turns can reply to, and edit,
what earlier ones sent.

No inbox, no processor, no delivery worker, no pacing, no channel: their own tests
cover them, and the end-to-end tests run whole conversations through the real
channels. A turn that raises fails the test (its transaction is rolled back).

:class:`TurnRig` speaks like :class:`tests.harness.ChatHarness` (``say``, ``press``,
``to_chat``, ``answers``...) for the console resident, so a conversation test reads the
same on either.
"""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker
from sqlalchemy.pool import StaticPool

from domain.messages import (
    Channel,
    IncomingMessage,
    OutgoingMessage,
    Sender,
    SendResult,
)
from handlers.context import Services
from handlers.dispatch import Dispatcher, dispatch, run_turn
from storage import outbox, staff, tickets
from storage.engine import create_engine
from storage.inline_sqlite import InlineConnection
from storage.transaction import transaction
from tests.speaking import Speaking

START = datetime(2026, 11, 23, 2, 0, tzinfo=UTC)  # Monday 09:00 in Jakarta


def copy_of(template: sqlite3.Connection) -> sqlite3.Connection:
    """A private in-memory copy of ``template`` (a few hundred microseconds)."""
    copy = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
    template.backup(copy)
    return copy


def engine_on(connection: sqlite3.Connection) -> AsyncEngine:
    """aduan's SQLite engine (pragmas, ``BEGIN IMMEDIATE``, statements on the loop's
    thread) over one already-open connection."""
    return create_engine(
        "sqlite+aiosqlite://",
        async_creator=lambda: InlineConnection(lambda: connection),
        poolclass=StaticPool,
    )


class Clock:
    def __init__(self, start: datetime = START) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **kwargs: float) -> None:
        self.now += timedelta(**kwargs)


class FakePlatform:
    """Accepts every message. Ids are positions (from 1); a message with buttons
    reports itself as the one carrying them, a new forum topic gets its message's
    number as thread id, and an edit keeps the edited message's id."""

    def __init__(self) -> None:
        self.sent: list[OutgoingMessage] = []

    async def send(self, message: OutgoingMessage) -> SendResult:
        self.sent.append(message)
        if message.edit_message_id:
            return SendResult(message_ids=(message.edit_message_id,))
        own = str(len(self.sent))
        return SendResult(
            message_ids=(own,),
            buttons_message_id=own if message.buttons else None,
            thread_id=own if message.new_topic else None,
        )


class TurnRig(Speaking):
    """A resident (and the staff beside them) talking to aduan's conversations."""

    def __init__(
        self,
        sessions: async_sessionmaker[AsyncSession],
        services: Services,
        clock: Clock | None = None,
        user_id: str = "1001",
        name: str = "Siti Aminah",
        language_code: str | None = "id",
        dispatcher: Dispatcher = dispatch,
        engine: AsyncEngine | None = None,
    ) -> None:
        self.sessions = sessions
        self.engine = engine  # for what needs more than sessions (the scheduler's lead)
        # what the test's end must close (a scheduler's lock connection)
        self.closers: list[Callable[[], Awaitable[None]]] = []
        self.services = services
        self.clock = clock or Clock()
        self.dispatcher = dispatcher
        self.sender = FakePlatform()  # named as in ChatHarness: what reached the platform
        self.channel = Channel.CONSOLE
        self.staff_channel = services.staff_channel
        self.resident = Sender(
            user_id=user_id, display_name=name, username="siti", language_code=language_code
        )
        self.chat_id = f"chat-{user_id}"
        # every button press answered, with its popup text (None: no popup)
        self.answers: list[tuple[IncomingMessage, str | None]] = []
        self._seen = 0

    def as_resident(self, user_id: str, name: str, language_code: str | None = "id") -> TurnRig:
        """Another resident on the same database, clock and platform."""
        other = TurnRig(
            self.sessions, self.services, self.clock, user_id, name, language_code,
            self.dispatcher, self.engine,
        )  # fmt: skip
        other.sender = self.sender
        other._seen = len(self.sender.sent)
        return other

    # -- acting ------------------------------------------------------------------
    async def deliver(self, message: IncomingMessage, **_ignored: object) -> list[OutgoingMessage]:
        """Run ``message``'s turn, then send what is due; return what was sent."""
        async with transaction(self.sessions, None) as session:
            outbox.queue_writes(session)  # as the inbox processor writes them
            turn = await run_turn(self.services, session, message, self.clock(), self.dispatcher)
            await outbox.write_queued(session)
        if message.callback_id:
            self.answers.append((message, turn.callback_answer))
        await self.settle()
        new = self.sender.sent[self._seen :]
        self._seen = len(self.sender.sent)
        return new

    async def settle(self) -> int:
        """Send every message due now, in the order the delivery worker would (each
        chat's oldest first), recording each as delivered. Returns how many."""
        count = 0
        while True:
            async with transaction(self.sessions, None) as session:
                due = await outbox.due_messages(session, self.clock())
                for item in due:
                    await self._send(session, item)
            if not due:
                return count
            count += len(due)

    async def _send(self, session: AsyncSession, item: outbox.DueMessage) -> None:
        message = OutgoingMessage.from_json(item.payload)
        result = await self.sender.send(message)
        now = self.clock()
        await outbox.mark_all_sent(
            session, [outbox.SentRecord(item.id, now, list(result.message_ids))]
        )
        if item.ticket_id is not None:
            tickets.remember_messages(
                session, item.ticket_id, item.channel, message.chat_id, result.message_ids, now
            )
            await staff.after_delivery(session, item.ticket_id, item.purpose, result)

    async def press(
        self, label: str, in_messages: list[OutgoingMessage] | None = None
    ) -> list[OutgoingMessage]:
        button = self.find_button(label, in_messages)
        return await self.deliver(
            self.message(callback_data=button.data, callback_id=uuid.uuid4().hex)
        )

    # -- looking -----------------------------------------------------------------
    def platform_texts(self) -> list[str]:
        return [m.text for m in self.to_resident(self.sender.sent)]

    def platform_choices(self) -> list[str]:
        """The labels of the last choices shown to the resident."""
        for message in reversed(self.to_resident(self.sender.sent)):
            if message.buttons:
                return [b.label for row in message.buttons for b in row]
        return []

    async def photo_content(self, ref: str) -> bytes:
        return ref.encode()

    def sent_photo(self, file_id: str) -> bytes:
        return file_id.encode()


def text_of(messages: list[OutgoingMessage]) -> str:
    return "\n".join(m.text for m in messages)
