"""Telegram updates in, channel-neutral :class:`IncomingMessage` out.

Updates are stored in the inbox as JSON (``Update.model_dump_json``) and parsed here
when processed. Only what the handlers act on becomes a message: messages and edits
in private chats and groups, and button presses. Everything else (channel posts,
membership changes, polls, inline queries, service messages such as "user joined")
yields ``None`` and is simply marked done.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Mapping
from typing import Any

from aiogram.types import CallbackQuery, Chat, Message, Update
from aiogram.types import Location as TgLocation
from aiogram.types.update import UpdateTypeLookupError
from pydantic import ValidationError

from domain.inbound import InboundItem
from domain.messages import (
    Attachment,
    Channel,
    ChatKind,
    FileRef,
    IncomingMessage,
    Location,
    Sender,
)

log = logging.getLogger(__name__)

CHANNEL = Channel.TELEGRAM.value

_CHAT_KINDS = {
    "private": ChatKind.PRIVATE,
    "group": ChatKind.GROUP,
    "supergroup": ChatKind.GROUP,
}

# Content a person sends that is neither text nor a location. Checked in order:
# an animation also carries ``document``, so it must come first.
_ATTACHMENTS: tuple[tuple[str, Attachment], ...] = (
    ("photo", Attachment.PHOTO),
    ("sticker", Attachment.STICKER),
    ("voice", Attachment.VOICE),
    ("audio", Attachment.AUDIO),
    ("animation", Attachment.VIDEO),
    ("video", Attachment.VIDEO),
    ("video_note", Attachment.VIDEO),
    ("document", Attachment.DOCUMENT),
    ("contact", Attachment.CONTACT),
)

# Other content a person sends on purpose; service messages are not in this list.
_OTHER_CONTENT = (
    "poll", "dice", "game", "story", "paid_media", "invoice", "checklist", "live_photo",
)  # fmt: skip


def update_key(update: Update) -> str:
    """The inbox key: unique per update, stable across redeliveries."""
    return f"{CHANNEL}:{update.update_id}"


def chat_key(update: Update) -> str:
    """Groups updates that must be processed in order: one chat, or one user without one."""
    try:
        event: object = update.event
    except UpdateTypeLookupError:  # an update type newer than this aiogram
        event = None
    chat = _event_chat(event)
    if chat is not None:
        return f"{CHANNEL}:{chat.id}"
    user = getattr(event, "from_user", None) or getattr(event, "user", None)
    if user is not None:
        return f"{CHANNEL}:user:{user.id}"
    return f"{CHANNEL}:update:{update.update_id}"


def to_inbound_item(update: Update) -> InboundItem:
    return InboundItem(
        key=update_key(update),
        channel=CHANNEL,
        chat_key=chat_key(update),
        payload=update.model_dump_json(exclude_none=True),
    )


def raw_inbound_item(raw: Mapping[str, Any]) -> InboundItem:
    """An inbox item for an update this aiogram version cannot read.

    Storing it lets the poller confirm it, instead of fetching it forever;
    :func:`parse_update` then yields ``None`` for it.
    """
    update_id = raw["update_id"]
    group = f"{CHANNEL}:update:{update_id}"
    for value in raw.values():
        if not isinstance(value, Mapping):
            continue
        chat = value.get("chat") or (value.get("message") or {}).get("chat")
        user = value.get("from") or value.get("user")
        if isinstance(chat, Mapping) and "id" in chat:
            group = f"{CHANNEL}:{chat['id']}"
        elif isinstance(user, Mapping) and "id" in user:
            group = f"{CHANNEL}:user:{user['id']}"
    return InboundItem(
        key=f"{CHANNEL}:{update_id}",
        channel=CHANNEL,
        chat_key=group,
        payload=json.dumps(raw, ensure_ascii=False),
    )


def parse_update(payload: str) -> IncomingMessage | None:
    """Parse an inbox payload; ``None`` for anything the handlers do not act on."""
    try:
        update = Update.model_validate_json(payload)
    except ValidationError as error:
        log.warning("unreadable Telegram update ignored: %s", error)
        return None
    return _to_message(update)


def _to_message(update: Update) -> IncomingMessage | None:
    if update.message is not None:
        return _from_message(update.message, edited=False)
    if update.edited_message is not None:
        return _from_message(update.edited_message, edited=True)
    if update.callback_query is not None:
        return _from_callback(update.callback_query)
    return None


class UpdateParser:
    """:func:`parse_update` for one process, which skips reading again an update the
    poller read moments ago: the poller hands over what it made of each update
    (:meth:`remember`), keyed by the payload it stored, and the processor's parse of
    that same payload takes it instead of validating the JSON again. The inbox row is
    still what is processed; an update this process did not poll (a restart, another
    process's webhook) is parsed from its payload as always."""

    LIMIT = 10_000  # updates stored but never processed here (duplicates) are forgotten

    def __init__(self) -> None:
        self._known: dict[str, IncomingMessage | None] = {}

    def remember(self, item: InboundItem, update: Update) -> None:
        if len(self._known) >= self.LIMIT:
            self._known.clear()
        self._known[item.payload] = _to_message(update)

    def __call__(self, payload: str) -> IncomingMessage | None:
        try:
            return self._known.pop(payload)
        except KeyError:
            return parse_update(payload)


def _event_chat(event: object) -> Chat | None:
    chat = getattr(event, "chat", None)
    if isinstance(chat, Chat):
        return chat
    message = getattr(event, "message", None)  # a callback query's message
    chat = getattr(message, "chat", None)
    return chat if isinstance(chat, Chat) else None


def _sender_of(message: Message) -> Sender | None:
    if message.from_user is not None:
        user = message.from_user
        return Sender(
            user_id=str(user.id),
            display_name=user.full_name,
            username=user.username,
            language_code=user.language_code,
        )
    if message.sender_chat is not None:  # an anonymous group admin, posting as the group
        return Sender(
            user_id=str(message.sender_chat.id),
            display_name=message.sender_chat.title or "",
            username=message.sender_chat.username,
        )
    return None


def _thread_id(message: Message) -> str | None:
    if message.is_topic_message and message.message_thread_id is not None:
        return str(message.message_thread_id)
    return None


def _reply_to(message: Message) -> str | None:
    replied = message.reply_to_message
    if replied is None:
        return None
    # In a forum, a plain message in a topic is sent as a "reply" to the topic's
    # creation message: that is not a reply the handlers should see.
    if replied.forum_topic_created is not None:
        return None
    return str(replied.message_id)


def _attachment(message: Message) -> Attachment | None:
    for field_name, kind in _ATTACHMENTS:
        if getattr(message, field_name, None):
            return kind
    if any(getattr(message, name, None) for name in _OTHER_CONTENT):
        return Attachment.OTHER
    return None


def _file(file_id: str, kind: Attachment, name: str | None = None) -> FileRef:
    return FileRef(Channel.TELEGRAM, file_id, kind, name)


def _location(message: Message) -> Location | None:
    found: TgLocation | None = message.location or (
        message.venue.location if message.venue else None
    )
    if found is None:
        return None
    return Location(latitude=found.latitude, longitude=found.longitude)


def _from_message(message: Message, *, edited: bool) -> IncomingMessage | None:
    kind = _CHAT_KINDS.get(message.chat.type)
    sender = _sender_of(message)
    if kind is None or sender is None:
        return None
    text = message.text if message.text is not None else message.caption
    location = _location(message)
    attachment = _attachment(message)
    if text is None and location is None and attachment is None:
        return None  # a service message: someone joined, a title changed, a pin...
    return IncomingMessage(
        channel=Channel.TELEGRAM,
        chat_id=str(message.chat.id),
        chat_kind=kind,
        sender=sender,
        message_id=str(message.message_id),
        text=text,
        location=location,
        photo=_file(message.photo[-1].file_id, Attachment.PHOTO) if message.photo else None,
        document=(
            _file(message.document.file_id, Attachment.DOCUMENT, message.document.file_name)
            if message.document
            else None
        ),
        attachment=attachment,
        reply_to_message_id=_reply_to(message),
        thread_id=_thread_id(message),
        chat_title=message.chat.title,
        edited=edited,
    )


def _from_callback(callback: CallbackQuery) -> IncomingMessage | None:
    message = callback.message
    if message is None or callback.data is None:
        return None  # a button under an inline-mode message, or a game button
    kind = _CHAT_KINDS.get(message.chat.type)
    if kind is None:
        return None
    user = callback.from_user
    thread_id = _thread_id(message) if isinstance(message, Message) else None
    return IncomingMessage(
        channel=Channel.TELEGRAM,
        chat_id=str(message.chat.id),
        chat_kind=kind,
        sender=Sender(
            user_id=str(user.id),
            display_name=user.full_name,
            username=user.username,
            language_code=user.language_code,
        ),
        message_id=str(message.message_id),
        callback_data=callback.data,
        callback_id=callback.id,
        thread_id=thread_id,
        chat_title=message.chat.title,
    )
