"""A button press is answered once its turn has committed: with the turn's popup text
when a handler set one, with no text otherwise; a turn that failed (rolled back) does
not answer, with its popup or at all, until a retry commits."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest

from bot.channels.console import decode_incoming, encode_incoming
from bot.processor import InboxProcessor
from domain.callbacks import pack
from domain.i18n import Translator
from domain.inbound import InboundItem
from domain.messages import Channel, ChatKind, IncomingMessage, Sender
from handlers.context import Turn
from handlers.dispatch import Dispatcher, dispatch
from storage.inbox import Inbox
from tests.staff.helpers import (
    ADMIN,
    DINKES_CHAT,
    OTHER_ADMIN,
    PUPR_CHAT,
    button,
    card_of,
    file_complaint,
    refused_press,
    staff_presses,
    the_ticket,
)
from tests.turns.rig import TurnRig, text_of

POPUP_KEYS = ("staff-button-expired", "staff-not-yours", "staff-not-allowed")
LOCALES = Path(__file__).parents[2] / "domain" / "locales"
TELEGRAM_POPUP_LIMIT = 200


class BreaksAfterHandling:
    """The real conversations, then a failure while ``broken`` (for the chats in
    ``chats``, or all): the turn set its popup, then its transaction rolled back."""

    def __init__(self, *chats: str) -> None:
        self.chats = set(chats)
        self.broken = True

    async def __call__(self, turn: Turn) -> None:
        await dispatch(turn)
        if self.broken and (not self.chats or turn.message.chat_id in self.chats):
            raise RuntimeError("the database went away after the handlers ran")


def press_item(chat_id: str, data: str, sender: Sender = ADMIN) -> InboundItem:
    press = IncomingMessage(
        channel=Channel.CONSOLE, chat_id=chat_id, chat_kind=ChatKind.GROUP, sender=sender,
        message_id="1", callback_data=data, callback_id=uuid.uuid4().hex,
    )  # fmt: skip
    return InboundItem(f"test:{uuid.uuid4().hex}", "console", f"console:{chat_id}",
                       encode_incoming(press))  # fmt: skip


def processor_for(chat: TurnRig, dispatcher: Dispatcher) -> InboxProcessor:
    """The inbox processor on ``chat``'s database, answering presses into
    ``chat.answers``."""

    async def answered(message: IncomingMessage, answer: str | None) -> None:
        chat.answers.append((message, answer))

    return InboxProcessor(
        chat.sessions,
        chat.services,
        {"console": decode_incoming},
        {"console": answered},
        chat.clock,
        dispatcher=dispatcher,
    )


async def test_a_refused_press_whose_turn_fails_is_never_answered_with_its_popup(
    turns: TurnRig,
) -> None:
    chat = turns
    await file_complaint(chat)
    forged = pack("sf", "rs", (await the_ticket(chat)).id)
    answered = len(chat.answers)
    failing = BreaksAfterHandling()
    processor = processor_for(chat, failing)
    await Inbox(chat.sessions).store([press_item(DINKES_CHAT, forged)])
    await processor.process_pending()
    assert await chat.settle() == 0 and chat.answers[answered:] == []

    failing.broken = False  # the retry commits, and only then is the press answered
    chat.clock.advance(minutes=10)
    assert await processor.process_pending() == 1
    [(press, popup)] = chat.answers[answered:]
    assert press.callback_data == forged and "bukan milik grup ini" in (popup or "")


async def test_in_one_batch_only_the_failed_turn_loses_its_answer(turns: TurnRig) -> None:
    chat = turns
    await file_complaint(chat)
    forged = pack("sf", "rs", (await the_ticket(chat)).id)
    await refused_press(chat, "nonsense", DINKES_CHAT)  # ADMIN is a known contact now
    answered = len(chat.answers)
    processor = processor_for(chat, BreaksAfterHandling(PUPR_CHAT))
    await Inbox(chat.sessions).store(
        [
            press_item(PUPR_CHAT, "v1|sf|tk|999999", OTHER_ADMIN),
            press_item(DINKES_CHAT, forged),
        ]
    )
    assert await processor.process_pending() == 1  # one batch, one turn failed
    [(press, popup)] = chat.answers[answered:]
    assert press.chat_id == DINKES_CHAT and "bukan milik grup ini" in (popup or "")


async def test_a_press_that_changes_a_ticket_is_answered_with_no_text(turns: TurnRig) -> None:
    chat = turns
    await file_complaint(chat)
    take = button(card_of(chat), "Ambil")
    answered = len(chat.answers)
    sent = await staff_presses(chat, take)
    assert "sedang ditangani" in text_of(chat.to_resident(sent))
    assert [(press.callback_data, popup) for press, popup in chat.answers[answered:]] == [
        (take, None)
    ]


@pytest.mark.parametrize("language", ["id", "en"])
def test_every_popup_text_fits_telegrams_limit(language: str) -> None:
    t = Translator(language)
    texts = [t(key) for key in POPUP_KEYS]
    texts.append(t("staff-bad-transition", code="ADU-2611-0001", status=t("status-in_progress")))
    assert all(0 < len(text) <= TELEGRAM_POPUP_LIMIT for text in texts)
    for key in POPUP_KEYS:  # the key is in this catalog itself, not a fallback
        assert f"\n{key} =" in (LOCALES / f"{language}.ftl").read_text(encoding="utf-8")


@pytest.mark.parametrize("dialog", ["/informasi", "/lapor"])
async def test_an_older_menus_ask_button_pressed_in_a_dialog_ends_it_so_the_question_is_a_question(
    turns: TurnRig, dialog: str
) -> None:
    menu = await turns.say("/start")
    await turns.say(dialog)
    pressed = await turns.press("Tanya", menu)
    assert "Dibatalkan" in text_of(pressed) and "ketik pertanyaan" in text_of(pressed)
    answered = await turns.say("syarat bikin kk")
    assert "Kartu Keluarga" in text_of(answered) and "2/" not in text_of(answered)
