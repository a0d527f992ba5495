"""parse_update and the inbox keys: every update kind the bot meets."""

from __future__ import annotations

from typing import Any

import pytest
from aiogram.types import Update

from bot.channels.telegram.inbound import (
    UpdateParser,
    chat_key,
    parse_update,
    to_inbound_item,
    update_key,
)
from domain.messages import (
    Attachment,
    Channel,
    ChatKind,
    FileRef,
    IncomingMessage,
    Location,
)
from tests.fakes.fake_bot_api import FakeBotApi
from tests.fakes.telegram_objects import BOT_USER, chat, now, user

PRIVATE = 5550001
GROUP = -1001234567890


def payload(update: dict[str, Any]) -> str:
    """The inbox payload, produced exactly as the poller produces it."""
    return Update.model_validate(update).model_dump_json(exclude_none=True)


def parsed(update: dict[str, Any]) -> IncomingMessage:
    message = parse_update(payload(update))
    assert message is not None
    return message


def message_update(**content: Any) -> dict[str, Any]:
    message = {
        "message_id": 7,
        "date": now(),
        "chat": chat(PRIVATE, "private"),
        "from": user(PRIVATE, "Siti"),
        **content,
    }
    return {"update_id": 900, "message": message}


@pytest.fixture
def api() -> FakeBotApi:
    """Only the update builders are used here: no server is started."""
    return FakeBotApi()


def test_a_private_text_message_becomes_an_incoming_message(api: FakeBotApi) -> None:
    update = api.user_message(
        PRIVATE, "jalan rusak", first_name="Siti", last_name="Aminah", username="siti_a"
    )
    message = parsed(update)
    assert message.channel is Channel.TELEGRAM
    assert message.chat_id == str(PRIVATE)
    assert message.chat_kind is ChatKind.PRIVATE
    assert message.message_id == "1"
    assert message.text == "jalan rusak"
    assert message.sender.user_id == str(PRIVATE)
    assert message.sender.display_name == "Siti Aminah"
    assert message.sender.username == "siti_a"
    assert message.sender.language_code == "id"
    assert not message.edited
    assert message.attachment is None
    assert message.reply_to_message_id is None
    assert message.thread_id is None


def test_a_command_keeps_its_text_so_the_command_can_be_read(api: FakeBotApi) -> None:
    message = parsed(api.user_message(PRIVATE, "/lapor@aduan_test_bot jalan rusak"))
    assert message.command == ("/lapor", "jalan rusak")


def test_an_edited_message_is_marked_edited(api: FakeBotApi) -> None:
    message = parsed(api.user_message(PRIVATE, "ralat", edited=True))
    assert message.edited
    assert message.text == "ralat"


def test_a_group_message_carries_the_group_and_its_sender(api: FakeBotApi) -> None:
    update = api.user_message(
        -4001, "klaim", user_id=777, chat_type="group", chat_title="Admin Dinas PU"
    )
    message = parsed(update)
    assert message.chat_id == "-4001"
    assert message.chat_kind is ChatKind.GROUP
    assert message.chat_title == "Admin Dinas PU"
    assert message.sender.user_id == "777"


def test_a_supergroup_reply_carries_the_replied_message_id(api: FakeBotApi) -> None:
    update = api.user_message(GROUP, "sudah ditangani", user_id=777, chat_type="supergroup")
    reply = api.user_message(
        GROUP, "sudah ditangani", user_id=777, chat_type="supergroup", reply_to=1
    )
    assert parsed(update).reply_to_message_id is None
    message = parsed(reply)
    assert message.chat_kind is ChatKind.GROUP
    assert message.reply_to_message_id == "1"


def test_a_forum_topic_message_carries_the_thread_but_is_not_a_reply(api: FakeBotApi) -> None:
    message = parsed(api.user_message(GROUP, "cek", user_id=7, chat_type="forum", thread_id=55))
    assert message.thread_id == "55"
    assert message.reply_to_message_id is None


def test_a_reply_inside_a_forum_topic_carries_thread_and_reply(api: FakeBotApi) -> None:
    update = api.user_message(GROUP, "oke", user_id=7, chat_type="forum", thread_id=55, reply_to=60)
    message = parsed(update)
    assert (message.thread_id, message.reply_to_message_id) == ("55", "60")


def test_a_thread_id_without_a_topic_message_is_ignored() -> None:
    update = message_update(text="halo", message_thread_id=12)
    assert parsed(update).thread_id is None


def test_a_location_becomes_a_location(api: FakeBotApi) -> None:
    message = parsed(api.user_location(PRIVATE, -6.914744, 107.60981))
    assert message.location == Location(latitude=-6.914744, longitude=107.60981)
    assert message.text is None
    assert message.attachment is None


