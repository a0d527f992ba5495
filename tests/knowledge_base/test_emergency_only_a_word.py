"""A message that only uses an emergency word gets no 112 pointer: a shout the writer
takes back ("banjir!! eh maksudnya ..."), a phone or a wallet that fell into the water,
a question whether an antidote is in stock or whether an event is common, "darurat" said
of a deadline. A pet in trouble with no one else at risk is no 112 call either (a vet
or an animal rescue helps); a person bitten by a pet, a fire or livestock trapped are.

The messages are written for this test, not taken from the benchmark sets."""

from __future__ import annotations

import pytest

from knowledge_base.emergency import is_emergency


@pytest.mark.parametrize(
    "text",
    [
        "tolong!!! eh maksudnya tolong info jadwal posyandu bulan depan",
        "banjir!! ups salah, maksudnya banjir pesanan di toko online saya",
        "kebakaran!!! eh maksud saya harga bawang kebakaran lagi minggu ini",
    ],
)
def test_a_shout_taken_back_gets_no_pointer(text: str) -> None:
    assert not is_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        "kebakaran!!! eh maksudnya asap tebal dari rumah sebelah, apinya sudah kelihatan",
        "help! i mean my father collapsed and he is not breathing",
        "ada orang hanyut!! eh maksud saya di irigasi, bukan di sungai",
        "bapak saya pingsan, eh maksudnya kakek saya, tidak bangun",
    ],
)
def test_a_correction_that_still_tells_a_danger_keeps_the_pointer(text: str) -> None:
    assert is_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        "laptop adik saya kecebur ember, masih bisa diselamatkan?",
        "ponsel jatuh ke sungai waktu nyebrang, bisa dilacak?",
        "kunci motor saya jatuh ke selokan, bisa minta tolong damkar?",
        "my phone fell into the canal, can it be repaired",
        "dropped my wallet into the river, can someone help look for it",
    ],
)
def test_a_thing_fallen_into_water_gets_no_pointer(text: str) -> None:
    assert not is_emergency(text)


def test_a_person_in_the_water_besides_a_phone_keeps_the_pointer() -> None:
    assert is_emergency("hp saya kecebur waktu nolong anak tetangga yang tenggelam di kolam")


@pytest.mark.parametrize(
    "text",
    [
        "serum anti bisa ular tersedia di rsud tidak ya",
        "apakah klinik desa punya persediaan antivenom",
        "ketersediaan tabung oksigen di puskesmas buat jaga-jaga",
        "is rabies vaccine available at the health center, asking just in case",
    ],
)
def test_asking_whether_an_antidote_is_in_stock_gets_no_pointer(text: str) -> None:
    assert not is_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        "adik dipatuk ular, rumah sakit mana yang ada stok anti bisa?",
        "my son was bitten by a snake, which hospital has antivenom in stock",
        "is an ambulance available? a bus crashed and people are hurt",
    ],
)
def test_asking_for_an_antidote_after_a_bite_keeps_the_pointer(text: str) -> None:
    assert is_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        "are house fires common in this area in the dry season",
        "how common is drowning at the reservoir",
        "is electrocution common during floods",
        "apakah orang tenggelam umum terjadi di pantai ini",
    ],
)
def test_asking_whether_an_event_is_common_gets_no_pointer(text: str) -> None:
    assert not is_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        "darurat nih, kuota internet habis pas ujian online",
        "darurat banget, tugas kuliah numpuk belum dikerjain",
        "this is an emergency, my exam is tomorrow and the library is closed",
        "darurat sampah di terminal, sudah dua minggu tidak diangkut",
    ],
)
def test_darurat_said_of_a_chore_gets_no_pointer(text: str) -> None:
    assert not is_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        "darurat! ada orang pingsan di halte bus",
        "darurat, tetangga saya jatuh dari tangga dan tidak bergerak",
        "DARURAT!!",
    ],
)
def test_darurat_with_someone_at_risk_or_shouted_keeps_the_pointer(text: str) -> None:
    assert is_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        "anjing kami ketabrak motor, kakinya berdarah",
        "our dog ate rat poison and is shaking",
        "kucing saya tenggelam di kolam ikan, masih bisa diselamatkan?",
        "ayam saya kecebur got, masih hidup",
    ],
)
def test_a_pet_in_trouble_with_no_one_else_at_risk_gets_no_pointer(text: str) -> None:
    assert not is_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        "my dog bit the neighbour's kid and he is bleeding heavily",
        "anjing saya menggigit anak tetangga, darahnya banyak sekali",
        "our dog is inside and the fire is spreading to the kitchen",
        "kerbau warga terperosok ke sumur tua, tidak bisa naik",
    ],
)
def test_a_person_bitten_a_fire_or_livestock_trapped_keeps_the_pointer(text: str) -> None:
    assert is_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        "tiap sore saya tenggelam dalam lamunan di tepi danau",
        "warga tenggelam dalam utang rentenir, ada program bantuan?",
    ],
)
def test_sinking_into_thought_or_debt_gets_no_pointer(text: str) -> None:
    assert not is_emergency(text)
