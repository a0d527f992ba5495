"""Photos and documents for a WhatsApp resident (an agency's answer with a file).

The outbox row keeps only references (:class:`~domain.messages.FileRef`): a Telegram
file for what staff sent in their group (its ``file_id`` is valid for the bot for
good), or a WhatsApp photo kept in the database. Nothing is fetched when the row is
written; at send time the file is fetched through its channel's file source
(Telegram: ``getFile``, then the download from the Bot API file URL), uploaded to
WhatsApp (``POST /{phone-number-id}/media``) and sent by the
media id it gets. A crash or failure anywhere on the way leaves the row pending, and
the next attempt starts again from the references; the media ids already uploaded by
this process are remembered so a retry does not upload the same file again.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from bot.channels.base import PermanentSendError
from bot.channels.files import FileSources
from bot.channels.whatsapp.client import GraphClient
from domain.messages import FileRef

IMAGE_TYPES = {"image/jpeg", "image/png"}
IMAGE_LIMIT = 5 * 1024 * 1024  # WhatsApp's limit for images; larger ones go as documents
DOCUMENT_LIMIT = 100 * 1024 * 1024
MEDIA_ID_LIFETIME = 25 * 24 * 3600.0  # WhatsApp keeps uploaded media 30 days
CACHE_LIMIT = 10_000


@dataclass(frozen=True)
class Prepared:
    """A file uploaded to WhatsApp: send it as ``kind`` (image or document) by ``id``."""

    kind: str
    media_id: str
    filename: str


class MediaUploader:
    """Fetches a referenced file from the channel that holds it, uploads it."""

    def __init__(self, client: GraphClient, files: FileSources) -> None:
        self._client = client
        self._files = files
        self._uploaded: dict[tuple[FileRef, bool], tuple[Prepared, float]] = {}

    async def prepare(self, ref: FileRef, as_photo: bool) -> Prepared:
        cached = self._uploaded.get((ref, as_photo))
        if cached is not None and time.monotonic() - cached[1] < MEDIA_ID_LIFETIME:
            return cached[0]
        found = await self._files.fetch(ref)
        image = as_photo and found.mime_type in IMAGE_TYPES and len(found.data) <= IMAGE_LIMIT
        if not image and len(found.data) > DOCUMENT_LIMIT:
            raise PermanentSendError(f"file {ref.id} is larger than WhatsApp accepts")
        filename = ref.name or found.filename
        media_id = await self._client.upload_media(found.data, found.mime_type, filename)
        prepared = Prepared("image" if image else "document", media_id, filename)
        if len(self._uploaded) >= CACHE_LIMIT:
            self._uploaded.clear()
        self._uploaded[(ref, as_photo)] = (prepared, time.monotonic())
        return prepared
