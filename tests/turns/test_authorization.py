"""Only an agency's own staff chat acts on its tickets; every refused attempt is
answered clearly and changes nothing. A refused button press is answered with a popup
only the presser sees; the group is not told."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from domain.callbacks import pack
from domain.tickets import TicketStatus
from handlers.context import Services
from tests.staff.helpers import (
    ADMIN,
    DINKES_CHAT,
    OTHER_ADMIN,
    OTHER_GROUP,
    PUPR_CHAT,
    agencies_file,
    button,
    card_of,
    events,
    file_complaint,
    refused_press,
    staff_presses,
    staff_says,
    the_ticket,
)
from tests.turns.fixtures import TurnsFactory, both_databases
from tests.turns.rig import TurnRig, text_of

REFUSED = "⛔"

pytestmark = both_databases  # as before the move: SQLite and PostgreSQL


async def _unchanged(chat, before: int) -> None:  # type: ignore[no-untyped-def]
    ticket = await the_ticket(chat)
    assert ticket.status == TicketStatus.OPEN and ticket.assignee is None
    assert len(await events(chat)) == before


async def test_a_forged_button_for_another_agencys_ticket_is_refused(turns: TurnRig) -> None:
    chat = turns
    await file_complaint(chat)
    ticket = await the_ticket(chat)
    before = len(await events(chat))
    for action in ("tk", "rs", "ra", "rj", "ad"):
        popup = await refused_press(chat, pack("sf", action, ticket.id), DINKES_CHAT)
        assert REFUSED in popup and "bukan milik grup ini" in popup
    popup = await refused_press(chat, pack("sf", "rt", ticket.id, "dinkes"), DINKES_CHAT)
    assert REFUSED in popup
    await _unchanged(chat, before)


async def test_buttons_pressed_in_a_group_that_is_no_staff_chat_do_nothing(turns: TurnRig) -> None:
    chat = turns
    await file_complaint(chat)
    ticket = await the_ticket(chat)
    before = len(await events(chat))
    sent = await staff_presses(chat, pack("sf", "rs", ticket.id), OTHER_GROUP)
    sent += await staff_says(chat, "/tiket", OTHER_GROUP)
    sent += await staff_says(chat, f"/tiket {ticket.code}", OTHER_GROUP)
    assert sent == []
    await _unchanged(chat, before)


async def test_garbage_and_unknown_tickets_in_buttons_are_refused(turns: TurnRig) -> None:
    chat = turns
    await file_complaint(chat)
    before = len(await events(chat))
    ticket = await the_ticket(chat)
    for data in (
        "v1|sf|tk|999999", "v1|sf|tk|abc", "v9|sf|tk|1", "v1|sf|zz|1", "nonsense",
        pack("sf", "zz", ticket.id), pack("sf", "rt", ticket.id, "nowhere"),
    ):  # fmt: skip
        assert await refused_press(chat, data) == "Tombol ini tidak berlaku lagi."
    await _unchanged(chat, before)


async def test_a_press_that_is_not_possible_now_is_refused_with_a_popup(turns: TurnRig) -> None:
    chat = turns
    await file_complaint(chat)
    card = card_of(chat)
    await staff_presses(chat, button(card, "Selesai"))
    popup = await refused_press(chat, button(card, "Tolak"))
    assert "tidak bisa dilakukan" in popup and "<" not in popup


async def test_a_press_that_is_allowed_is_answered_without_a_popup(turns: TurnRig) -> None:
    chat = turns
    await file_complaint(chat)
    answered = len(chat.answers)
    sent = await staff_presses(chat, button(card_of(chat), "Ambil"))
    assert "sedang ditangani" in text_of(chat.to_resident(sent))
    [(press, popup)] = chat.answers[answered:]
    assert press.callback_data == button(card_of(chat), "Ambil") and popup is None


TAKEN = {
    "id": "{code} sudah diambil oleh Rina <PUPR>.",
    "en": "{code} is already taken by Rina <PUPR>.",
}


@pytest.mark.parametrize("language", ["id", "en"])
async def test_ambil_on_an_old_copy_of_a_taken_card_names_who_holds_it_and_refreshes_it(
    make_turns: TurnsFactory, turn_services: Services, language: str
) -> None:
    async with make_turns(services=replace(turn_services, staff_language=language)) as chat:
        await file_complaint(chat)
        take = button(card_of(chat), "Ambil" if language == "id" else "Take")
        await staff_presses(chat, take, sender=ADMIN)
        before = len(await events(chat))
        answered = len(chat.answers)
        sent = await staff_presses(chat, take, sender=OTHER_ADMIN, message_id="77")
        ticket = await the_ticket(chat)
        [(_, popup)] = chat.answers[answered:]
        assert popup == TAKEN[language].format(code=ticket.code)
        [refreshed] = sent  # the copy pressed now shows who holds it, without "Ambil"
        assert (refreshed.chat_id, refreshed.edit_message_id) == (PUPR_CHAT, "77")
        assert "Rina &lt;PUPR&gt;" in refreshed.text
        assert [b.data for row in refreshed.buttons for b in row if b.data == take] == []
        assert ticket.assignee_id == ADMIN.user_id and len(await events(chat)) == before


async def test_another_agencys_group_cannot_see_or_search_the_ticket(turns: TurnRig) -> None:
    chat = turns
    await file_complaint(chat)
    code = (await the_ticket(chat)).code
    detail = text_of(await staff_says(chat, f"/tiket {code}", DINKES_CHAT, OTHER_ADMIN))
    assert "tidak ditemukan" in detail and "berlubang" not in detail
    found = text_of(await staff_says(chat, "/cari berlubang", DINKES_CHAT, OTHER_ADMIN))
    assert code not in found
    listing = text_of(await staff_says(chat, "/tiket", DINKES_CHAT, OTHER_ADMIN))
    assert code not in listing


async def test_with_an_allowlist_only_listed_admins_act(
    make_turns: TurnsFactory, tmp_path: Path
) -> None:
    async with make_turns(
        agencies=agencies_file(tmp_path, pupr={"admins": [int(ADMIN.user_id)]})
    ) as chat:
        await file_complaint(chat)
        card = card_of(chat)
        before = len(await events(chat))
        popup = await refused_press(chat, button(card, "Ambil"), sender=OTHER_ADMIN)
        assert "tidak terdaftar" in popup
        sent = await staff_says(chat, "saya jawab", sender=OTHER_ADMIN, reply_to=card)
        assert "tidak terdaftar" in text_of(sent) and chat.to_resident(sent) == []
        sent = await staff_says(chat, "#catatan coba", sender=OTHER_ADMIN, reply_to=card)
        assert "tidak terdaftar" in text_of(sent)
        await _unchanged(chat, before)

        sent = await staff_presses(chat, button(card, "Ambil"), sender=ADMIN)
        assert "sedang ditangani" in text_of(chat.to_resident(sent))


async def test_a_reply_mapping_from_one_group_does_not_work_in_another(turns: TurnRig) -> None:
    chat = turns
    await file_complaint(chat)
    card = card_of(chat)
    sent = await staff_says(chat, "halo warga", DINKES_CHAT, OTHER_ADMIN, reply_to=card)
    assert chat.to_resident(sent) == []


async def test_chatter_in_the_staff_group_that_is_about_no_ticket_is_left_alone(
    turns: TurnRig,
) -> None:
    chat = turns
    await file_complaint(chat)
    assert await staff_says(chat, "rapat jam 10 ya") == []
    assert await staff_says(chat, "/perintah_lain") == []
    assert (await the_ticket(chat)).status == TicketStatus.OPEN
    assert PUPR_CHAT
