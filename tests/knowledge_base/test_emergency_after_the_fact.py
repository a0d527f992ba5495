"""Told after the fact, prevented, or prepared for: no 112 pointer. A burial, a funeral
or a condolence visit tells that the event is over ("dua nelayan tenggelam, besok
dimakamkan"); "sebelum ada kecelakaan" asks to prevent one; a meeting point, an
evacuation map, a go-bag or an alarm to install plans for an event. Minutes ago is
now, a tourist boat is a boat with people on it, and a sea drawing back after a quake,
a diver not back up, a child down a well or a baby who stopped responding are dangers
named without an event word. In Indonesian and English.

The messages are written for this test, not taken from the benchmark sets."""

from __future__ import annotations

import pytest

from knowledge_base.emergency import is_emergency


@pytest.mark.parametrize(
    "text",
    [
        "dua nelayan tenggelam di karang, besok dimakamkan",
        "jenazah korban tenggelam akan dimakamkan besok pagi",
        "korban kebakaran pasar dikebumikan siang ini di desa",
        "mau takziah ke rumah korban banjir, alamatnya di mana",
        "anak yang tenggelam di sungai sudah dikuburkan, keluarga minta santunan",
        "two fishermen drowned off the reef, they will be buried tomorrow",
        "the boy who drowned will be buried tomorrow, can the village help with the costs?",
        "funeral for the men killed in the landslide is on friday",
        "we send condolences to the family of the diver who drowned",
    ],
)
def test_a_burial_or_a_funeral_tells_the_event_is_over(text: str) -> None:
    assert not is_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        "longsor menimbun rumah dekat pemakaman umum, ada orang tertimbun",
        "people are buried under the collapsed house, send help",
        "ada orang tenggelam di kali sekarang, tolong",
    ],
)
def test_a_cemetery_or_people_buried_by_a_landslide_are_no_funeral(text: str) -> None:
    assert is_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        "lampu jalan di tikungan mati, tolong diperbaiki sebelum ada kecelakaan",
        "pasang rambu di turunan sebelum terjadi kecelakaan lagi",
        "please fix the railing before someone drowns",
        "trim the tree by the school before it falls on a child",
    ],
)
def test_an_event_to_be_prevented_is_no_event(text: str) -> None:
    assert not is_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        "api sudah di dapur, cepat datang sebelum merembet ke rumah lain",
        "the house is on fire, come before it spreads",
    ],
)
def test_haste_before_a_fire_spreads_is_still_a_fire(text: str) -> None:
    assert is_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        "di mana titik kumpul tsunami terdekat dari pasar?",
        "peta jalur evakuasi banjir bisa diminta di mana",
        "isi tas siaga bencana untuk gempa apa saja",
        "kantor kami mau pasang alarm kebakaran, standarnya apa",
        "where is the tsunami assembly point near the harbour?",
        "are there evacuation maps for the flood zone?",
        "what should we pack in an emergency bag for earthquake evacuation?",
        "is there a tsunami drill at the school next week?",
    ],
)
def test_preparing_for_an_event_asks_about_a_plan(text: str) -> None:
    assert not is_emergency(text)


def test_a_fire_alarm_ringing_in_a_burning_warehouse_is_still_a_fire() -> None:
    assert is_emergency("kebakaran di gudang, alarm kebakaran bunyi terus, orang masih di dalam")


@pytest.mark.parametrize(
    "text",
    [
        "the sea pulled back after a strong quake a minute ago, people are still on the beach",
        "my son fell off the roof ten minutes ago and is not moving",
        "anak saya jatuh dari pohon 5 menit lalu, tidak sadar",
        "a car hit a kid on the main road a few minutes ago, he is bleeding",
        "air laut tiba-tiba surut jauh setelah gempa, warga masih di pantai",
        "the sea suddenly pulled back after the quake, kids are still playing on the sand",
        "penyelam tidak muncul lagi ke permukaan sudah 20 menit",
        "my friend dove in off the pier and hasn't come back up",
        "ada anak masuk sumur di belakang rumah, masih terdengar menangis",
        "bayi saya demam tinggi dan tiba-tiba tidak merespon",
        "my baby has a high fever and stopped responding",
        "kapal wisata terbalik, penumpang di laut",
        "perahu wisata tenggelam di dekat pulau, ada anak anak",
        "penyelam wisata belum muncul lagi ke permukaan dari tadi",
    ],
)
def test_a_danger_minutes_old_or_named_by_its_signs_gets_the_pointer(text: str) -> None:
    assert is_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        "gempa minggu lalu merusak rumah kami, ada bantuan?",
        "my father fell off the roof three weeks ago, can we claim insurance",
        "rumah kami terendam banjir, kapan bantuan sembako dibagikan?",
        "jadwal pencairan santunan korban kecelakaan kapal kapan",
        "jadwal kapal wisata ke pulau hari minggu jam berapa",
        "hp saya masuk sumur, bisa diambil tidak",
    ],
)
def test_an_old_event_aid_a_schedule_or_a_dropped_phone_stay_calm(text: str) -> None:
    assert not is_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        "pohon tumbang di jalan, tidak ada yang terluka, siapa yang membersihkan",
        "the fishermen who went missing in the storm were found safe, thank you",
        "korban kecelakaan kapal sudah ditemukan semua, terima kasih tim sar",
        "the ferry that sank was overloaded, who checks passenger limits",
    ],
)
def test_an_outcome_told_or_a_question_of_oversight_is_no_emergency(text: str) -> None:
    assert not is_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        "a car crashed into the river a few seconds ago, the driver is still inside",
        "kapal terbalik beberapa detik yang lalu, ada orang di air",
    ],
)
def test_seconds_ago_is_now(text: str) -> None:
    assert is_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        "the hospital refused to treat my father after his heart attack, who do i complain to",
        "rumah sakit menolak merawat bapak saya setelah serangan jantung, mengadu ke mana",
        "after the flood our well water is dirty, can it be tested",
    ],
)
def test_an_event_told_as_what_came_before_is_over(text: str) -> None:
    assert not is_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        "two people are trapped after the building collapsed",
        "setelah tabrakan, sopirnya tidak sadar dan berdarah",
        "a child is drowning after falling off the boat",
    ],
)
def test_a_danger_told_after_what_caused_it_still_counts(text: str) -> None:
    assert is_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        "butuh surat pengantar hari ini juga, darurat banget min",
        "formulir beasiswa harus dikirim sore ini, tolong darurat sekali",
    ],
)
def test_darurat_measuring_a_need_is_no_event(text: str) -> None:
    assert not is_emergency(text)


def test_darurat_told_with_an_event_still_counts() -> None:
    assert is_emergency("tolong darurat banget, ada orang pingsan di pasar")
