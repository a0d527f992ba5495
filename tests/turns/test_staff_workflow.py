"""An agency admin works a ticket from the staff group and the resident closes the
loop, one turn at a time, on SQLite and PostgreSQL. The same over Telegram, through
the whole running bot: ``tests/staff/test_staff_end_to_end.py``."""

from __future__ import annotations

from pathlib import Path

from domain.callbacks import pack
from domain.messages import Attachment, Channel, FileRef
from domain.tickets import TicketStatus
from tests.staff.helpers import (
    ADMIN,
    DLH_CHAT,
    OTHER_ADMIN,
    PUPR_CHAT,
    agencies_file,
    button,
    card_of,
    edits,
    events,
    file_complaint,
    refused_press,
    staff_presses,
    staff_says,
    the_ticket,
)
from tests.turns.fixtures import TurnsFactory, both_databases
from tests.turns.rig import TurnRig, text_of

pytestmark = both_databases  # as before the move: SQLite and PostgreSQL

P1 = FileRef(Channel.TELEGRAM, "P1")
D1 = FileRef(Channel.TELEGRAM, "D1", Attachment.DOCUMENT, "surat.pdf")


async def test_a_ticket_goes_from_card_to_rating_with_the_resident_told_at_each_step(
    turns: TurnRig,
) -> None:
    chat = turns
    await file_complaint(chat)
    card = card_of(chat)
    assert "Jalan &lt;Raya&gt; &amp; jembatan" in card.text
    assert "Menunggu tindak lanjut" in card.text

    sent = await staff_presses(chat, button(card, "Ambil"))
    assert "sedang ditangani" in text_of(chat.to_resident(sent))
    assert "Rina &lt;PUPR&gt;" in edits(chat)[-1].text
    assert edits(chat)[-1].edit_message_id is not None

    sent = await staff_says(chat, "Petugas <b>segera</b> datang & menambal", reply_to=card)
    [relayed] = chat.to_resident(sent)
    assert "Petugas &lt;b&gt;segera&lt;/b&gt; datang &amp; menambal" in relayed.text
    assert "Dinas Pekerjaan Umum" in relayed.text
    assert "Rina" not in relayed.text  # labelled with the agency, not the admin
    ticket = await the_ticket(chat)
    assert ticket.status == TicketStatus.ANSWERED
    assert ticket.first_response_at == chat.clock.now

    chat.clock.advance(hours=3)
    sent = await staff_presses(chat, button(card, "Selesai"))
    [question] = chat.to_resident(sent)
    assert "benar-benar sudah selesai" in question.text
    await chat.press("Ya, sudah selesai")
    await chat.press("4")
    done = await chat.say("Cepat <sekali> & rapi")
    assert "Terima kasih atas penilaian" in text_of(done)
    staff_view = text_of(chat.to_chat(PUPR_CHAT))
    assert "4/5" in staff_view and "Cepat &lt;sekali&gt; &amp; rapi" in staff_view

    ticket = await the_ticket(chat)
    assert ticket.status == TicketStatus.CLOSED
    assert (ticket.rating, ticket.rating_comment) == (4, "Cepat <sekali> & rapi")
    trail = [(e.action, e.actor) for e in await events(chat)]
    assert ("taken", "staff:9001 Rina <PUPR>") in trail
    assert ("replied", "staff:9001 Rina <PUPR>") in trail
    assert ("resolved", "staff:9001 Rina <PUPR>") in trail
    assert [a for a, _ in trail][-3:] == ["confirmed", "rated", "rated"]


async def test_a_resident_who_is_not_satisfied_reopens_the_ticket_with_a_reason(
    turns: TurnRig,
) -> None:
    chat = turns
    await file_complaint(chat)
    card = card_of(chat)
    await staff_presses(chat, button(card, "Ambil"))
    await staff_presses(chat, button(card, "Selesai"))
    asked = await chat.press("Belum selesai")
    assert "Apa yang masih belum beres" in text_of(asked)
    sent = await chat.say("Lubangnya cuma ditutup tanah, <b>hujan</b> sudah bolong lagi")
    assert "dibuka kembali" in text_of(chat.to_resident(sent))
    to_staff = [m for m in chat.to_chat(PUPR_CHAT) if "dibuka kembali" in m.text]
    assert to_staff and "&lt;b&gt;hujan&lt;/b&gt;" in to_staff[-1].text
    assert to_staff[-1].reply_to_message_id == edits(chat)[-1].edit_message_id
    assert "Dibuka kembali 1 kali" in edits(chat)[-1].text
    assert edits(chat)[-1].buttons  # the card can be worked again

    ticket = await the_ticket(chat)
    assert ticket.status == TicketStatus.OPEN and ticket.reopened_count == 1
    assert ticket.resolved_at is None


