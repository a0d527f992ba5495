"""The demo's inbox payloads: a message with a photo reads back as sent, and one stored
before file references were typed (``photo_file_id``) still reads its photo."""

from __future__ import annotations

import json

from bot.channels.console import decode_incoming, encode_incoming
from domain.messages import Attachment, Channel, ChatKind, FileRef, IncomingMessage, Sender

MESSAGE = IncomingMessage(
    channel=Channel.CONSOLE,
    chat_id="resident",
    chat_kind=ChatKind.PRIVATE,
    sender=Sender("resident", "Warga Demo"),
    message_id="m1",
    text="ini fotonya",
    photo=FileRef(Channel.CONSOLE, "demo-photo-1"),
    attachment=Attachment.PHOTO,
)


def test_a_console_message_with_a_photo_reads_back_as_sent() -> None:
    assert decode_incoming(encode_incoming(MESSAGE)) == MESSAGE


def test_a_payload_from_before_typed_references_still_carries_its_photo() -> None:
    old = json.loads(encode_incoming(MESSAGE))
    del old["photo"], old["document"]
    old |= {"photo_file_id": "demo-photo-1", "document_file_id": None}
    assert decode_incoming(json.dumps(old)) == MESSAGE