def test_a_venue_is_read_as_its_location() -> None:
    location = {"latitude": -7.25, "longitude": 112.75}
    venue = {"location": location, "title": "Balai Kota", "address": "Jl. Merdeka"}
    message = parsed(message_update(location=location, venue=venue))
    assert message.location == Location(latitude=-7.25, longitude=112.75)


def test_a_photo_gives_the_largest_size_and_its_caption(api: FakeBotApi) -> None:
    message = parsed(api.user_photo(PRIVATE, caption="lubang di jalan", file_id="AgACbig"))
    assert message.attachment is Attachment.PHOTO
    assert message.photo == FileRef(Channel.TELEGRAM, "AgACbig", Attachment.PHOTO)
    assert message.text == "lubang di jalan"


def test_a_photo_without_caption_has_no_text(api: FakeBotApi) -> None:
    message = parsed(api.user_photo(PRIVATE))
    assert message.attachment is Attachment.PHOTO
    assert message.text is None


def test_a_sticker_is_an_attachment_without_text(api: FakeBotApi) -> None:
    message = parsed(api.user_sticker(PRIVATE))
    assert message.attachment is Attachment.STICKER
    assert message.text is None
    assert message.photo is None


FILE = {"file_id": "F1", "file_unique_id": "U1"}


@pytest.mark.parametrize(
    ("content", "kind"),
    [
        ({"voice": {**FILE, "duration": 3}}, Attachment.VOICE),
        ({"audio": {**FILE, "duration": 3}}, Attachment.AUDIO),
        ({"video": {**FILE, "width": 1, "height": 1, "duration": 3}}, Attachment.VIDEO),
        ({"video_note": {**FILE, "length": 1, "duration": 3}}, Attachment.VIDEO),
        ({"document": {**FILE, "file_name": "ktp.pdf"}}, Attachment.DOCUMENT),
        (
            {
                "animation": {**FILE, "width": 1, "height": 1, "duration": 1},
                "document": FILE,
            },
            Attachment.VIDEO,
        ),
        ({"contact": {"phone_number": "+62812", "first_name": "Siti"}}, Attachment.CONTACT),
        ({"dice": {"emoji": "🎲", "value": 3}}, Attachment.OTHER),
    ],
)
def test_other_content_becomes_an_attachment_kind(
    content: dict[str, Any], kind: Attachment
) -> None:
    message = parsed(message_update(**content))
    assert message.attachment is kind
    assert message.text is None


def test_a_document_caption_is_read_as_text() -> None:
    message = parsed(message_update(document=FILE, caption="surat pengantar"))
    assert (message.attachment, message.text) == (Attachment.DOCUMENT, "surat pengantar")


def test_a_button_press_becomes_callback_data_on_the_buttons_message(api: FakeBotApi) -> None:
    update = api.user_callback(PRIVATE, "t1:claim:42", message_id=9, first_name="Rina")
    message = parsed(update)
    assert message.callback_data == "t1:claim:42"
    assert message.callback_id == "1"
    assert message.message_id == "9"
    assert message.chat_id == str(PRIVATE)
    assert message.sender.display_name == "Rina"
    assert message.text is None


def test_a_button_press_in_a_forum_topic_carries_the_thread(api: FakeBotApi) -> None:
    api.register_chat(GROUP, "forum", "Dinas PU")
    message = parsed(api.user_callback(GROUP, "t1:claim:42", message_id=9, user_id=5, thread_id=55))
    assert message.chat_kind is ChatKind.GROUP
    assert message.thread_id == "55"
    assert message.sender.user_id == "5"


def test_a_button_press_on_an_inaccessible_message_still_parses() -> None:
    callback = {
        "id": "cb9",
        "from": user(PRIVATE, "Siti"),
        "message": {"message_id": 3, "date": 0, "chat": chat(PRIVATE, "private")},
        "chat_instance": "ci",
        "data": "v1:x",
    }
    message = parsed({"update_id": 1, "callback_query": callback})
    assert (message.message_id, message.callback_data) == ("3", "v1:x")


def test_a_button_press_on_an_inline_message_is_ignored() -> None:
    callback = {
        "id": "cb9",
        "from": user(PRIVATE, "Siti"),
        "inline_message_id": "AAA",
        "chat_instance": "ci",
        "data": "v1:x",
    }
    assert parse_update(payload({"update_id": 1, "callback_query": callback})) is None