async def test_reassigning_moves_the_card_tells_the_resident_and_ends_the_old_groups_rights(
    turns: TurnRig,
) -> None:
    chat = turns
    await file_complaint(chat, "Jalan berlubang parah di depan pasar Desa Sukamaju sejak lama")
    card = card_of(chat)
    menu = await staff_presses(chat, button(card, "Alihkan"))
    choice = button(menu[-1], "DLH")
    sent = await staff_presses(chat, choice)
    assert "Dinas Lingkungan Hidup" in text_of(chat.to_resident(sent))
    new_card = card_of(chat, DLH_CHAT)
    assert "berlubang parah" in new_card.text
    assert "Dialihkan ke Dinas Lingkungan Hidup" in edits(chat, PUPR_CHAT)[-1].text
    assert edits(chat, PUPR_CHAT)[-1].buttons == ()

    refused = await staff_says(chat, "kami tangani saja", reply_to=card)
    assert "bukan milik grup ini" in text_of(refused)
    assert chat.to_resident(refused) == []
    popup = await refused_press(chat, button(card, "Selesai"))
    assert "bukan milik grup ini" in popup

    sent = await staff_says(chat, "Besok truk datang", DLH_CHAT, OTHER_ADMIN, new_card)
    assert "Besok truk datang" in text_of(chat.to_resident(sent))
    ticket = await the_ticket(chat)
    assert ticket.agency_code == "dlh" and ticket.staff_chat_id == DLH_CHAT


async def test_rejecting_asks_for_a_reason_that_the_resident_sees(turns: TurnRig) -> None:
    chat = turns
    await file_complaint(chat)
    card = card_of(chat)
    asked = await staff_presses(chat, button(card, "Tolak"))
    assert "alasan" in text_of(asked)
    sent = await staff_says(chat, "Jalan provinsi <bukan> kewenangan kabupaten & kami")
    [told] = chat.to_resident(sent)
    assert "Jalan provinsi &lt;bukan&gt; kewenangan kabupaten &amp; kami" in told.text
    ticket = await the_ticket(chat)
    assert ticket.status == TicketStatus.REJECTED
    assert edits(chat)[-1].buttons == ()
    rejected = [e for e in await events(chat) if e.action == "rejected"]
    assert rejected[0].detail == "Jalan provinsi <bukan> kewenangan kabupaten & kami"


async def test_internal_notes_are_kept_on_the_ticket_and_never_reach_the_resident(
    turns: TurnRig,
) -> None:
    chat = turns
    await file_complaint(chat)
    card = card_of(chat)
    sent = await staff_says(chat, "#catatan perlu alat berat, <tanya> Pak Kabid", reply_to=card)
    sent += await staff_says(chat, "/catatan anggaran & BOP menunggu", reply_to=card)
    assert chat.to_resident(sent) == []
    assert "Catatan disimpan" in text_of(sent)
    detail = await staff_says(chat, "/tiket " + (await the_ticket(chat)).code)
    assert "perlu alat berat, &lt;tanya&gt; Pak Kabid" in text_of(detail)
    notes = [e.detail for e in await events(chat) if e.action == "note"]
    assert notes == ["perlu alat berat, <tanya> Pak Kabid", "anggaran & BOP menunggu"]
    assert (await the_ticket(chat)).first_response_at is None


async def test_a_reply_to_any_later_bot_message_about_the_ticket_also_reaches_the_resident(
    turns: TurnRig,
) -> None:
    chat = turns
    await file_complaint(chat)
    card = card_of(chat)
    ack = await staff_says(chat, "Sedang kami cek", reply_to=card)
    sent = await staff_says(chat, "Sudah dijadwalkan Kamis", reply_to=ack[-1])
    assert "Sudah dijadwalkan Kamis" in text_of(chat.to_resident(sent))


async def test_staff_photos_and_documents_are_relayed_to_the_resident(turns: TurnRig) -> None:
    chat = turns
    await file_complaint(chat)
    card = card_of(chat)
    sent = await staff_says(chat, "Foto hasil perbaikan", reply_to=card, photo=P1)
    [photo] = chat.to_resident(sent)
    assert photo.photos == (P1,) and "Foto hasil perbaikan" in photo.text
    sent = await staff_says(chat, None, reply_to=card, document=D1)
    [document] = chat.to_resident(sent)
    assert document.documents == (D1,) and "lampiran" in document.text


