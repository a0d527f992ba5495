"""Where the bytes of a file another channel received are read back.

A staff member answers in Telegram with a photo; the resident is on WhatsApp, whose
sender must upload the bytes itself. A resident sends a photo on WhatsApp; the staff
group is on Telegram, whose sender must upload it. Each channel that can hand out the
bytes behind its own references (:class:`~domain.messages.FileRef`) registers a source
under its name; senders fetch through the registry and never import another channel.
"""

from __future__ import annotations

import mimetypes
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.channels.base import PermanentSendError
from domain.messages import Channel, FileRef
from storage import documents


@dataclass(frozen=True)
class MediaFile:
    data: bytes
    mime_type: str
    filename: str


# The file behind one of a channel's references; ``None`` when it is not there,
# :class:`~bot.channels.base.PermanentSendError` when it can never be read,
# :class:`~bot.channels.base.TransientSendError` when it may be read later.
FileSource = Callable[[FileRef], Awaitable[MediaFile | None]]


def guess_type(name: str, default: str = "application/octet-stream") -> str:
    return mimetypes.guess_type(name)[0] or default


class FileSources:
    """Each channel's file source, by channel."""

    def __init__(self) -> None:
        self._sources: dict[Channel, FileSource] = {}

    def register(self, channel: Channel, source: FileSource) -> None:
        self._sources[channel] = source

    async def fetch(self, ref: FileRef) -> MediaFile:
        source = self._sources.get(ref.channel)
        if source is None:
            raise PermanentSendError(f"no file source for {ref.channel.value} (file {ref.id})")
        found = await source(ref)
        if found is None:
            raise PermanentSendError(f"{ref.channel.value} file {ref.id} is not there")
        return found


def stored_documents(sessions: async_sessionmaker[AsyncSession]) -> FileSource:
    """The source of :attr:`Channel.STORED` files: documents the bot wrote itself and
    kept in the database (``storage.documents``), e.g. a PPID's PDF letter."""

    async def fetch(ref: FileRef) -> MediaFile | None:
        if not ref.id.isdigit():
            return None
        async with sessions() as session:
            row = await documents.read(session, int(ref.id))
        if row is None:
            return None
        return MediaFile(row.data, row.mime_type, ref.name or row.name)

    return fetch
