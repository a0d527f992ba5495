"""The agencies file's staff options, and the channel capabilities the staff workflow
needs: editing a card, opening a forum topic, sending documents, replying in the demo."""

from __future__ import annotations

from typing import Any

import pytest
from aiogram import Bot

from bot.channels.console import ConsoleInput, ConsoleSender, Refusal
from bot.channels.telegram.sender import TelegramSender
from domain.agencies import AgenciesFileError, parse_agencies
from domain.messages import (
    Attachment,
    Button,
    Channel,
    FileRef,
    IncomingMessage,
    OutgoingMessage,
)
from tests.fakes.fake_bot_api import FakeBotApi

FORUM = -1001000000500


def _file(**agency: Any) -> dict[str, Any]:
    base = {"code": "pupr", "name": "Dinas PUPR", "staff_chat_id": "-1001"}
    return {"default_agency": "pupr", "agencies": [{**base, **agency}]}


def test_staff_options_are_read_from_the_agencies_file() -> None:
    directory = parse_agencies(
        {
            **_file(mode="forum", admins=[123, "456"], show_admin_name=True,
                    templates={"terima": "Diterima."}),
            "shared_forum_chat_id": "-1002",
        }
    )  # fmt: skip
    pupr = directory["pupr"]
    assert pupr.mode == "forum" and pupr.show_admin_name
    assert pupr.allows("123") and pupr.allows("456") and not pupr.allows("789")
    assert pupr.template("TERIMA") == "Diterima."
    assert directory.place_for(pupr).forum
    assert directory.is_shared_forum("-1002")


@pytest.mark.parametrize(
    "bad",
    [{"mode": "topics"}, {"admins": ["@rina"]}, {"admins": "123"}, {"templates": ["a"]},
     {"templates": {"Terima Kasih": "x"}}, {"templates": {"ok": ""}}],
)  # fmt: skip
def test_malformed_staff_options_are_refused_with_their_place(bad: dict[str, Any]) -> None:
    with pytest.raises(AgenciesFileError, match=r"agencies\[0\]"):
        parse_agencies(_file(**bad))


def test_an_agency_without_a_group_uses_the_shared_forum_else_the_default() -> None:
    data = _file()
    data["agencies"].append({"code": "dlh", "name": "DLH"})
    assert parse_agencies(data).place_for(parse_agencies(data)["dlh"]).chat_id == "-1001"
    data["shared_forum_chat_id"] = "-1002"
    place = parse_agencies(data).place_for(parse_agencies(data)["dlh"])
    assert (place.chat_id, place.forum) == ("-1002", True)


def _out(chat_id: int | str, text: str = "Kartu", **kwargs: Any) -> OutgoingMessage:
    return OutgoingMessage(Channel.TELEGRAM, str(chat_id), text, **kwargs)


async def test_a_new_topic_is_created_before_the_card_is_sent_into_it(
    fake_telegram_bot: Bot, fake_bot_api: FakeBotApi
) -> None:
    fake_bot_api.register_chat(FORUM, "forum")
    sender = TelegramSender(fake_telegram_bot)
    buttons = ((Button("Ambil", "v1|sf|tk|1"),),)
    result = await sender.send(_out(FORUM, buttons=buttons, new_topic="ADU-2611-0001 · Jalan"))
    topic, card = fake_bot_api.sent
    assert topic.method == "createForumTopic" and topic.text == "ADU-2611-0001 · Jalan"
    assert card.message_thread_id == topic.message_thread_id == result.thread_id
    assert result.buttons_message_id == card.message_id


async def test_an_edit_replaces_the_text_and_buttons_and_an_unchanged_one_is_fine(
    fake_telegram_bot: Bot, fake_bot_api: FakeBotApi
) -> None:
    sender = TelegramSender(fake_telegram_bot)
    sent = await sender.send(_out(FORUM, buttons=((Button("Ambil", "v1|sf|tk|1"),),)))
    card_id = sent.buttons_message_id
    result = await sender.send(_out(FORUM, "Status: <b>Selesai</b>", edit_message_id=card_id))
    edit = fake_bot_api.sent[-1]
    assert edit.method == "editMessageText" and edit.message_id == card_id
    assert result.message_ids == (card_id,)
    fake_bot_api.fail_next("editMessageText", 400, "Bad Request: message is not modified")
    again = await sender.send(_out(FORUM, "Status: <b>Selesai</b>", edit_message_id=card_id))
    assert again.message_ids == (card_id,)


async def test_documents_are_sent_with_the_text_as_caption(
    fake_telegram_bot: Bot, fake_bot_api: FakeBotApi
) -> None:
    sender = TelegramSender(fake_telegram_bot)
    await sender.send(
        _out(
            5550001,
            "Surat &lt;balasan&gt;",
            documents=(FileRef(Channel.TELEGRAM, "DOC1", Attachment.DOCUMENT),),
        )
    )
    [document] = fake_bot_api.sent
    assert document.method == "sendDocument" and document.params["document"] == "DOC1"
    assert document.text == "Surat &lt;balasan&gt;"


async def test_the_demo_lets_an_admin_reply_to_a_numbered_staff_message() -> None:
    import io

    from bot.config import sample_agencies_path
    from domain.agencies import load_agencies

    agencies = load_agencies(sample_agencies_path())
    out = io.StringIO()
    sender = ConsoleSender(out, agencies)
    result = await sender.send(
        OutgoingMessage(Channel.CONSOLE, "-1001000000005", "Kartu", new_topic="ADU · x")
    )
    assert "(pesan 1)" in out.getvalue() and "topik baru" in out.getvalue()
    assert result.thread_id == "1"
    parsed = ConsoleInput(agencies, sender).parse(":admin pupr >1 Petugas <segera> datang")
    assert isinstance(parsed, IncomingMessage)
    assert parsed.reply_to_message_id == "1" and parsed.text == "Petugas <segera> datang"
    refused = ConsoleInput(agencies, sender).parse(":admin pupr >x")
    assert refused == Refusal("demo-usage-agency-reply", {"command": ":admin"})


async def test_a_press_in_the_demo_comes_from_the_message_the_button_is_under() -> None:
    import io

    from bot.config import sample_agencies_path
    from domain.agencies import load_agencies
    from domain.messages import Button

    agencies = load_agencies(sample_agencies_path())
    sender = ConsoleSender(io.StringIO(), agencies)
    take = ((Button("Ambil", "v1|sf|tk|1"),),)
    for text in ("Kartu", "Kartu lain"):
        await sender.send(OutgoingMessage(Channel.CONSOLE, "-1001000000005", text, take))
    await sender.send(OutgoingMessage(Channel.CONSOLE, "-1001000000005", "Catatan disimpan"))
    pressed = ConsoleInput(agencies, sender).parse(":admin pupr #1")
    assert isinstance(pressed, IncomingMessage) and pressed.message_id == "2"  # as Telegram's
    await sender.send(
        OutgoingMessage(Channel.CONSOLE, "-1001000000005", "Diambil", take, edit_message_id="1")
    )
    edited = ConsoleInput(agencies, sender).parse(":admin pupr #1")
    assert isinstance(edited, IncomingMessage) and edited.message_id == "1"
