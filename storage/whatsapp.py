"""WhatsApp state: each resident's 24-hour window, the numbered choices they may type,
messages owed until they write again, and downloaded photos.

Photos are kept in the database (``whatsapp_media``), not in files: the database is
already the one thing every bot process shares and backs up, a ticket needs a few
images of at most 5 MB, and the Telegram sender of any process can read them back.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import JSON, Column, LargeBinary, Text, Unicode, cast, update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlmodel import Field, SQLModel, col, select

from storage.dialect import upsert_insert
from storage.models import OutboxEntry
from storage.types import UtcDateTime

WINDOW = timedelta(hours=24)
UPLOAD_PREFIX = "upload:"  # photo references stored before FileRef: upload:<row id>
CACHE_LIMIT = 100_000
CACHE_FOR = timedelta(seconds=60)  # another process may learn that a window closed
RETRY_LATER = timedelta(seconds=30)


class WhatsAppChat(SQLModel, table=True):
    __tablename__ = "whatsapp_chat"

    wa_id: str = Field(primary_key=True, max_length=64)
    last_inbound_at: datetime | None = Field(default=None, sa_type=UtcDateTime)
    template_sent_at: datetime | None = Field(default=None, sa_type=UtcDateTime)
    choices: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))


class WhatsAppOwed(SQLModel, table=True):
    """A message held back by the 24-hour rule until the resident writes again."""

    __tablename__ = "whatsapp_owed"

    id: int | None = Field(default=None, primary_key=True)
    wa_id: str = Field(max_length=64, index=True)
    payload: str = Field(sa_column=Column(Text, nullable=False))
    created_at: datetime = Field(sa_type=UtcDateTime)


class WhatsAppMedia(SQLModel, table=True):
    __tablename__ = "whatsapp_media"

    id: int | None = Field(default=None, primary_key=True)
    media_id: str = Field(max_length=128, unique=True)
    mime_type: str = Field(default="image/jpeg", max_length=64)
    data: bytes = Field(sa_column=Column(LargeBinary, nullable=False))
    created_at: datetime = Field(sa_type=UtcDateTime)


async def _chat(session: AsyncSession, wa_id: str) -> WhatsAppChat:
    await session.execute(
        upsert_insert(session, WhatsAppChat)
        .values(wa_id=wa_id, choices=[])
        .on_conflict_do_nothing(index_elements=["wa_id"])
    )
    chat = await session.get(WhatsAppChat, wa_id)
    assert chat is not None
    return chat


async def record_inbound(session: AsyncSession, wa_id: str, now: datetime) -> list[str]:
    """The resident wrote: the window opens; return the payloads owed to them (removed)."""
    chat = await _chat(session, wa_id)
    chat.last_inbound_at = now
    chat.template_sent_at = None
    owed = (
        (
            await session.execute(
                select(WhatsAppOwed)
                .where(WhatsAppOwed.wa_id == wa_id)
                .order_by(col(WhatsAppOwed.id))
            )
        )
        .scalars()
        .all()
    )
    payloads = [row.payload for row in owed]
    for row in owed:
        await session.delete(row)
    return payloads


async def numbered_choice(session: AsyncSession, wa_id: str, text: str) -> str | None:
    """The button data behind a typed number, if the last buttons were shown numbered."""
    chat = await session.get(WhatsAppChat, wa_id)
    if chat is None or not chat.choices or not text.strip().isdigit():
        return None
    index = int(text.strip()) - 1
    return chat.choices[index] if 0 <= index < len(chat.choices) else None


class WhatsAppState:
    """What the WhatsApp sender reads and writes, each call its own transaction."""

    def __init__(self, sessions: async_sessionmaker[AsyncSession] | None = None) -> None:
        self._bound = sessions
        self._open_until: dict[str, tuple[datetime, datetime]] = {}  # until, checked

    def bind(self, sessions: async_sessionmaker[AsyncSession]) -> None:
        """Late binding: the composition root makes the sessions after the senders."""
        self._bound = sessions

    @property
    def _sessions(self) -> async_sessionmaker[AsyncSession]:
        if self._bound is None:
            raise RuntimeError("WhatsAppState used before bind()")
        return self._bound

    async def window_open(self, wa_id: str, now: datetime) -> bool:
        """Within 24 hours of the resident's last message. A window only ever grows (a
        new message moves it later), so "open until" is cached and the database is
        asked again only once that moment has passed."""
        cached = self._open_until.get(wa_id)
        if cached is not None and now < cached[0] and now - cached[1] < CACHE_FOR:
            return True
        async with self._sessions() as session:
            chat = await session.get(WhatsAppChat, wa_id)
        last = chat.last_inbound_at if chat else None
        if last is None or now - last >= WINDOW:
            self._open_until.pop(wa_id, None)
            return False
        if len(self._open_until) >= CACHE_LIMIT:
            self._open_until.clear()
        self._open_until[wa_id] = (last + WINDOW, now)
        return True

    def forget_window(self, wa_id: str) -> None:
        """WhatsApp said the window is closed (131047): ask the database next time."""
        self._open_until.pop(wa_id, None)

    async def remember_choices(self, wa_id: str, choices: list[str]) -> None:
        async with self._sessions.begin() as session:
            chat = await _chat(session, wa_id)
            chat.choices = choices

    async def template_needed(self, wa_id: str) -> bool:
        """No template has told the resident about owed messages since they last wrote."""
        async with self._sessions() as session:
            chat = await session.get(WhatsAppChat, wa_id)
        return chat is None or chat.template_sent_at is None

    async def owe(self, wa_id: str, payload: str, now: datetime, template_sent: bool) -> None:
        """Hold ``payload`` back until the resident writes again."""
        async with self._sessions.begin() as session:
            session.add(WhatsAppOwed(wa_id=wa_id, payload=payload, created_at=now))
            if template_sent:
                chat = await _chat(session, wa_id)
                chat.template_sent_at = now

    async def photo(self, media_id: str) -> tuple[bytes, str] | None:
        """The bytes and type of a resident's photo, by its WhatsApp media id; or by
        ``upload:<row id>``, the reference stored before references were typed."""
        async with self._sessions() as session:
            if media_id.startswith(UPLOAD_PREFIX):
                row = media_id.removeprefix(UPLOAD_PREFIX)
                media = await session.get(WhatsAppMedia, int(row)) if row.isdigit() else None
            else:
                media = (
                    await session.execute(
                        select(WhatsAppMedia).where(WhatsAppMedia.media_id == media_id)
                    )
                ).scalar_one_or_none()
        return (media.data, media.mime_type) if media else None


async def store_media(
    session: AsyncSession, media_id: str, data: bytes, mime_type: str, now: datetime
) -> None:
    """Keep a downloaded photo under its media id (idempotent)."""
    existing = (
        await session.execute(select(WhatsAppMedia).where(WhatsAppMedia.media_id == media_id))
    ).scalar_one_or_none()
    if existing is None:
        existing = WhatsAppMedia(
            media_id=media_id, data=data, mime_type=mime_type[:64], created_at=now
        )
        session.add(existing)
        await session.flush()


async def media_known(session: AsyncSession, media_id: str) -> bool:
    row = (
        await session.execute(select(WhatsAppMedia.id).where(WhatsAppMedia.media_id == media_id))
    ).scalar_one_or_none()
    return row is not None


STATUS_RANK = {"sent": 1, "delivered": 2, "read": 3, "failed": 4}


async def record_status(
    session: AsyncSession, wa_id: str, message_id: str, status: str, at: datetime
) -> list[OutboxEntry]:
    """Put a delivery status on the outbox row that sent ``message_id``; ``read`` never
    goes back to ``delivered`` (statuses may arrive out of order). Return the rows that
    have just become ``failed``."""
    rows: Any = await session.execute(
        select(OutboxEntry).where(
            OutboxEntry.channel == "whatsapp",
            OutboxEntry.chat_id == wa_id,
            cast(OutboxEntry.message_ids, Unicode).contains(f'"{message_id}"'),
        )
    )
    failed = []
    for row in rows.scalars().all():
        before = row.platform_status
        if STATUS_RANK.get(status, 0) >= STATUS_RANK.get(before or "", 0):
            await session.execute(
                update(OutboxEntry)
                .where(col(OutboxEntry.id) == row.id)
                .values(platform_status=status[:16], platform_status_at=at)
            )
            if status == "failed" and before != "failed":
                failed.append(row)
    return failed


async def resend_failed(
    session: AsyncSession, row: OutboxEntry, window_closed: bool, now: datetime
) -> None:
    """A message WhatsApp accepted but then could not deliver goes back in the outbox:
    at once when the window turned out closed (the sender then holds it and sends the
    template), a little later after a rate limit."""
    if window_closed:
        chat = await _chat(session, row.chat_id)
        if chat.last_inbound_at is not None and (row.sent_at or now) >= chat.last_inbound_at:
            chat.last_inbound_at = None
    session.add(
        OutboxEntry(
            channel=row.channel,
            chat_id=row.chat_id,
            payload=row.payload,
            purpose=row.purpose,
            ticket_id=row.ticket_id,
            available_at=now if window_closed else now + RETRY_LATER,
            created_at=now,
        )
    )
