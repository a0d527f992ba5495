"""Questions the complaint model must see ask, though they carry no question mark nor an
opening question word: an English clause after a comma whose subject is a possessive
("..., can her land tax be reduced") or whose office is asked to help with something;
"which one" asked with a closing particle ("di puskesmas mana aja"); an "or not" tag
right before a choice ("ada jalur zonasi ga atau sudah diganti"); a want or a request
set aside further into the message ("kk saya bukan mau diubah, cuma ..."); the Malay
"ke" asking before a passive verb or a condition ("bise ke dibangun", "bahaye ke kalau
diminum"). Their near reports still ask nothing.

The messages are written for this test."""

from __future__ import annotations

import pytest

from knowledge_base.regional_particles import read_closing_particles
from knowledge_base.typed_asking import is_asking


@pytest.mark.parametrize(
    "text",
    [
        "my mother lives on a small pension, can her water bill be reduced",
        "we rent a small kiosk, should our stall have a permit",
        "i am a fisherman, can his boat card be renewed by my son",
    ],
)
def test_an_english_clause_opening_on_its_verb_before_a_possessive_asks(text: str) -> None:
    assert is_asking(text)


@pytest.mark.parametrize(
    "text",
    [
        "my son cannot walk, can the social office help us get a wheelchair",
        "our roof blew off, could the district office assist with the repairs",
    ],
)
def test_asking_an_office_to_help_with_something_after_a_comma_asks(text: str) -> None:
    assert is_asking(text)


def test_an_office_that_will_not_help_asks_nothing() -> None:
    assert not is_asking("the street light is out again, nobody will help us get it fixed")


@pytest.mark.parametrize(
    "text",
    [
        "vaksin rabies buat kucing bisa di klinik mana aja",
        "kalau gunung naik status, warga ngumpul di lapangan mana dulu",
        "surat pindah diurus di kantor mana ya",
    ],
)
def test_which_one_asked_with_a_closing_particle_asks(text: str) -> None:
    assert is_asking(text)


def test_money_gone_somewhere_asks_nothing() -> None:
    assert not is_asking("dana bantuan kelompok kami entah ke mana aja")


@pytest.mark.parametrize(
    "text",
    [
        "anak saya mau masuk sma negeri, ada jalur prestasi ga atau sudah dihapus",
        "berobat pakai kis bisa langsung ke rsud tidak atau lewat klinik dulu",
    ],
)
def test_an_or_not_tag_right_before_a_choice_asks(text: str) -> None:
    assert is_asking(text)


def test_things_missing_listed_with_a_choice_still_ask_nothing() -> None:
    assert not is_asking("petugas parkir ga pakai seragam dan ga kasih karcis atau kuitansi")


@pytest.mark.parametrize(
    "text",
    [
        "akta anak saya bukan mau diganti namanya, cuma sobek kena air",
        "kami bukan minta rumah baru, tapi atapnya saja yang diperbaiki",
        "yang saya ajukan bukan beasiswa, melainkan bantuan seragam",
    ],
)
def test_a_want_set_aside_further_into_the_message_asks_about_the_other(text: str) -> None:
    assert is_asking(text)


def test_what_went_wrong_said_after_a_bukan_asks_nothing() -> None:
    assert not is_asking("masalahnya bukan soal uang, tapi petugasnya kasar sekali")


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("jembatan kampung kamek bise ke diperbaiki", "bise kah diperbaiki"),
        ("air parit ni bahaye ke kalau kene kulit", "bahaye kah kalau"),
    ],
)
def test_malay_ke_before_a_passive_verb_or_a_condition_is_a_question_particle(
    text: str, read: str
) -> None:
    assert read in read_closing_particles(text)


@pytest.mark.parametrize(
    "text",
    [
        "berkasnya saya bawa ke dinas sosial",
        "laporan sudah dikirim ke disdukcapil",
        "anak saya pindah ke dinsos provinsi",
        "tokonya beralih ke digital",
    ],
)
def test_ke_before_an_office_or_a_place_stays_a_preposition(text: str) -> None:
    assert read_closing_particles(text) == text


@pytest.mark.parametrize(
    "text",
    [
        "kasur bekas ditaruh di depan rumah aja atau ada jadwal angkut barang besar",
        "daftarnya cukup bawa ktp saja atau perlu surat rt juga",
    ],
)
def test_a_choice_offered_after_saja_asks_wherever_it_stands(text: str) -> None:
    assert is_asking(text)
