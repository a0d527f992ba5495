"""Build the WhatsApp channel's parts from settings, for a runner or a test."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.channels.files import FileSource, FileSources, MediaFile
from bot.channels.whatsapp.client import GraphClient
from bot.channels.whatsapp.inbound import parse_message
from bot.channels.whatsapp.media import MediaUploader
from bot.channels.whatsapp.prepare import WhatsAppPreparer
from bot.channels.whatsapp.sender import WhatsAppSender
from bot.config import ConfigError, Settings
from domain.messages import Channel, FileRef
from storage.whatsapp import WhatsAppState


def _now() -> datetime:
    return datetime.now(UTC)


@dataclass
class WhatsAppChannel:
    client: GraphClient
    state: WhatsAppState
    sender: WhatsAppSender
    preparer: WhatsAppPreparer
    media: MediaUploader
    files: FileSources  # every channel's files (staff answers come from Telegram's)
    parse = staticmethod(parse_message)

    def bind(self, sessions: async_sessionmaker[AsyncSession]) -> None:
        self.state.bind(sessions)

    async def close(self) -> None:
        await self.client.close()


def stored_photos(state: WhatsAppState) -> FileSource:
    """Residents' photos kept in the database, as WhatsApp's file source."""

    async def read(ref: FileRef) -> MediaFile | None:
        found = await state.photo(ref.id)
        if found is None:
            return None
        data, mime_type = found
        if ref.name:  # a document keeps the name the resident gave it
            return MediaFile(data, mime_type, ref.name)
        extension = "png" if mime_type == "image/png" else "jpg"
        return MediaFile(data, mime_type, f"whatsapp-{ref.id.replace(':', '-')}.{extension}")

    return read


def build_whatsapp(
    settings: Settings,
    clock: Callable[[], datetime] = _now,
    files: FileSources | None = None,
) -> WhatsAppChannel:
    """``files``: where the files of staff answers are read (Telegram's); this
    channel adds its own (residents' photos kept in the database)."""
    missing = [
        name
        for name, value in (
            ("ADUAN_WHATSAPP_ACCESS_TOKEN", settings.whatsapp_access_token),
            ("ADUAN_WHATSAPP_PHONE_NUMBER_ID", settings.whatsapp_phone_number_id),
            ("ADUAN_WHATSAPP_APP_SECRET", settings.whatsapp_app_secret),
            ("ADUAN_WHATSAPP_VERIFY_TOKEN", settings.whatsapp_verify_token),
        )
        if not value
    ]
    if missing:
        raise ConfigError("WhatsApp needs " + ", ".join(missing))
    client = GraphClient(
        settings.whatsapp_access_token or "",
        settings.whatsapp_phone_number_id or "",
        settings.whatsapp_api_base,
        settings.whatsapp_api_version,
    )
    state = WhatsAppState()
    files = files if files is not None else FileSources()
    files.register(Channel.WHATSAPP, stored_photos(state))
    media = MediaUploader(client, files)
    sender = WhatsAppSender(
        client,
        state,
        settings.whatsapp_reply_template,
        settings.whatsapp_template_language,
        default_language=settings.default_language,
        clock=clock,
        media=media,
    )
    return WhatsAppChannel(client, state, sender, WhatsAppPreparer(client), media, files)
