"""WhatsApp's step before the handlers, in the same transaction as the turn:

- the resident wrote, so the 24-hour window opens and whatever was owed to them
  (held back by the 24-hour rule) goes into the outbox ahead of the answer;
- a typed number answers the last numbered choice list (buttons beyond a list);
- an image is downloaded through the media endpoint and kept, so the ticket and the
  staff group get the photo itself (``upload:<id>``), not a WhatsApp media id that
  expires and that Telegram cannot read.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from bot.channels.whatsapp.client import GraphClient
from bot.channels.whatsapp.inbound import MEDIA_PREFIX
from domain.messages import IncomingMessage, OutgoingMessage
from storage import outbox
from storage import whatsapp as state


class WhatsAppPreparer:
    def __init__(self, client: GraphClient) -> None:
        self._client = client

    async def __call__(
        self, session: AsyncSession, message: IncomingMessage, now: datetime
    ) -> IncomingMessage:
        for payload in await state.record_inbound(session, message.chat_id, now):
            outbox.enqueue(session, OutgoingMessage.from_json(payload), now, purpose="owed")
        if message.text and message.callback_data is None and message.attachment is None:
            data = await state.numbered_choice(session, message.chat_id, message.text)
            if data is not None:
                message = replace(message, text=None, callback_data=data, callback_id=None)
        if message.photo_file_id and message.photo_file_id.startswith(MEDIA_PREFIX):
            media_id = message.photo_file_id.removeprefix(MEDIA_PREFIX)
            ref = await state.media_known(session, media_id)
            if ref is None:
                data_bytes, mime_type = await self._client.download_media(media_id)
                ref = await state.store_media(session, media_id, data_bytes, mime_type, now)
            message = replace(message, photo_file_id=ref)
        return message
