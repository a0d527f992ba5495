"""A typed reply at a step that expects a button (after a restart, after a long pause)
gets that step's question again, with its buttons, below a line saying so (issue 14,
item 7): checked for every button step of the complaint, on each channel's shape of
message. The same through the real Telegram and WhatsApp senders (buttons, lists and
numbered choices as each platform shows them) is in
``tests/integration/test_resident_conversation.py``."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

import pytest

from domain.messages import Channel, OutgoingMessage
from handlers.resident.complaint_steps import BUTTON_STEPS
from tests.turns.fixtures import TurnsFactory
from tests.turns.rig import TurnRig, text_of

DESCRIPTION = "/lapor Jalan di depan pasar Desa Sukamaju berlubang besar sudah 2 minggu"
Walk = Callable[[TurnRig], Awaitable[None]]


async def _to_agency(chat: TurnRig) -> None:
    await chat.say(DESCRIPTION)


async def _to_privacy(chat: TurnRig) -> None:
    await _to_agency(chat)
    await chat.press("Ya, benar")
    await chat.say("Jl. Raya Sukamaju km 3, Desa Sukamaju")
    await chat.press("Lewati")


async def _to_confirm(chat: TurnRig) -> None:
    await _to_privacy(chat)
    await chat.press("Publik")


async def _to_edit(chat: TurnRig) -> None:
    await _to_confirm(chat)
    await chat.press("Ubah")


# each button step, how to reach it, a word of its question and a label of its buttons
STEPS: dict[str, tuple[Walk, str, str]] = {
    "agency": (_to_agency, "sepertinya ditangani oleh", "Ya, benar"),
    "privacy": (_to_privacy, "Bagaimana identitas Anda", "Publik"),
    "confirm": (_to_confirm, "Periksa laporan Anda", "Kirim"),
    "edit": (_to_edit, "Bagian mana", "Uraian"),
}


# asked only with an agencies file that lists categories and areas:
# tests/turns/test_complaint_place.py types at both
PLACE_STEPS = {"category", "area"}


def test_every_button_step_of_the_complaint_is_covered_here() -> None:
    assert set(STEPS) | PLACE_STEPS == set(BUTTON_STEPS)


@pytest.mark.parametrize("channel", [Channel.TELEGRAM, Channel.WHATSAPP, Channel.CONSOLE])
@pytest.mark.parametrize("step", sorted(STEPS))
async def test_a_typed_reply_at_a_button_step_gets_the_question_with_its_buttons_again(
    turns: TurnRig, step: str, channel: Channel
) -> None:
    walk, question, label = STEPS[step]
    turns.channel = channel
    await walk(turns)
    sent = await turns.say("iya yang itu")
    assert "tombol di bawah" in sent[0].text and "di atas" not in text_of(sent)
    asked: OutgoingMessage = sent[-1]
    assert question in asked.text
    assert any(label in b.label for row in asked.buttons for b in row)
    after = await turns.press(label, [asked])  # the re-sent buttons work
    assert after and "kedaluwarsa" not in text_of(after).lower()


async def test_the_full_agency_list_is_sent_again_when_the_resident_typed_instead(
    turns: TurnRig,
) -> None:
    await turns.say(DESCRIPTION)
    await turns.press("Pilih instansi lain")
    sent = await turns.say("dinas jalan")
    labels = [b.label for row in sent[-1].buttons for b in row]
    assert "Dinas PUPR" in labels and len(labels) == len(turns.services.agencies.agencies) + 1
    await turns.press("Dinas PUPR", sent)
    assert "Alamat terlalu singkat" in text_of(await turns.say("xy"))  # moved on: location


async def test_a_typed_reply_in_english_gets_the_english_question(
    make_turns: TurnsFactory,
) -> None:
    async with make_turns(language_code="en") as chat:
        await chat.say(DESCRIPTION)
        sent = await chat.say("yes that one")
    assert "buttons below" in sent[0].text
    assert sent[-1].buttons


async def test_a_typed_reply_after_photos_asks_for_more_or_continue_not_skip(
    turns: TurnRig,
) -> None:
    from domain.messages import Attachment, FileRef

    await turns.say(DESCRIPTION)
    await turns.press("Ya, benar")
    await turns.say("Jl. Raya Sukamaju km 3, Desa Sukamaju")
    photo = FileRef(turns.channel, "AgADphoto7", Attachment.PHOTO)
    await turns.deliver(turns.message(photo=photo, attachment=Attachment.PHOTO))
    sent = await turns.say("sudah itu saja")
    assert "Foto 1 dari 3" in sent[-1].text and "Lewati" not in text_of(sent)
    assert await turns.press("Lanjut", sent)
