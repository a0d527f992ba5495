"""Emergencies of a coastal or rural regency (a boat capsized or adrift, a fisherman not
back from the sea, someone swept out by the current or cut off by the tide, a farmer
struck in the field, livestock running amok), told in Indonesian, English, Javanese or
Sundanese; the questions and past events that only name them; and a greeting in front
of an emergency, which is no chatter.

The messages are written for this test, not taken from the benchmark sets."""

from __future__ import annotations

import pytest

from knowledge_base.emergency import is_emergency
from knowledge_base.matcher import Intent
from tests.knowledge_base.invented_kb import invented_matcher

AT_SEA = [
    "bocah keseret ombak di pantai, tolong cepat",
    "adik saya kegulung ombak waktu main di pantai",
    "jukung bapak saya tidak pulang dari melaut sejak subuh, hp tidak aktif",
    "pemancing terjebak air pasang di karang, tidak bisa balik",
    "kapal kayu karam di selat, penumpangnya minta tolong",
    "kapal nelayan kebalik ning segara, wonten tiyang ing banyu",
    "a kid got pulled out by the current at the beach",
    "my son was swept out by the waves, we cant see him",
    "the current took my friend, he is too far out",
    "a fishing boat has not returned, the crew is missing since this morning",
    "the boat is taking water and the engine is dead, we are far from shore",
    "our boat engine died and we are drifting, waves are huge",
    "two tourists are cut off by the tide on the headland",
    "kapal motor miring dan mulai kemasukan air di tengah teluk",
    "perahu pecah dihantam ombak, tiga orang terapung pegangan jeriken",
    "a diver did not come up, it has been twenty minutes",
    "the ferry is listing badly and water is coming in",
]
FIELDS_AND_LIVESTOCK = [
    "kawanan gajah liar masuk kampung merusak rumah",
    "petani kesambar petir di sawah, tidak bergerak",
    "bapak diseruduk sapi di kandang, perutnya berdarah",
    "a cow kicked my grandfather in the head, he is not waking up",
    "the barn is on fire with the animals inside",
    "penambang terjebak di lubang galian pasir",
    "cows are trampling people at the cattle market",
]
JAVANESE_AND_SUNDANESE = [
    "mbah kulo ambruk ning sawah mboten sadar",
    "bapakku ora sadar, ambegane ora ono",
    "bapak kulo mboten saget ambegan",
    "bocah keli nang kali, durung ketemu",
    "ana maling mlebu omah saiki",
    "simbah tiba ning pawon, sirahe getihen",
    "budak tilelep di walungan",
    "bapa teu sadar di sawah",
    "bapa abdi teu tiasa napas",
    "omahku kebanjiran banyune munggah terus",
    "mbah tibo soko wit klapa, ora eling",
    "ambegane simbah sesek banget, tulung",
    "budak kuring ragrag ti tangkal, teu sadar",
    "aya kacilakaan di jalan raya, aya nu getihan",
    "anak saya step, badannya panas banget",
]
RISING_WATER = [
    "the water keeps rising in our house, we are on the roof",
    "kami sekeluarga bertahan di atap, air banjir sudah sedada",
    "rumah kebanjiran, airnya masuk kamar dan terus naik",
    "the flood water is rising fast in the street, kids are still inside",
]
ONLY_NAMED = [
    "perahu saya terbalik tahun lalu, bisa dapat bantuan perahu?",
    "asuransi jiwa nelayan kalau hilang di laut klaimnya gimana",
    "bantuan untuk nelayan yang perahunya rusak diterjang ombak",
    "kalau ada kapal terbalik lapornya ke mana",
    "berapa korban kapal tenggelam di selat tahun lalu",
    "sapi saya mati kesambar petir kemarin, ada ganti rugi?",
    "harga ikan terus naik, ada operasi pasar?",
    "mbah kulo badhe nyuwun surat keterangan tidak mampu",
    "kenapa bantuan ora cair",
    "tes tes, ini nomor buat lapor kebakaran ya? cuma nanya",
    "nonton sinetron kebakaran gedung semalem",
    "my boat capsized last month, is there compensation",
    "what to do if a boat capsizes, asking for the training",
    "how do i register my boat",
    "pasar terapung ramai pengunjung tiap minggu, parkirnya di mana",
    "we are clinging to hope that the permit is approved",
    "water is coming in through the ceiling when it rains, who fixes it",
]


@pytest.mark.parametrize("text", AT_SEA)
def test_a_boat_or_a_swimmer_in_danger_at_sea_is_an_emergency(text: str) -> None:
    assert is_emergency(text)


@pytest.mark.parametrize("text", FIELDS_AND_LIVESTOCK)
def test_danger_in_the_fields_or_from_animals_is_an_emergency(text: str) -> None:
    assert is_emergency(text)


