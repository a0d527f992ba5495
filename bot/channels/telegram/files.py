"""Files staff sent in Telegram, read back for another channel (a resident on WhatsApp).

``getFile`` gives the file's path; the bytes come from the Bot API's file URL
(``{ADUAN_TELEGRAM_API_BASE}/file/bot<token>/<path>``, or the local server's disk in
its ``--local`` mode), both through aiogram. The Bot API serves files up to 20 MB.
"""

from __future__ import annotations

import posixpath

import aiohttp
from aiogram import Bot

from bot.channels.base import PermanentSendError, TransientSendError
from bot.channels.files import MediaFile, guess_type
from bot.channels.telegram.errors import to_send_error
from domain.messages import FileRef


class TelegramFiles:
    """A :data:`bot.channels.files.FileSource` for Telegram ``file_id`` s."""

    def __init__(self, bot: Bot) -> None:
        self._bot = bot

    async def __call__(self, ref: FileRef) -> MediaFile | None:
        if not ref.id:
            return None
        try:
            file = await self._bot.get_file(ref.id)
            if not file.file_path:
                raise PermanentSendError(f"telegram file {ref.id} has no path (too big?)")
            stream = await self._bot.download_file(file.file_path)
        except aiohttp.ClientResponseError as error:
            if 400 <= error.status < 500 and error.status != 429:
                raise PermanentSendError(f"telegram file {ref.id}: {error.status}") from error
            raise TransientSendError(f"telegram file {ref.id}: {error.status}") from error
        except PermanentSendError:
            raise
        except Exception as error:
            mapped = to_send_error(error)
            if mapped is None:
                raise
            if isinstance(mapped, TransientSendError):
                raise mapped from error
            # never "the resident is unreachable": it is only the file that is
            raise PermanentSendError(f"telegram file {ref.id}: {mapped}") from error
        assert stream is not None
        name = posixpath.basename(file.file_path) or "file"
        return MediaFile(stream.read(), guess_type(name), name)
