"""Channel-neutral messages: what adapters produce from platform updates and what
handlers produce for adapters to send.

No aiogram, HTTP or database type crosses this boundary. Outgoing text is a small,
safe subset of HTML (``<b>``, ``<i>``, ``<u>``, ``<s>``, ``<code>``, ``<pre>``,
``<a href>``): every piece of user text inside it must be escaped with
:func:`html.escape` by whoever builds the text. Channels that cannot render HTML
convert it (WhatsApp) or strip it (console).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class Channel(StrEnum):
    TELEGRAM = "telegram"
    WHATSAPP = "whatsapp"
    CONSOLE = "console"
    # not a chat: where the files the bot writes itself are read back (a PPID's PDF
    # letter, the monthly report; ``storage.documents``), as a :class:`FileRef`'s channel
    STORED = "stored"


def chat_channel(name: str) -> Channel | None:
    """The channel a contact chats on, or ``None`` for one reached by no chat (a
    requester who filed through the Open311 API: they follow their report there)."""
    try:
        channel = Channel(name)
    except ValueError:
        return None
    return None if channel is Channel.STORED else channel


class ChatKind(StrEnum):
    PRIVATE = "private"
    GROUP = "group"


class Attachment(StrEnum):
    """Kinds of non-text content a resident may send."""

    PHOTO = "photo"
    STICKER = "sticker"
    VOICE = "voice"
    AUDIO = "audio"
    VIDEO = "video"
    DOCUMENT = "document"
    CONTACT = "contact"
    OTHER = "other"


@dataclass(frozen=True)
class FileRef:
    """A file someone sent, named the way the channel that received it names it:
    ``channel`` is whose file source reads the bytes back (:mod:`bot.channels.files`),
    ``id`` that channel's own reference (a Telegram ``file_id``, a WhatsApp media
    id), ``kind`` photo or document, ``name`` the file name when the sender gave one.

    Stored as a JSON object (:meth:`to_json`); :meth:`from_stored` also reads the
    plain strings stored before (see :func:`legacy_file_ref`)."""

    channel: Channel
    id: str
    kind: Attachment = Attachment.PHOTO
    name: str | None = None

    def to_json(self) -> dict[str, str | None]:
        return {"channel": self.channel.value, "id": self.id, "kind": self.kind.value,
                "name": self.name}  # fmt: skip

    @classmethod
    def from_stored(
        cls, value: object, kind: Attachment = Attachment.PHOTO, where: Channel | None = None
    ) -> FileRef:
        """A reference as stored: an object from :meth:`to_json`, or a string written
        before references were typed (``where``: the channel of the message or ticket it
        belongs to)."""
        if isinstance(value, FileRef):
            return value
        if isinstance(value, dict):
            return cls(
                Channel(value["channel"]),
                str(value["id"]),
                Attachment(value.get("kind") or kind.value),
                value.get("name"),
            )
        if isinstance(value, str):
            return legacy_file_ref(value, kind, where)
        raise ValueError(f"not a file reference: {value!r}")


def legacy_file_ref(value: str, kind: Attachment, where: Channel | None) -> FileRef:
    """A reference stored as a string before :class:`FileRef` (old tickets, old
    conversations, old outbox rows), read without rewriting them:

    - ``upload:<n>``: a WhatsApp resident's photo kept in the database (row ``n``);
      WhatsApp's file source still reads that id;
    - ``wa-media:<id>``: a WhatsApp media id;
    - ``photo:<ref>``: a photo among a PPID decision's documents;
    - anything else: a Telegram ``file_id`` (only Telegram handed out bare ids), or a
      console file in the demo's own database (``where`` is the console).
    """
    if value.startswith("photo:"):
        return legacy_file_ref(value.removeprefix("photo:"), Attachment.PHOTO, where)
    if value.startswith("upload:"):
        return FileRef(Channel.WHATSAPP, value, Attachment.PHOTO)
    if value.startswith("wa-media:"):
        return FileRef(Channel.WHATSAPP, value.removeprefix("wa-media:"), Attachment.PHOTO)
    channel = Channel.CONSOLE if where is Channel.CONSOLE else Channel.TELEGRAM
    return FileRef(channel, value, kind)


@dataclass(frozen=True)
class Location:
    latitude: float
    longitude: float

    def map_url(self) -> str:
        return f"https://maps.google.com/?q={self.latitude:.6f},{self.longitude:.6f}"


@dataclass(frozen=True)
class Sender:
    """Who wrote a message, as the platform identifies them."""

    user_id: str
    display_name: str = ""
    username: str | None = None
    language_code: str | None = None
    phone: str | None = None


@dataclass(frozen=True)
class IncomingMessage:
    """One thing a person did: a message, a button press, a shared location or photo.

    ``chat_id`` is the platform's chat (a private chat, a group); ``thread_id`` is a
    forum topic. ``callback_data`` is set when a button was pressed, ``callback_id`` is
    the platform's handle for acknowledging the press. ``reply_to_message_id`` is the
    platform id of the bot message that this one replies to, if any.
    """

    channel: Channel
    chat_id: str
    chat_kind: ChatKind
    sender: Sender
    message_id: str | None = None
    text: str | None = None
    callback_data: str | None = None
    callback_id: str | None = None
    location: Location | None = None
    photo: FileRef | None = None
    document: FileRef | None = None
    attachment: Attachment | None = None
    reply_to_message_id: str | None = None
    thread_id: str | None = None
    chat_title: str | None = None
    edited: bool = False

    @property
    def is_private(self) -> bool:
        return self.chat_kind is ChatKind.PRIVATE

    @property
    def command(self) -> tuple[str, str] | None:
        """``("/lapor", "rest of text")`` for a command message, else ``None``.

        Telegram's ``/cmd@botname`` form is accepted; the command is lower-cased.
        """
        if not self.text or not self.text.startswith("/"):
            return None
        head, _, rest = self.text.strip().partition(" ")
        name = head.split("@", 1)[0].lower()
        if len(name) < 2:
            return None
        return name, rest.strip()


@dataclass(frozen=True)
class Button:
    """A button: ``data`` comes back as :attr:`IncomingMessage.callback_data`.

    ``data`` must fit Telegram's 64-byte limit; carry ids, never user text.
    """

    label: str
    data: str

    def __post_init__(self) -> None:
        if not 1 <= len(self.data.encode()) <= 64:
            raise ValueError(f"button data must be 1-64 bytes: {self.data!r}")


@dataclass(frozen=True)
class OutgoingMessage:
    """One message to deliver. Serialisable, so it can wait in the outbox.

    ``text`` is safe HTML (see the module docstring). ``photos`` are files (of any
    channel: the sender reads another channel's bytes through its file source) sent
    before the text, ``documents`` likewise; ``location`` is sent after it as a map
    pin. ``reply_to_message_id`` and ``thread_id`` are platform ids.

    Two variants:

    - ``edit_message_id`` set: instead of sending, replace the text and buttons of that
      earlier message of the bot in ``chat_id`` (a ticket card showing its new status).
    - ``new_topic`` set: first open a new forum topic with this name in ``chat_id``, then
      send into it; the channel reports the topic's id in :attr:`SendResult.thread_id`.
    """

    channel: Channel
    chat_id: str
    text: str
    buttons: tuple[tuple[Button, ...], ...] = ()
    photos: tuple[FileRef, ...] = ()
    location: Location | None = None
    reply_to_message_id: str | None = None
    thread_id: str | None = None
    documents: tuple[FileRef, ...] = ()
    edit_message_id: str | None = None
    new_topic: str | None = None
    # the recipient's language, for what a channel adds itself (WhatsApp's list button
    # label, the numbered-choice hint); ``None``: the deployment's default
    language: str | None = None

    def to_json(self) -> str:
        # what ``json.dumps(asdict(self))`` gives, built directly (asdict deep-copies
        # every field through a recursive walk, the costliest part of queuing a message)
        location = self.location
        return json.dumps(
            {
                "channel": self.channel.value,
                "chat_id": self.chat_id,
                "text": self.text,
                "buttons": [
                    [{"label": b.label, "data": b.data} for b in row] for row in self.buttons
                ],
                "photos": [photo.to_json() for photo in self.photos],
                "location": (
                    None
                    if location is None
                    else {"latitude": location.latitude, "longitude": location.longitude}
                ),
                "reply_to_message_id": self.reply_to_message_id,
                "thread_id": self.thread_id,
                "documents": [document.to_json() for document in self.documents],
                "edit_message_id": self.edit_message_id,
                "new_topic": self.new_topic,
                "language": self.language,
            },
            ensure_ascii=False,
        )

    @classmethod
    def from_json(cls, raw: str) -> OutgoingMessage:
        data: dict[str, Any] = json.loads(raw)
        location = data.get("location")
        channel = Channel(data["channel"])
        return cls(
            channel=channel,
            chat_id=data["chat_id"],
            text=data["text"],
            buttons=tuple(
                tuple(Button(label=b["label"], data=b["data"]) for b in row)
                for row in data.get("buttons", ())
            ),
            photos=tuple(
                FileRef.from_stored(p, Attachment.PHOTO, channel) for p in data.get("photos", ())
            ),
            location=Location(**location) if location else None,
            reply_to_message_id=data.get("reply_to_message_id"),
            thread_id=data.get("thread_id"),
            documents=tuple(
                FileRef.from_stored(d, Attachment.DOCUMENT, channel)
                for d in data.get("documents", ())
            ),
            edit_message_id=data.get("edit_message_id"),
            new_topic=data.get("new_topic"),
            language=data.get("language"),
        )


@dataclass(frozen=True)
class SendResult:
    """What a channel reports after sending: the platform ids of the messages it made,
    which of them carries the buttons (``buttons_message_id``), and the forum topic it
    opened for an :attr:`OutgoingMessage.new_topic` (``thread_id``)."""

    message_ids: tuple[str, ...] = field(default_factory=tuple)
    buttons_message_id: str | None = None
    thread_id: str | None = None
