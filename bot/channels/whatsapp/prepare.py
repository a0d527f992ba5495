"""WhatsApp's step before the handlers, in the same transaction as the turn:

- the resident wrote, so the 24-hour window opens and whatever was owed to them
  (held back by the 24-hour rule) goes into the outbox ahead of the answer;
- a typed number answers the last numbered choice list (buttons beyond a list);
- an image (or a document) is downloaded through the media endpoint and kept under its media id, so
  the ticket and the staff group get the photo itself from WhatsApp's file source
  (WhatsApp forgets media after 30 days, and Telegram cannot read its media ids).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from bot.channels.whatsapp.client import GraphClient
from domain.messages import Channel, IncomingMessage, OutgoingMessage
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
        for file in (message.photo, message.document):  # a document is kept like a photo
            ours = file is not None and file.channel is Channel.WHATSAPP
            if file is not None and ours and not await state.media_known(session, file.id):
                data_bytes, mime_type = await self._client.download_media(file.id)
                await state.store_media(session, file.id, data_bytes, mime_type, now)
        return message
