"""Builds the aiogram ``Bot`` the adapter uses, with the project's defaults."""

from __future__ import annotations

from aiogram import Bot
from aiogram.client.default import DefaultBotProperties
from aiogram.client.telegram import TelegramAPIServer
from aiogram.enums import ParseMode
from aiogram.types import LinkPreviewOptions
from aiogram.utils.token import TokenValidationError, validate_token

from bot.channels.telegram.session import LeanAiohttpSession


def make_bot(token: str, api_base: str | None = None) -> Bot:
    """A ``Bot`` sending HTML without link previews, optionally via a local Bot API server.

    ``api_base`` is the server's base URL (``ADUAN_TELEGRAM_API_BASE``), e.g.
    ``http://localhost:8081``; ``None`` means api.telegram.org.

    :raises ValueError: the token is not of the form ``<digits>:<secret>``.
    """
    if not token:
        raise ValueError("ADUAN_TELEGRAM_TOKEN: not set (get a token from @BotFather)")
    try:
        validate_token(token)
    except TokenValidationError as error:
        # The token itself is a secret: never echo it.
        raise ValueError(
            f"ADUAN_TELEGRAM_TOKEN: {error} Expected '<bot id>:<secret>' as given by @BotFather."
        ) from None
    session = (
        LeanAiohttpSession(api=TelegramAPIServer.from_base(api_base))
        if api_base
        else LeanAiohttpSession()
    )
    default = DefaultBotProperties(
        parse_mode=ParseMode.HTML,
        link_preview=LinkPreviewOptions(is_disabled=True),
    )
    return Bot(token, session=session, default=default)
