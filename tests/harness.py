"""Drive the real core (inbox → handlers → outbox → delivery) with neutral messages.

A :class:`ChatHarness` plays a resident (and staff) and records what the delivery
worker sends, so conversation tests assert what people would see. The resident's
channel is one of:

- ``console``: neutral messages straight into the inbox, a recording sender;
- ``telegram``: Telegram update JSON through the real parser, and the real Telegram
  sender against the fake Bot API (staff in their Telegram groups the same way);
- ``whatsapp``: signed-webhook-shaped bodies through the real parser and preparer,
  the real WhatsApp sender against the fake Graph API (staff on a recording sender).
"""

from __future__ import annotations

import functools
import time
import uuid
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from types import TracebackType

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.app import App, build_app
from bot.channels.base import MessageSender
from bot.channels.console import decode_incoming, encode_incoming
from bot.channels.files import FileSources
from bot.channels.kit import ChannelKit
from bot.channels.telegram.inbound import parse_update
from bot.channels.telegram.kit import telegram_limits
from bot.channels.telegram.sender import TelegramSender
from bot.channels.whatsapp.kit import channel_kit
from bot.config import Settings, sample_kb_path
from bot.processor import Parser
from domain.agencies import load_agencies
from domain.inbound import InboundItem
from domain.messages import (
    Button,
    Channel,
    FileRef,
    IncomingMessage,
    OutgoingMessage,
    Sender,
    SendResult,
)
from knowledge_base.reloader import KnowledgeBaseReloader
from tests.speaking import Speaking
from tests.telegram_resident import TelegramForwardingSender, TelegramResident
from tests.whatsapp.fake_graph_api import media_bytes
from tests.whatsapp.resident import (
    ForwardingSender,
    WhatsAppResident,
    interactive_reply,
    wa_id_for,
)

START = datetime(2026, 11, 23, 2, 0, tzinfo=UTC)  # Monday 09:00 in Jakarta


class RecordingSender:
    def __init__(self) -> None:
        self.sent: list[OutgoingMessage] = []

    async def send(self, message: OutgoingMessage) -> SendResult:
        self.sent.append(message)
        return SendResult(message_ids=(str(len(self.sent)),))


class Clock:
    def __init__(self, start: datetime = START) -> None:
        self.now = start
        self._start = start
        self._real_start = time.monotonic()

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **kwargs: float) -> None:
        self.now += timedelta(**kwargs)

    def monotonic(self) -> float:
        """The pacers' clock: real time plus however far the test moved the clock, so
        a platform's "wait 5 s" is over once the test advances past it."""
        return time.monotonic() - self._real_start + (self.now - self._start).total_seconds()


# Conversation tests are about what people see, not about flood control (tests of
# their own cover that): limits far above what a test sends.
UNPACED: dict[str, object] = {
    "delivery_rate": 10_000.0,
    "delivery_chat_rate": 10_000.0,
    "delivery_group_rate": 600_000.0,
    "whatsapp_rate": 10_000.0,
    "whatsapp_chat_rate": 600_000.0,
}


@functools.cache
def _sample_knowledge(agencies: frozenset[str]) -> KnowledgeBaseReloader:
    return KnowledgeBaseReloader(sample_kb_path(), agencies=agencies)


def shared_knowledge(settings: Settings) -> KnowledgeBaseReloader | None:
    """The sample knowledge base, loaded and indexed once per test process and shared by
    every harness on it (its files are the repository's, which no test edits; loading it
    took a second a test). ``None`` for another folder: the app loads that one itself."""
    if settings.kb != sample_kb_path():
        return None
    return _sample_knowledge(frozenset(load_agencies(settings.agencies).codes()))


