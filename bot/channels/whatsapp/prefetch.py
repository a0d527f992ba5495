"""Residents' photos downloaded while the webhook request is answered, before the
message is stored in the inbox.

The preparer (:mod:`bot.channels.whatsapp.prepare`) runs inside the transaction of
the resident's turn; downloading there would hold that transaction (and on SQLite the
one writer's lock) open for the length of a download from WhatsApp. So the webhook
fetches each new image first, in a short transaction of its own, and the preparer
finds it stored. A download that fails or takes too long is left to the preparer,
which downloads inline and retries with the turn: slower, never lost.
"""

from __future__ import annotations

import asyncio
import json
import logging
from datetime import datetime

from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.channels.whatsapp.client import GraphClient
from domain.inbound import InboundItem
from storage import whatsapp

log = logging.getLogger(__name__)

PREFETCH_TIMEOUT = 5.0  # seconds per download; they run side by side


def image_ids(items: list[InboundItem]) -> list[str]:
    ids = []
    for item in items:
        message = json.loads(item.payload).get("message") or {}
        kind = message.get("type")
        media_id = (message.get(kind) or {}).get("id") if kind in ("image", "document") else None
        if media_id:
            ids.append(str(media_id))
    return ids


async def _prefetch(
    client: GraphClient,
    sessions: async_sessionmaker[AsyncSession],
    media_id: str,
    now: datetime,
) -> None:
    try:
        async with sessions() as session:
            if await whatsapp.media_known(session, media_id):
                return  # a redelivered webhook
        # only the download is given up on time; a store that started is finished
        data, mime_type = await asyncio.wait_for(client.download_media(media_id), PREFETCH_TIMEOUT)
        async with sessions.begin() as session:
            await whatsapp.store_media(session, media_id, data, mime_type, now)
    except IntegrityError:
        pass  # stored meanwhile by the turn itself
    except Exception as exc:
        log.warning("WhatsApp media %s not fetched ahead (the turn will): %r", media_id, exc)


async def prefetch_images(
    client: GraphClient,
    sessions: async_sessionmaker[AsyncSession],
    items: list[InboundItem],
    now: datetime,
) -> None:
    """Fetch the images of ``items`` together, each download given up after
    ``PREFETCH_TIMEOUT`` (the webhook must answer well within WhatsApp's timeout)."""
    await asyncio.gather(*(_prefetch(client, sessions, i, now) for i in image_ids(items)))
