"""An emergency told calmly. A resident who opens politely ("mau lapor pak", "info",
"can I ask something?") or first asks when help will come, in a clause of its own,
still reports a danger in the next clause; the opening does not make the message a
question. Told after the event, a wish to report or a question frames the event
("anak dipukul guru, mau melapor"), and news, a claim or cover stay calm.

The messages are written for this test, not taken from the benchmark sets."""

from __future__ import annotations

import pytest

from knowledge_base.emergency import is_emergency, parse_rules


@pytest.mark.parametrize(
    "text",
    [
        "selamat siang, mau lapor, ada bapak-bapak terkapar di halte tidak bergerak",
        "mau lapor bu gudang kayu di belakang pasar sedang terbakar",
        "info min, ada bocah terseret arus di sungai dekat bendungan",
        "mau tanya, nenek saya dari tadi tidak sadarkan diri, bisa dikirimkan ambulans?",
        "kapan petugas datang, adik saya tidak bernapas",
        "maaf kalau mengganggu, suami saya kejang dan tidak sadar",
        "hi, can i report something? a woman is lying in the car park and not moving",
        "when will the fire engine come, the flames are reaching the roof",
        "how do i get help here, my uncle collapsed and is not responding",
    ],
)
def test_a_danger_after_a_polite_opening_gets_the_pointer(text: str) -> None:
    assert is_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        "info dong, banjir di perumahan sebelah",
        "mau tanya, rumah kami kebakaran bulan lalu, bisa dapat bantuan?",
        "mau tanya kalau ada kebakaran lapor ke mana",
        "adik saya ditampar tetangga tadi siang, mau melapor",
        "asap kebakaran lahan makin tebal, kapan sekolah libur",
        "apakah bpjs menanggung, bapak saya kena luka bakar",
        "berita sore ini: kebakaran gudang di kota sebelah",
        "how do i claim insurance? our garage caught fire",
        "info, pengungsi longsor di balai desa butuh selimut dan sembako",
        "can i get a new id? my wallet burned in the kitchen fire",
    ],
)
def test_a_question_after_or_about_an_event_gets_no_pointer(text: str) -> None:
    assert not is_emergency(text)


def test_a_preface_frames_only_its_own_clause_before_a_hazard() -> None:
    rules = parse_rules("hazard\tada api\ncalm\tsalam\npreface\tsalam\n")
    assert is_emergency("salam, ada api di dapur", rules)
    assert not is_emergency("ada api di dapur, salam", rules)


@pytest.mark.parametrize(
    "text",
    [
        "kakak saya tidak sadarkan diri setelah jatuh dari motor, apakah harus langsung ke igd?",
        "istri saya sesak napas hebat, apakah puskesmas buka malam ini?",
        "my brother is not breathing properly, can i drive him to the hospital myself?",
    ],
)
def test_someone_in_danger_then_a_question_about_care_gets_the_pointer(text: str) -> None:
    assert is_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        "keponakan saya tenggelam di waterpark, apakah bisa menggugat pengelola?",
        "kakek saya sering sesak napas, kapan jadwal poli paru?",
        "ayah saya kena stroke, apakah ada fisioterapi di puskesmas?",
        "tetangga saya dipukul preman di pasar, mau melapor",
    ],
)
def test_an_errand_a_habit_or_a_wish_to_report_after_the_event_gets_no_pointer(
    text: str,
) -> None:
    assert not is_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        "apakah normal kalau balita saya bibirnya kebiruan dan sesak napas?",
        "apakah wajar air kali sudah naik sampai dapur, nenek masih di dalam rumah",
    ],
)
def test_asking_whether_a_danger_now_is_normal_gets_the_pointer(text: str) -> None:
    assert is_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        "apakah wajar kalau jalan depan rumah sering banjir tiap hujan?",
        "is it normal for the river to flood every rainy season?",
    ],
)
def test_asking_whether_a_habit_is_normal_gets_no_pointer(text: str) -> None:
    assert not is_emergency(text)
