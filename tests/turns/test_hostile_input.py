"""Hostile or odd input, one turn at a time: every resident gets a clear answer,
nothing is lost or corrupted, no turn fails (a turn that raised would fail the test;
the inbox would have retried it, then apologised)."""

from __future__ import annotations

import html

import pytest
from sqlalchemy import select

from domain.messages import Attachment
from storage.models import Ticket
from tests.turns.fixtures import both_databases
from tests.turns.rig import TurnRig, text_of

PUPR_CHAT = "-1001000000005"


@pytest.mark.parametrize(
    "text",
    [
        "<b>tebal</b> & <script>alert(1)</script>",
        "'; DROP TABLE ticket; --",
        "\u200b\u200b\u200b",
        "\u202eabc\u202c tanya ktp",
        "😀😀😀",
        "x" * 5000,
        "a\x00b",
    ],
    ids=["html", "sql", "zero-width", "rtl", "emoji", "over-limit", "nul"],
)
async def test_odd_text_outside_a_dialog_gets_a_clear_reply(turns: TurnRig, text: str) -> None:
    chat = turns
    replies = await chat.say(text)  # the turn did not fail: the inbox would mark it done
    assert replies, "the resident must always get an answer"
    for reply in replies:
        assert "<script>" not in reply.text


@both_databases
async def test_html_and_sql_in_a_complaint_are_stored_verbatim_and_escaped_on_the_card(
    turns: TurnRig,
) -> None:
    description = "Jalan <rusak> & berlubang'; DROP TABLE ticket; -- di <b>RT 03</b> Sukamaju"
    chat = turns
    await chat.say(f"/lapor {description}")
    reply = chat.to_resident(chat.sender.sent)[-1]
    button = "Ya, benar" if "Benar?" in reply.text else "Tidak tahu"
    await chat.press(button)
    await chat.press("Lewati")
    await chat.press("Lewati")
    await chat.press("Publik")
    await chat.press("Kirim")
    async with chat.sessions() as session:
        ticket = (await session.execute(select(Ticket))).scalar_one()
    cards = [m for m in chat.sender.sent if m.chat_id.startswith("-100")]
    assert ticket.description == description
    assert html.escape(description, quote=False) in cards[-1].text
    assert "<rusak>" not in cards[-1].text


async def test_unsupported_content_during_a_complaint_says_what_is_accepted(turns: TurnRig) -> None:
    chat = turns
    await chat.say("/lapor")
    for kind in (Attachment.STICKER, Attachment.VOICE, Attachment.VIDEO, Attachment.DOCUMENT):
        reply = await chat.deliver(chat.message(attachment=kind))
        assert "foto dan dokumen bisa" in text_of(reply)
        assert "Ceritakan masalahnya" in reply[-1].text  # the step's question again
    reply = await chat.say("Lampu penerangan jalan umum di Jalan Anggrek mati total")
    assert "Benar?" in text_of(reply) or "Pilih instansi" in text_of(reply)


async def test_a_sticker_outside_a_dialog_is_answered(turns: TurnRig) -> None:
    chat = turns
    reply = await chat.deliver(chat.message(attachment=Attachment.STICKER))
    assert "teks, foto, dokumen, dan lokasi" in text_of(reply)


async def test_an_edited_message_is_not_processed_again(turns: TurnRig) -> None:
    chat = turns
    reply = await chat.deliver(chat.message(text="/lapor", edited=True))
    assert "Perubahan" in text_of(reply)
    async with chat.sessions() as session:
        tickets = (await session.execute(select(Ticket))).scalars().all()
    assert tickets == []


@pytest.mark.parametrize(
    "data",
    [
        "v1|cx|send",
        "v9|m|ask",
        "garbage",
        "v1|kb|no-such-entry",
        "v1|fb|y|no-such",
        "v1|cx|ag|../../etc",
        "v1|lang|xx",
        "v1|st|ADU-2611-0001",
        "v1",
    ],
)
async def test_stale_or_forged_buttons_are_refused_cleanly(turns: TurnRig, data: str) -> None:
    chat = turns
    reply = await chat.press_data(data)
    async with chat.sessions() as session:
        tickets = (await session.execute(select(Ticket))).scalars().all()
    assert reply, "a pressed button always gets an answer"
    assert tickets == []


async def test_the_send_button_of_a_finished_complaint_does_not_file_it_twice(
    turns: TurnRig,
) -> None:
    chat = turns
    await chat.say("/lapor Jembatan gantung di Dusun Cikadu putus tali sebelah kiri")
    await chat.press("Tidak tahu")
    await chat.press("Lewati")
    await chat.press("Lewati")
    summary = await chat.press("Publik")
    await chat.press("Kirim", summary)
    again = await chat.press("Kirim", summary)
    async with chat.sessions() as session:
        tickets = (await session.execute(select(Ticket))).scalars().all()
    assert len(tickets) == 1
    assert "tidak berlaku" in text_of(again)


async def test_unknown_commands_get_help(turns: TurnRig) -> None:
    chat = turns
    reply = await chat.say("/hapusdatabase")
    assert "/bantuan" in text_of(reply)


async def test_messages_in_a_staff_group_do_not_reach_resident_handlers(turns: TurnRig) -> None:
    chat = turns
    reply = await chat.in_group(PUPR_CHAT, "/lapor jalan rusak parah sekali di sini")
    chat_id = await chat.in_group(PUPR_CHAT, "/chatid")
    assert reply == []
    assert "Dinas Pekerjaan Umum" in chat_id[0].text
