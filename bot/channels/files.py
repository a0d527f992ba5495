"""Where the bytes of a file another channel received are read back.

A staff member answers in Telegram with a photo; the resident is on WhatsApp, whose
sender must upload the bytes itself. A resident sends a photo on WhatsApp; the staff
group is on Telegram, whose sender must upload it. Each channel that can hand out the
bytes behind its own references registers a source here; senders fetch through the
registry and never import another channel.
"""

from __future__ import annotations

import mimetypes
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from bot.channels.base import PermanentSendError


@dataclass(frozen=True)
class MediaFile:
    data: bytes
    mime_type: str
    filename: str


# A place files are read from: the file behind a reference, ``None`` when the
# reference is not this source's, :class:`~bot.channels.base.PermanentSendError` when
# it can never be read, :class:`~bot.channels.base.TransientSendError` when it may be
# read later.
FileSource = Callable[[str], Awaitable[MediaFile | None]]


def guess_type(name: str, default: str = "application/octet-stream") -> str:
    return mimetypes.guess_type(name)[0] or default


class FileSources:
    """Every channel's file source, asked in the order they were added."""

    def __init__(self) -> None:
        self._sources: list[FileSource] = []

    def add(self, source: FileSource) -> None:
        self._sources.append(source)

    async def fetch(self, ref: str) -> MediaFile:
        for source in self._sources:
            found = await source(ref)
            if found is not None:
                return found
        raise PermanentSendError(f"no source for file {ref}")