@pytest.mark.parametrize("text", JAVANESE_AND_SUNDANESE)
def test_an_emergency_told_in_javanese_or_sundanese_is_an_emergency(text: str) -> None:
    assert is_emergency(text)


@pytest.mark.parametrize("text", RISING_WATER)
def test_flood_water_still_rising_is_an_emergency(text: str) -> None:
    assert is_emergency(text)


@pytest.mark.parametrize("text", ONLY_NAMED)
def test_a_question_or_a_past_event_at_sea_or_in_the_fields_is_not(text: str) -> None:
    assert not is_emergency(text)


_KB = """
- id: ktp-baru
  agency: disdukcapil
  question: Bagaimana cara membuat KTP baru?
  keywords: [ktp]
  answer: Datang ke kantor Disdukcapil dengan membawa KK.
"""


@pytest.mark.parametrize(
    "text",
    ["halo min, tenggelam", "hello admin, fire!", "pagi bu, maling!", "halo min begal"],
)
def test_a_greeting_in_front_of_an_emergency_still_points_to_112(text: str) -> None:
    result = invented_matcher(_KB).match(text)
    assert result.emergency
    assert result.intent is not Intent.SMALLTALK


def test_a_plain_greeting_is_still_chatter_without_the_pointer() -> None:
    result = invented_matcher(_KB).match("halo min")
    assert result.intent is Intent.SMALLTALK
    assert not result.emergency


HAPPENING_DESPITE_A_TIME_OR_A_WHEELCHAIR = [
    "anak saya umur 3 thn hilang dari 10 menit lalu di dekat kali",
    "my mother's speech is slurred and her arm is weak, started 10 mins ago",
    "my 5 year old daughter was at the pond a few minutes ago and now she is gone",
    "flood water is pouring in, my father in a wheelchair is still inside",
    "barusan ada orang coba narik anak saya masuk mobil di depan sekolah",
    "a man tried to drag a boy into his car, they are still circling the street",
]
NOTHING_HAPPENING = [
    "wkwk aku tenggelam dalam tugas kantor minggu ini",
    "lagi mabar, tim gw kebakar semua hahaha",
    "laptop saya mati abis kecebur air, servis resmi di mana ya",
    "kucing tetangga nyangkut di atap, damkar bisa bantu ga",
    "our cat is stuck up a tree since morning, can the fire brigade help?",
    "i am drowning in paperwork for this permit lol",
]


@pytest.mark.parametrize("text", HAPPENING_DESPITE_A_TIME_OR_A_WHEELCHAIR)
def test_minutes_ago_a_wheelchair_or_an_attempt_still_make_an_emergency(text: str) -> None:
    assert is_emergency(text)


@pytest.mark.parametrize("text", NOTHING_HAPPENING)
def test_a_laugh_a_game_a_figure_of_speech_or_a_pet_is_no_emergency(text: str) -> None:
    assert not is_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        "kalau anak kejang harus bagaimana",
        "kalo bayi tersedak harus gimana",
        "if someone is choking what do i do",
        "misalnya perahu terbalik di tengah laut, harus bagaimana",
    ],
)
def test_a_message_opening_on_a_condition_imagines_the_event(text: str) -> None:
    assert not is_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        "kalau bisa tolong cepat, bapak saya pingsan tidak sadar",
        "kalo ga salah ada kebakaran di pasar sekarang, apinya besar",
        "anak saya kejang sekarang, harus gimana",
    ],
)
def test_politeness_or_a_hedge_is_no_condition(text: str) -> None:
    assert is_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        "nelayan berangkat melaut kemarin sore, sampai sekarang belum kembali",
        "my brother went fishing yesterday and is still not back",
        "bapak saya jatuh tadi malam, sampai sekarang belum sadar",
    ],
)
def test_an_event_begun_yesterday_that_still_goes_on_is_an_emergency(text: str) -> None:
    assert is_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        "kemarin pohon tumbang menimpa rumah, sampai sekarang belum dipotong",
        "suami saya hilang sebulan lalu, sampai sekarang belum pulang",
        "korban longsor tahun lalu hingga kini belum ditemukan",
    ],
)
def test_a_wait_for_repairs_or_a_loss_weeks_ago_is_no_emergency(text: str) -> None:
    assert not is_emergency(text)


def test_a_vessel_leaking_at_sea_with_people_aboard_is_an_emergency() -> None:
    assert is_emergency(
        "kapal motor dari pelabuhan lama ke pulau seberang bocor di tengah laut, penumpang panik"
    )
    assert is_emergency("our ferry is taking on water, passengers are putting on life jackets")


def test_a_roof_leaking_in_the_rain_is_no_vessel_at_sea() -> None:
    assert not is_emergency("atap rumah bocor di tengah hujan deras, bisa minta terpal?")
