"""Once a resident chooses English, the menu, the help, every error and every step of a
complaint, and every notice about it that staff actions cause, reach them in English
(no Indonesian word, every message marked English), on Telegram (with its popups) and
on WhatsApp. Staff keep reading Indonesian. Information requests, decisions,
objections and deadlines: ``test_english_requests.py``."""

from __future__ import annotations

import pytest

from domain.messages import Attachment, Channel
from tests.staff.helpers import (
    DLH_CHAT,
    OTHER_ADMIN,
    PUPR_CHAT,
    button,
    card_of,
    staff_presses,
    staff_says,
)
from tests.turns.english import choose_english, english_leaks
from tests.turns.rig import TurnRig, text_of

CHANNELS = pytest.mark.parametrize("channel", [Channel.CONSOLE, Channel.WHATSAPP])
ROAD = "The road in front of the market has big potholes, for two weeks now"
ADMIN_SAYS = "Petugas segera datang"  # an admin's own words reach the resident as written


@CHANNELS
async def test_the_menu_help_and_every_error_are_english(turns: TurnRig, channel: Channel) -> None:
    chat = turns
    since = await choose_english(chat, channel)
    for command in ("/start", "/help", "/status", "/cancel", "/nonsense", "/menu", "/chatid"):
        await chat.say(command)
    for item in ("Ask", "Help", "Check status", "Language"):
        await chat.press(item)
    await chat.press("English")
    answered = await chat.say("How do I get an electronic ID card?")
    await chat.press("Helpful", answered)
    await chat.say("xqzt blorp")
    await chat.press_data("zz:1")
    await chat.press_data("m:nothing")
    await chat.deliver(chat.message(text="edited", edited=True))
    await chat.deliver(chat.message(attachment=Attachment.STICKER))
    await chat.share_location(-6.9, 107.6)
    await chat.send_photo("outside-a-flow")
    await chat.say("There is a fire in my neighbour's house!")
    assert "Sukamaju Regency" in text_of(chat.sender.sent[since:])
    assert english_leaks(chat, since) == []


@CHANNELS
async def test_a_complaint_and_everything_staff_do_with_it_are_english(
    turns: TurnRig, channel: Channel
) -> None:
    chat = turns
    since = await choose_english(chat, channel)
    await chat.say("/report road broken")  # too short: asked for more
    await chat.say(ROAD)
    await chat.press("Choose another agency")
    await chat.press("Public Works")
    await chat.say("Jl")  # too short
    await chat.say("Jl. Raya Sukamaju km 3, near the mosque")
    await chat.say("here is no photo")
    await chat.send_photo("p1")
    await chat.press("Continue")
    await chat.press("Public")
    await chat.press("Edit")
    await chat.press("Back")
    await chat.press("Send")
    card = card_of(chat)
    assert "Pengaduan baru" in card.text and "Dinas Pekerjaan Umum" in card.text
    await staff_presses(chat, button(card, "Ambil"))
    await staff_says(chat, ADMIN_SAYS, reply_to=card)
    await staff_presses(chat, button(card, "Minta keterangan"))
    await chat.say("The hole is about one metre wide")
    await staff_presses(chat, button(card, "Selesai"))
    await chat.press("Not yet")
    await chat.say("The hole is still there after the rain")
    await staff_presses(chat, button(card, "Selesai"))
    await chat.press("Yes, solved")
    await chat.press("4")
    await chat.say("Quick and tidy")
    await chat.say("/status")
    await chat.say("/status ADU-2611-0001")
    told = text_of(chat.sender.sent[since:])
    assert "Public Works and Spatial Planning Office" in told
    assert "Thu 26 Nov 2026, 09:00 WIB" in told  # the expected response, in English
    assert english_leaks(chat, since, [ADMIN_SAYS]) == []


@CHANNELS
async def test_a_reassigned_then_rejected_complaint_is_told_in_english(
    turns: TurnRig, channel: Channel
) -> None:
    chat = turns
    since = await choose_english(chat, channel)
    await chat.say(f"/report {ROAD}")
    await chat.press("Yes, that's right")
    await chat.press("Skip")
    await chat.press("Skip")
    await chat.press("Anonymous")
    await chat.press("Send")
    menu = await staff_presses(chat, button(card_of(chat), "Alihkan"))
    await staff_presses(chat, button(menu[-1], "DLH"))
    await staff_presses(chat, button(card_of(chat, DLH_CHAT), "Tolak"), DLH_CHAT, OTHER_ADMIN)
    reason = "Bukan kewenangan kami"
    await staff_says(chat, reason, DLH_CHAT, OTHER_ADMIN)
    assert "Environment Office of Sukamaju Regency" in text_of(chat.sender.sent[since:])
    assert PUPR_CHAT in {m.chat_id for m in chat.sender.sent}
    assert english_leaks(chat, since, [reason]) == []


async def test_a_resident_who_reports_in_english_without_choosing_it_hears_english_to_the_end(
    turns: TurnRig,
) -> None:
    """No /bahasa, a phone set to Indonesian: the report written in English is offered,
    filed and followed up in English; the next question in Indonesian is answered in
    Indonesian again."""
    chat = turns
    since = len(chat.sender.sent)
    await chat.say(ROAD)
    await chat.press("Yes, file a report")
    await chat.press("Yes, that's right")
    await chat.say("Jl. Raya Sukamaju km 3, near the mosque")
    await chat.press("Skip")
    await chat.press("Public")
    await chat.press("Send")
    card = card_of(chat)
    await staff_presses(chat, button(card, "Ambil"))
    await staff_says(chat, ADMIN_SAYS, reply_to=card)
    assert "Your report has been received" in text_of(chat.sender.sent[since:])
    assert english_leaks(chat, since, [ADMIN_SAYS]) == []
    answered = await chat.say("apa syarat membuat akta kelahiran?")
    assert next(b.label for row in answered[-1].buttons for b in row) == "👍 Membantu"
