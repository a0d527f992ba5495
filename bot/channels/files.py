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

from bot.channels.base import PermanentSendError
from domain.messages import Channel, FileRef


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
