"""Answers that were missing or misleading (seen first in the demo, which runs the same
handlers): ``/chatid`` names what a group is registered as, the PPID's superior writing
with no objection waiting is told how to answer one, and a photo outside a report
whose caption the knowledge base can only guess at is kept with a report offered,
not answered with "did you mean" suggestions."""

from __future__ import annotations

from pathlib import Path

from tests.staff.helpers import agencies_file
from tests.turns.fixtures import TurnsFactory
from tests.turns.rig import TurnRig, text_of

DUKCAPIL_PPID = "-1001000000101"
PUPR_STAFF = "-1001000000005"
SUPERVISORS = "-1001000000099"
SUPERIOR = "-1001000000097"


async def test_chat_id_in_a_ppid_chat_names_it_the_agencys_ppid_chat(turns: TurnRig) -> None:
    answered = text_of(await turns.in_group(DUKCAPIL_PPID, "/chatid"))
    assert "terdaftar sebagai chat PPID Dinas Kependudukan" in answered
    assert "grup staf" not in answered


async def test_chat_id_in_a_staff_group_still_names_the_agency(turns: TurnRig) -> None:
    answered = text_of(await turns.in_group(PUPR_STAFF, "/chatid"))
    assert "terdaftar sebagai grup staf Dinas Pekerjaan Umum" in answered


async def test_chat_id_in_the_supervisors_and_the_superiors_chats_names_them(
    turns: TurnRig,
) -> None:
    supervisors = text_of(await turns.in_group(SUPERVISORS, "/chatid"))
    superior = text_of(await turns.in_group(SUPERIOR, "/chatid"))
    assert "terdaftar sebagai grup supervisor" in supervisors
    assert "terdaftar sebagai chat atasan PPID" in superior
    assert "staff_chat_id" not in supervisors + superior  # not told to register it


async def test_the_superior_writing_with_no_objection_waiting_is_told_how_to_answer_one(
    turns: TurnRig,
) -> None:
    answered = await turns.in_group(SUPERIOR, "Apakah ada keberatan baru?")
    assert [m.chat_id for m in answered] == [SUPERIOR]
    assert "Tidak ada keberatan yang menunggu tanggapan Anda" in text_of(answered)


async def test_a_photo_captioned_with_a_mere_word_offers_a_report_and_no_guesses(
    turns: TurnRig,
) -> None:
    sent = await turns.send_photo("AgADword", "keterangan")
    shown = text_of(sent)
    assert "Ingin membuat laporan dengan lampiran ini" in shown
    assert "Apakah maksud Anda" not in shown
    labels = [b.label for m in sent for row in m.buttons for b in row]
    assert "📢 Ya, buat laporan" in labels


async def test_a_photo_captioned_with_a_question_the_kb_answers_still_gets_the_answer(
    turns: TurnRig,
) -> None:
    shown = text_of(await turns.send_photo("AgADquestion", "syarat bikin kk baru"))
    assert "Lampiran Anda saya simpan (1); akan disertakan" in shown
    assert "Kartu Keluarga" in shown


async def test_in_a_chat_the_superior_shares_with_staff_staff_commands_work_and_chatter_is_left(
    make_turns: TurnsFactory, tmp_path: Path
) -> None:
    shared = {"ppid": {"superior_chat_id": PUPR_STAFF}, "shared_chats": [PUPR_STAFF]}
    async with make_turns(agencies=agencies_file(tmp_path, top=shared)) as chat:
        listed = text_of(await chat.in_group(PUPR_STAFF, "/tiket"))
        chatter = await chat.in_group(PUPR_STAFF, "Rapat jam dua nanti ya")
        named = text_of(await chat.in_group(PUPR_STAFF, "/chatid"))
    assert listed  # the staff's commands reach the staff's handlers
    assert chatter == []
    assert "grup staf Dinas Pekerjaan Umum" in named and "chat atasan PPID" in named
