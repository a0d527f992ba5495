"""Round sixteen's hard cases, invented: the Lampung "api" (what) before a possessed
word is no fire, while "api ini", "api disini" and "api udah kesini" are; and the
present told in regional speech ("lagi", "ini", "sekarang", "tadi") against the past
("kemarin", "dulu"), calls for help, and English "is on fire", "stopped breathing",
"trapped" against messages that only name such a word (the shipped cue table)."""

from __future__ import annotations

import pytest

from knowledge_base.emergency import is_emergency
from knowledge_base.emergency_possessed import without_api_possessed

LAMPUNG_WHAT = [
    "nyak haga bikin akta lahir, api syaratni?",
    "api pajakni motor sai lamon",
    "api caroni ngurus kk pindah",
    "api gunani surat keterangan hinji",
    "anak demam, api ubatni di puskesmas?",
    "api berkasni sai harus dibawa",
]

API_IS_FIRE = [
    "api ini makin besar di rumah tetangga",
    "api disini besar sekali, tolong",
    "api udah kesini, rumah kami kena",
    "api dari dapur petani sebelah sudah merambat ke rumah kami",
]


@pytest.mark.parametrize("text", LAMPUNG_WHAT)
def test_lampung_api_before_a_word_with_its_ni_asks_what_and_names_no_fire(text: str) -> None:
    assert not is_emergency(text)


@pytest.mark.parametrize("text", API_IS_FIRE)
def test_api_before_ini_sini_kesini_or_another_everyday_word_is_still_a_fire(text: str) -> None:
    assert is_emergency(text)


def test_only_the_api_of_a_possessed_word_is_dropped_and_the_word_is_kept() -> None:
    assert without_api_possessed(" api syaratni ") == " syaratni "
    assert without_api_possessed(" api ini besar ") == " api ini besar "
    assert without_api_possessed(" api begini ") == " api begini "


HAPPENING_NOW = [
    # regional "now": Sundanese "ayeuna", Javanese "lagi", "saiki"; Banjar "lakasi"
    "aya nu kabawa caah ayeuna, tulungan",
    "budak kabawa caah di walungan, can kapanggih",
    "imah tatangga kahuruan ayeuna, aya budak di jero",
    "keur aya nu gelut mawa bedog di pasar",
    "omahe tonggo lagi kobong, tulung",
    "ular nyokot anakku, sikile bengkak",
    "anak ulun tinggalam di sungai, tolong lakasi",
    "tadi peuting aya maling, ayeuna malingna masih di jero imah",
    "rumah pak rt lagi kebakaran, apinya gede banget",
    "tadi anak saya jatuh ke sumur, masih di dalam",
    "ada anak ditarik masuk mobil di depan minimarket, mobilnya masih di sana",
    # bleeding after a birth, water at the knees, in regional words
    "tulung, bojoku metu getih akeh bar nglairake",
    "bini ambo badarah banyak sasudah malahiakan, bidan alun tibo",
    "pamajikan abdi getihan seueur saatos ngalahirkeun",
    "aie lah masuak rumah, alah salutuik",
    # a denial elsewhere, or no comma: the event still counts
    "rumah kebakaran, padahal tidak ada orang di rumah, apinya makin besar",
    "there is no water in the hydrant and the house is burning",
    # English
    "the kitchen is on fire",
    "grandma just collapsed and stopped breathing",
    "two kids are trapped in the flooded basement",
    "a man is stabbing people at the market",
    "someone is stuck in the elevator and the power is out",
]

