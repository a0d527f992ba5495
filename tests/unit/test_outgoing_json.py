"""An outgoing message survives the outbox: its JSON is what ``asdict`` would give, and
reads back equal; rows written before file references were typed read back too."""

from __future__ import annotations

import json
from dataclasses import asdict

import pytest

from domain.messages import Attachment, Button, Channel, FileRef, Location, OutgoingMessage

MESSAGES = [
    OutgoingMessage(Channel.TELEGRAM, "1", "plain"),
    OutgoingMessage(
        Channel.WHATSAPP,
        "62812",
        "<b>tëks</b> ✓",
        buttons=((Button("Ya", "v1|fb|y|x"), Button("Tidak", "v1|fb|n|x")), (Button("Menu", "m"),)),
        photos=(FileRef(Channel.TELEGRAM, "p1"), FileRef(Channel.WHATSAPP, "m2")),
        location=Location(-6.2, 106.8),
        reply_to_message_id="5",
        thread_id="7",
        documents=(FileRef(Channel.TELEGRAM, "d1", Attachment.DOCUMENT, "surat.pdf"),),
        edit_message_id="9",
        new_topic="Topik",
        language="en",
    ),
]


@pytest.mark.parametrize("message", MESSAGES)
def test_json_is_asdict_and_reads_back(message: OutgoingMessage) -> None:
    assert message.to_json() == json.dumps(asdict(message), ensure_ascii=False)
    assert OutgoingMessage.from_json(message.to_json()) == message


def test_an_outbox_row_from_before_typed_references_reads_its_files() -> None:
    """Rows written with plain strings (a Telegram file id, a kept WhatsApp photo)."""
    old = json.dumps(
        {"channel": "whatsapp", "chat_id": "62812", "text": "x",
         "photos": ["upload:7", "AgACtg"], "documents": ["BQACdoc"]}
    )  # fmt: skip
    message = OutgoingMessage.from_json(old)
    assert message.photos == (
        FileRef(Channel.WHATSAPP, "upload:7", Attachment.PHOTO),
        FileRef(Channel.TELEGRAM, "AgACtg", Attachment.PHOTO),
    )
    assert message.documents == (FileRef(Channel.TELEGRAM, "BQACdoc", Attachment.DOCUMENT),)


@pytest.mark.parametrize(
    ("stored", "where", "expected"),
    [
        ("AgACbare", Channel.TELEGRAM, FileRef(Channel.TELEGRAM, "AgACbare")),
        ("AgACbare", Channel.WHATSAPP, FileRef(Channel.TELEGRAM, "AgACbare")),  # staff's file
        ("demo-photo-1", Channel.CONSOLE, FileRef(Channel.CONSOLE, "demo-photo-1")),
        ("upload:3", None, FileRef(Channel.WHATSAPP, "upload:3")),
        ("wa-media:M9", None, FileRef(Channel.WHATSAPP, "M9")),
        ("photo:AgACp", None, FileRef(Channel.TELEGRAM, "AgACp", Attachment.PHOTO)),
    ],
)
def test_a_legacy_string_reference_names_the_channel_that_can_read_it(
    stored: str, where: Channel | None, expected: FileRef
) -> None:
    assert FileRef.from_stored(stored, Attachment.PHOTO, where) == expected


def test_a_stored_reference_object_reads_back_as_the_same_reference() -> None:
    ref = FileRef(Channel.TELEGRAM, "BQAC", Attachment.DOCUMENT, "jadwal.pdf")
    assert FileRef.from_stored(json.loads(json.dumps(ref.to_json()))) == ref
