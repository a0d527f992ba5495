"""Maps aiogram and network exceptions onto the channel-neutral :class:`SendError` family."""

from __future__ import annotations

import aiohttp
from aiogram.exceptions import (
    ClientDecodeError,
    TelegramAPIError,
    TelegramBadRequest,
    TelegramEntityTooLarge,
    TelegramForbiddenError,
    TelegramMigrateToChat,
    TelegramNetworkError,
    TelegramNotFound,
    TelegramRetryAfter,
    TelegramServerError,
    TelegramUnauthorizedError,
)

from bot.channels.base import (
    ChatMigratedError,
    ChatUnreachableError,
    PermanentSendError,
    SendError,
    TransientSendError,
)

# A revoked or mistyped token fails every send: keep messages queued and retry slowly
# while the operator fixes ADUAN_TELEGRAM_TOKEN, rather than dropping them.
UNAUTHORIZED_RETRY_AFTER = 300.0


def to_send_error(error: BaseException) -> SendError | None:
    """The :class:`SendError` for ``error``, or ``None`` if it is not a sending failure."""
    if isinstance(error, TelegramRetryAfter):
        return TransientSendError(f"telegram flood control: {error.message}", error.retry_after)
    if isinstance(error, TelegramMigrateToChat):
        return ChatMigratedError(str(error.migrate_to_chat_id))
    if isinstance(error, TelegramForbiddenError):
        return ChatUnreachableError(f"telegram: {error.message}")
    if isinstance(error, TelegramEntityTooLarge):  # a network-error subclass, but permanent
        return PermanentSendError(f"telegram: {error.message}")
    if isinstance(error, TelegramBadRequest | TelegramNotFound):
        return PermanentSendError(f"telegram: {error.message}")
    if isinstance(error, TelegramUnauthorizedError):
        return TransientSendError(
            f"telegram rejected the bot token: {error.message}", UNAUTHORIZED_RETRY_AFTER
        )
    if isinstance(error, TelegramServerError | TelegramNetworkError):
        return TransientSendError(f"telegram unavailable: {error.message}")
    if isinstance(error, ClientDecodeError):  # e.g. an HTML error page from a proxy
        return TransientSendError(f"telegram: unreadable response: {error.message}")
    if isinstance(error, TimeoutError | aiohttp.ClientError):
        return TransientSendError(f"telegram unreachable: {type(error).__name__}: {error}")
    if isinstance(error, TelegramAPIError):  # an unclassified status (e.g. 429 without data)
        return TransientSendError(f"telegram: {error.message}")
    return None