ONLY_NAMED = [
    # regional "before": Javanese "wingi", Sundanese "baheula", Minangkabau "kapatang",
    # Manado "kalamarin", Batak Toba "nantoari", Banjar "samalam"
    "wingi ana maling mlebu omah, lapor polisi kudu nggowo apa",
    "baheula aya kacilakaan di dieu, ayeuna jalanna geus dibenerkeun",
    "kapatang ado kecelakaan di simpang, kini urangnyo lah sehat",
    "kalamarin ada tabrakan di jalan trans, sekarang so aman",
    "nantoari adong kecelakaan di simpang, nga sehat be",
    "samalam ada kecelakaan di jalan, kada papa sudah",
    # a scene, a film, a soap: only shown
    "ada adegan orang tenggelam di film tadi, sedih",
    "adegan kebakaran di sinetron semalam serem banget",
    "the house on fire in the movie looked so real",
    # a fire denied
    "alarm asap di sekolah bunyi terus padahal tidak ada api, siapa yang memperbaiki",
    "the alarm went off but there was no fire, who fixes it",
    # said to be no emergency, or only in case; a wife's pregnancy asked about
    "how to report a gas leak smell in our street, not urgent",
    "which hospital has cobra antivenom in case someone gets bitten",
    "bring some antivenom in case a snake bites someone on the hike",
    "bini saya mau melahirkan bulan depan, biaya persalinan berapa",
    "ada pencurian listrik di gang kami tiap malam",
    # counting the victims afterwards
    "lagi ada pendataan korban banjir di rt kami, formulirnya di mana",
    "petugas yang mendata korban longsor minta pungutan",
    "who collects the data of flood victims in our village",
    # now, but an errand, a drill, a hoax or a repair
    "lagi ngurus klaim asuransi kebakaran, berkasnya apa aja",
    "ini ada simulasi banjir di sekolah, warga boleh ikut?",
    "ini hoax ya ada kapal tenggelam di selat?",
    "currently there is a fire safety training at the village hall",
    "my neighbour is repairing his roof after the storm",
    # a stabbing told as news, a past drowning asked about
    "the stabbing at the market last night was on the news",
    "dulu anak saya pernah digigit ular, sekarang sudah sembuh",
]


@pytest.mark.parametrize("text", HAPPENING_NOW)
def test_an_event_told_as_happening_now_in_regional_speech_or_english_gets_the_pointer(
    text: str,
) -> None:
    assert is_emergency(text)


@pytest.mark.parametrize("text", ONLY_NAMED)
def test_an_event_told_as_yesterday_long_ago_shown_in_a_film_or_denied_gets_no_pointer(
    text: str,
) -> None:
    assert not is_emergency(text)


IMAGINED = [
    "seumpama ada yang digigit ular, puskesmas punya serum?",
    "misalkan banjir masuk rumah, barang-barang dievakuasi ke mana",
    "jikalau terjadi longsor, sirenenya ada?",
    "umpamanya ada kebakaran di pasar, hidran ada?",
    "ada pelatihan, misalkan ada orang tenggelam kita harus bagaimana",
    "suppose someone is drowning at the beach, who do we call",
    "suppose there is a fire in the school, what do the kids do",
]

TOLD_BEFORE_A_CONDITION = [
    "rumah tetangga kebakaran, misalkan merambat ke rumah kami gimana, tolong cepat",
    "my son stopped breathing, suppose the ambulance is late what do i do",
]


@pytest.mark.parametrize("text", IMAGINED)
def test_an_event_after_seumpama_misalkan_jikalau_or_suppose_is_only_imagined(text: str) -> None:
    assert not is_emergency(text)


@pytest.mark.parametrize("text", TOLD_BEFORE_A_CONDITION)
def test_an_event_told_before_such_a_condition_still_gets_the_pointer(text: str) -> None:
    assert is_emergency(text)


SUNDANESE_AND_BLOOD_NOW = [
    "urug ngubur imah, aya jalma kakubur",
    "sukuna dipacok oray, ayeuna bareuh",
    "bumil ngeflek banyak darah, usia kandungan 8 bulan",
    "ibu hamil keluar banyak darah, bidan belum datang",
]

BLOOD_SERVICE_OR_A_BURIED_THING = [
    "donor darah: rs butuh banyak darah golongan o",
    "stok darah pmi menipis, donor di mana",
    "pmi butuh banyak darah untuk stok bulan ini",
    "kabel listrik terkubur di bawah trotoar, siapa yang mengurus",
    "kelas senam bumil jadwalnya kapan",
]


@pytest.mark.parametrize("text", SUNDANESE_AND_BLOOD_NOW)
def test_a_landslide_a_snake_bite_or_bleeding_told_in_sundanese_or_chat_gets_the_pointer(
    text: str,
) -> None:
    assert is_emergency(text)


@pytest.mark.parametrize("text", BLOOD_SERVICE_OR_A_BURIED_THING)
def test_the_blood_service_or_a_buried_cable_names_no_bleeding_and_no_burial(text: str) -> None:
    assert not is_emergency(text)