def test_an_anonymous_group_admin_is_read_as_the_group() -> None:
    group = chat(GROUP, "supergroup", "Admin Dinas")
    update = {
        "update_id": 3,
        "message": {
            "message_id": 4,
            "date": now(),
            "chat": group,
            "sender_chat": group,
            "text": "ok",
        },
    }
    message = parsed(update)
    assert message.sender.user_id == str(GROUP)
    assert message.sender.display_name == "Admin Dinas"


def test_service_messages_are_ignored() -> None:
    joined = message_update(new_chat_members=[user(8, "Baru")])
    pinned = message_update(pinned_message={"message_id": 1, "date": 0, "chat": chat(1, "private")})
    assert parse_update(payload(joined)) is None
    assert parse_update(payload(pinned)) is None


IGNORED_UPDATES: list[dict[str, Any]] = [
    {
        "update_id": 1,
        "channel_post": {
            "message_id": 1,
            "date": 0,
            "chat": chat(-100777, "channel", "Info Pemkab"),
            "text": "pengumuman",
        },
    },
    {
        "update_id": 2,
        "my_chat_member": {
            "chat": chat(GROUP, "supergroup"),
            "from": user(8, "Admin"),
            "date": 0,
            "old_chat_member": {"status": "left", "user": BOT_USER},
            "new_chat_member": {"status": "member", "user": BOT_USER},
        },
    },
    {
        "update_id": 3,
        "poll": {
            "id": "p1",
            "question": "?",
            "options": [{"persistent_id": "o1", "text": "a", "voter_count": 0}],
            "total_voter_count": 0,
            "is_closed": False,
            "is_anonymous": True,
            "type": "regular",
            "allows_multiple_answers": False,
            "allows_revoting": False,
            "members_only": False,
        },
    },
    {
        "update_id": 4,
        "inline_query": {"id": "q", "from": user(8, "A"), "query": "ktp", "offset": ""},
    },
    {"update_id": 5, "some_future_update": {"x": 1}},
]


@pytest.mark.parametrize("update", IGNORED_UPDATES, ids=lambda u: sorted(u)[-1])
def test_updates_the_bot_does_not_act_on_parse_to_none(update: dict[str, Any]) -> None:
    assert parse_update(payload(update)) is None


def test_keys_identify_the_update_and_group_by_chat(api: FakeBotApi) -> None:
    update = Update.model_validate(api.user_message(PRIVATE, "halo"))
    assert update_key(update) == f"telegram:{update.update_id}"
    assert chat_key(update) == f"telegram:{PRIVATE}"


def test_a_button_press_is_keyed_by_the_chat_of_its_message(api: FakeBotApi) -> None:
    update = Update.model_validate(api.user_callback(GROUP, "v1:x", message_id=3, user_id=5))
    assert chat_key(update) == f"telegram:{GROUP}"


def test_updates_without_a_chat_are_keyed_by_user_or_update() -> None:
    inline = Update.model_validate(IGNORED_UPDATES[3])
    poll = Update.model_validate(IGNORED_UPDATES[2])
    unknown = Update.model_validate(IGNORED_UPDATES[4])
    assert chat_key(inline) == "telegram:user:8"
    assert chat_key(poll) == "telegram:update:3"
    assert chat_key(unknown) == "telegram:update:5"


def test_an_inbound_item_carries_a_payload_that_parses_back(api: FakeBotApi) -> None:
    update = Update.model_validate(api.user_message(PRIVATE, "halo <b>&"))
    item = to_inbound_item(update)
    assert (item.key, item.channel, item.chat_key) == (
        f"telegram:{update.update_id}",
        "telegram",
        f"telegram:{PRIVATE}",
    )
    message = parse_update(item.payload)
    assert message is not None
    assert message.text == "halo <b>&"


def test_the_update_parser_gives_what_the_payload_gives_and_reads_it_once(
    api: FakeBotApi,
) -> None:
    edited = message_update(text="diubah")["message"] | {"edit_date": now()}
    updates = [
        api.user_message(PRIVATE, "jalan rusak", first_name="Siti", username="siti_a"),
        api.user_location(PRIVATE, -6.2, 106.8),
        api.user_photo(PRIVATE, caption="ini", file_id="photo-1"),
        {"update_id": 902, "edited_message": edited},
        message_update(new_chat_title="judul baru"),  # a service message: None
    ]
    parser = UpdateParser()
    for raw in updates:
        update = Update.model_validate(raw)
        item = to_inbound_item(update)
        parser.remember(item, update)
        assert parser(item.payload) == parse_update(item.payload)
        assert item.payload not in parser._known  # taken once, then forgotten
    # an update it was not told about is read from its payload
    assert parser(payload(message_update(text="lain"))) == parsed(message_update(text="lain"))