class ChatHarness(Speaking):
    def __init__(
        self,
        database_url: str,
        user_id: str = "1001",
        name: str = "Siti Aminah",
        language_code: str | None = "id",
        channel: str = "console",
        **settings: object,
    ) -> None:
        settings = {**UNPACED, **settings}
        self.settings = Settings(database_url=database_url, **settings)  # type: ignore[arg-type]
        self.channel = Channel(channel)
        self.sender = RecordingSender()
        self.clock = Clock()
        self.resident = Sender(
            user_id=user_id, display_name=name, username="siti", language_code=language_code
        )
        self.chat_id = f"chat-{user_id}"
        self.app: App | None = None
        self._seen = 0
        # every console button press answered, with its popup text (None: no popup)
        self.answers: list[tuple[IncomingMessage, str | None]] = []
        self.whatsapp: WhatsAppResident | None = None
        self.telegram: TelegramResident | None = None
        self._telegram_sender: TelegramForwardingSender | None = None
        if self.channel is Channel.TELEGRAM:
            self.telegram = TelegramResident()
            self.chat_id = user_id
        if self.channel is Channel.WHATSAPP:  # the resident writes on WhatsApp
            self.whatsapp = WhatsAppResident(self.settings, self.clock)
            self.chat_id = wa_id_for(user_id)
            self.resident = Sender(user_id=self.chat_id, display_name=name)

    async def __aenter__(self) -> ChatHarness:
        kits = [
            ChannelKit(
                Channel.CONSOLE.value,
                self.sender,
                decode_incoming,
                acknowledge=self._answered,
                hosts_staff=True,
            )
        ]
        files = FileSources()  # the real channels read the bot's own documents here
        if self.telegram is not None:
            self.settings = await self.telegram.start(self.settings)
            assert self.telegram.bot is not None
            self._telegram_sender = TelegramForwardingSender(
                TelegramSender(self.telegram.bot, files), self.sender.sent
            )
            kits.append(self._telegram_kit(self._telegram_sender, parse_update))
        if self.whatsapp is not None:
            self.settings = await self.whatsapp.start()
            assert self.whatsapp.channel is not None
            files = self.whatsapp.channel.files
            whatsapp = channel_kit(self.whatsapp.channel, self.settings)
            sender = ForwardingSender(self.whatsapp.channel, self.sender.sent)
            kits.append(replace(whatsapp, sender=sender))
            # staff stay on Telegram (their messages come in as console items)
            kits.append(self._telegram_kit(self.sender, decode_incoming))
        self.app = await build_app(
            self.settings, kits, clock=self.clock, monotonic=self.clock.monotonic, files=files,
            knowledge=shared_knowledge(self.settings),
        )  # fmt: skip
        return self

    def _telegram_kit(self, sender: MessageSender, parse: Parser) -> ChannelKit:
        acknowledge = sender.acknowledge if isinstance(sender, TelegramForwardingSender) else None
        return ChannelKit(
            Channel.TELEGRAM.value,
            sender,
            parse,
            limits=telegram_limits(self.settings),
            acknowledge=acknowledge,
            hosts_staff=True,
        )

    async def __aexit__(self, *exc: object | TracebackType) -> None:
        if self.app is not None:
            await self.app.close()
        if self.whatsapp is not None:
            await self.whatsapp.stop()
        if self.telegram is not None:
            await self.telegram.stop()

    async def _answered(self, message: IncomingMessage, answer: str | None) -> None:
        self.answers.append((message, answer))

    @property
    def sessions(self) -> async_sessionmaker[AsyncSession]:
        assert self.app is not None
        return self.app.sessions

    # -- acting ------------------------------------------------------------------
    async def deliver(
        self,
        message: IncomingMessage,
        whatsapp_press: object = None,
        shown: OutgoingMessage | None = None,
    ) -> list[OutgoingMessage]:
        """Store ``message`` in the inbox, process and deliver; return what was sent.
        ``shown``: the message whose button a press is on."""
        assert self.app is not None
        if message.channel is Channel.WHATSAPP and self.whatsapp is not None:
            items = self.whatsapp.items(self.chat_id, message, whatsapp_press)
        elif message.channel is Channel.TELEGRAM and self.telegram is not None:
            on = self._telegram_sender.buttons_on.get(id(shown)) if self._telegram_sender else None
            items = self.telegram.items(message, on)
        else:
            items = [
                InboundItem(
                    f"test:{uuid.uuid4().hex}",
                    Channel.CONSOLE.value,
                    f"console:{message.chat_id}",
                    encode_incoming(message),
                )
            ]
        await self.app.inbox.store(items)
        await self.settle()
        new = self.sender.sent[self._seen :]
        self._seen = len(self.sender.sent)
        return new

    async def settle(self) -> None:
        assert self.app is not None
        for _ in range(20):
            handled = await self.app.processor.process_pending()
            sent = await self.app.delivery.deliver_due()
            if not handled and not sent:
                return

    async def press(
        self, label: str, in_messages: list[OutgoingMessage] | None = None
    ) -> list[OutgoingMessage]:
        button = self.find_button(label, in_messages)
        pressed = self.message(callback_data=button.data, callback_id=uuid.uuid4().hex)
        shown = self._showing(button, in_messages)
        if self.whatsapp is not None:
            return await self.deliver(pressed, interactive_reply(shown, button))
        return await self.deliver(pressed, shown=shown)

    @property
    def staff_channel(self) -> Channel:
        """Staff are on Telegram, or on the console in the console variant."""
        return Channel.CONSOLE if self.channel is Channel.CONSOLE else Channel.TELEGRAM

    # -- looking -----------------------------------------------------------------
    def platform_texts(self) -> list[str]:
        """The resident's messages as the platform received them (after conversion,
        splitting and captions): the fake Bot API's or Graph API's records."""
        if self.telegram is not None:
            return [r.text for r in self.telegram.api.sent if r.chat_id == self.chat_id and r.text]
        if self.whatsapp is not None:
            return [s.text for s in self.whatsapp.api.to(self.chat_id) if s.text]
        return [m.text for m in self.to_resident(self.sender.sent)]

    def platform_choices(self) -> list[str]:
        """The labels of the last choices the platform showed the resident."""
        if self.telegram is not None:
            for record in reversed(self.telegram.api.sent):
                if record.chat_id == self.chat_id and record.buttons:
                    return [label for row in record.buttons for label, _ in row]
            return []
        if self.whatsapp is not None:
            for sent in reversed(self.whatsapp.api.to(self.chat_id)):
                if sent.choices:
                    return [str(c["title"]) for c in sent.choices]
            return []
        for message in reversed(self.to_resident(self.sender.sent)):
            if message.buttons:
                return [b.label for row in message.buttons for b in row]
        return []

    def _showing(
        self, button: Button, in_messages: list[OutgoingMessage] | None
    ) -> OutgoingMessage:
        pool = in_messages if in_messages is not None else self.to_resident(self.sender.sent)
        return next(m for m in reversed(pool) if any(button in row for row in m.buttons))

    async def photo_content(self, ref: FileRef | dict[str, object]) -> bytes:
        """What a photo reference on a card (or kept on a ticket) shows: a WhatsApp
        photo's downloaded bytes."""
        ref = FileRef.from_stored(ref)
        if self.whatsapp is not None and self.whatsapp.channel is not None:
            found = await self.whatsapp.channel.state.photo(ref.id)
            assert found is not None, ref
            return found[0]
        return ref.id.encode()

    def sent_photo(self, file_id: str) -> bytes:
        """What :meth:`photo_content` returns for a photo the resident sent."""
        return media_bytes(file_id) if self.whatsapp is not None else file_id.encode()


def text_of(messages: list[OutgoingMessage]) -> str:
    return "\n".join(m.text for m in messages)
