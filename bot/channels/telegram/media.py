"""The photos and documents of an outgoing message: Telegram's own files go by their
``file_id``; another channel's (a resident's WhatsApp photo on a ticket card) are read
through that channel's file source and uploaded."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass

from aiogram import Bot
from aiogram.enums import ParseMode
from aiogram.types import BufferedInputFile, InputMediaPhoto, Message, ReplyParameters

from bot.channels.files import FileSources
from domain.messages import Channel, FileRef

ALBUM_LIMIT = 10


@dataclass
class Target:
    """Where the parts of one outgoing message go; the reply target is used once."""

    chat_id: int | str
    thread_id: int | None
    reply_to: int | None

    def take_reply(self) -> ReplyParameters | None:
        if self.reply_to is None:
            return None
        reply = ReplyParameters(message_id=self.reply_to, allow_sending_without_reply=True)
        self.reply_to = None
        return reply

    def take_reply_json(self) -> str | None:
        """:meth:`take_reply`, as the JSON Telegram receives."""
        if self.reply_to is None:
            return None
        reply = json.dumps({"message_id": self.reply_to, "allow_sending_without_reply": True})
        self.reply_to = None
        return reply


class MediaSender:
    def __init__(self, bot: Bot, files: FileSources | None) -> None:
        self._bot = bot
        self._files = files or FileSources()

    async def file(self, ref: FileRef) -> str | BufferedInputFile:
        if ref.channel is Channel.TELEGRAM:
            return ref.id
        found = await self._files.fetch(ref)
        return BufferedInputFile(found.data, filename=ref.name or found.filename)

    async def photos(self, to: Target, photos: Sequence[FileRef], caption: str | None) -> list[int]:
        """The photos as one photo or albums of up to ten; ``caption`` on the first."""
        ids: list[int] = []
        for start in range(0, len(photos), ALBUM_LIMIT):
            batch = photos[start : start + ALBUM_LIMIT]
            ids += await self._album(to, batch, caption if start == 0 else None)
        return ids

    async def _album(self, to: Target, photos: Sequence[FileRef], caption: str | None) -> list[int]:
        files = [await self.file(photo) for photo in photos]
        if len(photos) == 1:
            sent = await self._bot.send_photo(
                chat_id=to.chat_id,
                photo=files[0],
                caption=caption,
                parse_mode=ParseMode.HTML,
                message_thread_id=to.thread_id,
                reply_parameters=to.take_reply(),
            )
            return [sent.message_id]
        media = [
            InputMediaPhoto(
                media=photo,
                caption=caption if index == 0 else None,
                parse_mode=ParseMode.HTML,
            )
            for index, photo in enumerate(files)
        ]
        album: list[Message] = await self._bot.send_media_group(
            chat_id=to.chat_id,
            media=list(media),
            message_thread_id=to.thread_id,
            reply_parameters=to.take_reply(),
        )
        return [sent.message_id for sent in album]

    async def documents(
        self, to: Target, documents: Sequence[FileRef], caption: str | None
    ) -> list[int]:
        """One message per document; ``caption`` on the first."""
        ids: list[int] = []
        for document in documents:
            sent = await self._bot.send_document(
                chat_id=to.chat_id,
                document=await self.file(document),
                caption=caption,
                parse_mode=ParseMode.HTML,
                message_thread_id=to.thread_id,
                reply_parameters=to.take_reply(),
            )
            caption = None
            ids.append(sent.message_id)
        return ids
