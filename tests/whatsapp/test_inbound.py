"""WhatsApp webhook bodies as the core sees them."""

from __future__ import annotations

from bot.channels.whatsapp.inbound import parse_message, split_webhook
from domain.messages import Attachment, Channel, ChatKind, FileRef
from tests.whatsapp.fake_graph_api import webhook_body


def _one(message: dict[str, object]):  # type: ignore[no-untyped-def]
    items, _ = split_webhook(webhook_body([{"from": "6281234567890", "id": "wamid.A1", **message}]))
    [item] = items
    return item, parse_message(item.payload)


def test_a_text_message_is_keyed_by_message_id_and_grouped_by_resident() -> None:
    item, message = _one({"type": "text", "text": {"body": "halo"}, "_name": "Siti"})
    assert (item.key, item.chat_key, item.channel) == (
        "whatsapp:wamid.A1",
        "whatsapp:6281234567890",
        "whatsapp",
    )
    assert message is not None and message.channel is Channel.WHATSAPP
    assert message.chat_kind is ChatKind.PRIVATE and message.text == "halo"
    assert message.sender.display_name == "Siti" and message.sender.phone == "+6281234567890"


def test_button_and_list_replies_become_button_presses() -> None:
    for kind in ("button_reply", "list_reply"):
        _, message = _one(
            {"type": "interactive", "interactive": {"type": kind, kind: {"id": "v1|m|help"}}}
        )
        assert message is not None and message.callback_data == "v1|m|help"


def test_locations_images_and_other_content_are_recognised() -> None:
    _, place = _one({"type": "location", "location": {"latitude": -6.9, "longitude": 107.6}})
    _, image = _one({"type": "image", "image": {"id": "M9", "caption": "lihat"}})
    _, sticker = _one({"type": "sticker", "sticker": {"id": "S"}})
    _, reaction = _one({"type": "reaction", "reaction": {"emoji": "👍"}})
    assert place is not None and place.location is not None and place.location.latitude == -6.9
    assert (
        image is not None
        and image.photo == FileRef(Channel.WHATSAPP, "M9", Attachment.PHOTO)
        and image.text == "lihat"
    )
    assert sticker is not None and sticker.attachment is Attachment.STICKER
    assert reaction is None


def test_a_business_scoped_user_id_is_not_shown_as_a_phone_number() -> None:
    body = webhook_body(
        [{"from": "ID.abc123", "id": "wamid.B", "type": "text", "text": {"body": "x"}}]
    )
    [item], _ = split_webhook(body)
    message = parse_message(item.payload)
    assert message is not None and message.chat_id == "ID.abc123"
    assert message.sender.phone is None


def test_statuses_are_read_and_malformed_entries_are_skipped() -> None:
    body = webhook_body(
        [],
        [
            {
                "id": "wamid.S",
                "status": "failed",
                "timestamp": "1795000000",
                "recipient_id": "628",
                "errors": [{"code": 131047}],
            },
            {"status": "read"},
        ],
    )
    body["entry"].append({"changes": [{"value": None}]})
    items, statuses = split_webhook(body)
    assert items == []
    [status] = statuses
    assert (status.message_id, status.status, status.error_code) == ("wamid.S", "failed", 131047)


def test_a_document_carries_its_media_id_name_and_caption_so_it_can_be_kept() -> None:
    _, document = _one(
        {"type": "document",
         "document": {"id": "D7", "filename": "surat.pdf", "caption": "Jl. Melati 5"}}
    )  # fmt: skip
    assert document is not None and document.attachment is Attachment.DOCUMENT
    assert document.document == FileRef(Channel.WHATSAPP, "D7", Attachment.DOCUMENT, "surat.pdf")
    assert document.text == "Jl. Melati 5"