async def test_the_resident_adds_information_by_replying_or_when_details_are_asked(
    turns: TurnRig,
) -> None:
    chat = turns
    await file_complaint(chat, privacy="Anonim")
    card = card_of(chat)
    taken = chat.to_resident(await staff_presses(chat, button(card, "Ambil")))[-1]
    sent = await chat.deliver(
        chat.message(text="Lubangnya <2 meter> & dalam", reply_to_message_id=_id(chat, taken))
    )
    assert "diteruskan" in text_of(chat.to_resident(sent))
    forwarded = next(m for m in sent if m.chat_id == PUPR_CHAT)
    assert "Lubangnya &lt;2 meter&gt; &amp; dalam" in forwarded.text
    assert "Siti" not in forwarded.text and "siti" not in forwarded.text

    asked = await staff_presses(chat, button(card, "keterangan"))
    assert "keterangan tambahan" in text_of(chat.to_resident(asked))
    sent = await chat.send_photo("photo-9", "ini fotonya")
    forwarded = next(m for m in sent if m.chat_id == PUPR_CHAT)
    assert [p.id for p in forwarded.photos] == ["photo-9"] and "ini fotonya" in forwarded.text
    assert (await the_ticket(chat)).awaiting_details_at is None
    later = await chat.say("syarat bikin kk")  # back to normal questions
    assert not [m for m in later if m.chat_id == PUPR_CHAT]


async def test_the_resident_can_choose_the_ticket_to_add_information_to(turns: TurnRig) -> None:
    chat = turns
    await file_complaint(chat)
    code = (await the_ticket(chat)).code
    await chat.say(f"/status {code}")
    await chat.press("Tambah keterangan")
    sent = await chat.say("Sekarang ada genangan air juga")
    assert "Sekarang ada genangan air juga" in text_of([m for m in sent if m.chat_id == PUPR_CHAT])
    assert "followup" in [e.action for e in await events(chat)]


async def test_list_search_and_templates_work_in_the_staff_group(
    make_turns: TurnsFactory, tmp_path: Path
) -> None:
    templates = {"terima": "Laporan diterima, petugas <segera> meluncur & memeriksa."}
    agencies = agencies_file(tmp_path, pupr={"templates": templates})
    async with make_turns(agencies=agencies) as chat:
        await file_complaint(chat)
        chat.clock.advance(hours=1)
        await file_complaint(chat, "Drainase mampet di gang Melati Desa Sukamaju sejak lama")
        first, second = [m for m in chat.to_chat(PUPR_CHAT) if "🆕" in m.text][:2]
        listing = text_of(await staff_says(chat, "/tiket"))
        assert listing.index("ADU-2611-0001") < listing.index("ADU-2611-0002")
        found = text_of(await staff_says(chat, "/cari mampet"))
        assert "ADU-2611-0002" in found and "ADU-2611-0001" not in found
        assert "tidak ditemukan" not in text_of(await staff_says(chat, "/tiket ADU-2611-0001"))
        sent = await staff_says(chat, "/t terima", reply_to=second)
        [relayed] = chat.to_resident(sent)
        assert "petugas &lt;segera&gt; meluncur &amp; memeriksa" in relayed.text
        assert "ADU-2611-0002" in relayed.text
        assert "terima" in text_of(await staff_says(chat, "/templat"))
        assert first is not second


def _id(chat, message) -> str:  # type: ignore[no-untyped-def]
    from tests.staff.helpers import platform_id

    return platform_id(chat, message)


async def test_pressing_a_card_button_twice_does_not_act_twice(turns: TurnRig) -> None:
    chat = turns
    await file_complaint(chat)
    data = pack("sf", "tk", (await the_ticket(chat)).id)
    await staff_presses(chat, data)
    again = await staff_presses(chat, data)
    assert "sudah Anda tangani" in text_of(again)
    assert [e.action for e in await events(chat)].count("taken") == 1
    assert ADMIN.user_id == (await the_ticket(chat)).assignee_id


async def test_a_taken_ticket_s_card_loses_its_take_button_and_names_who_took_it(
    turns: TurnRig,
) -> None:
    chat = turns
    await file_complaint(chat)
    assert button(card_of(chat), "Ambil")
    await staff_presses(chat, button(card_of(chat), "Ambil"))
    taken = edits(chat)[-1]
    labels = [b.label for row in taken.buttons for b in row]
    assert not any("Ambil" in label for label in labels)
    assert any("Selesai" in label for label in labels) and len(labels) == 4
    assert "Ditangani: Rina &lt;PUPR&gt;" in taken.text

    await staff_says(chat, "Petugas segera datang", reply_to=card_of(chat))
    answered = edits(chat)[-1]  # answered by the one who took it: still theirs
    assert not any("Ambil" in b.label for row in answered.buttons for b in row)
