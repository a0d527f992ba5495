"""A short message asking a live value (what a thing costs today or by the kilo,
tomorrow's weather, this year's minimum wage) is answered only by an entry naming what
it asks: a FAQ answer holds no market price of the day. Otherwise the entry it shares
other words with is offered, not answered."""

from __future__ import annotations

import pytest

from knowledge_base.decision import Thresholds
from knowledge_base.live_values import asked_value
from knowledge_base.matcher import Intent, Matcher, MatcherConfig
from tests.knowledge_base.invented_kb import invented_kb, invented_matcher

ENTRIES = """
- id: sewa-lapak-pasar
  agency: disperindag
  questions:
    - Bagaimana cara menyewa lapak di pasar kota?
    - sewa lapak pasar berapa sebulan
  keywords: [sewa lapak, lapak pasar kota]
  answer: Lapak pasar kota disewa di kantor pengelola pasar, Rp150.000 sebulan.
- id: harga-gas-melon
  agency: disperindag
  questions:
    - Berapa harga eceran tertinggi gas elpiji 3 kg di pangkalan?
    - harga gas melon di pangkalan berapa
  keywords: [het elpiji, gas melon]
  answer: Harga eceran tertinggi elpiji 3 kg di pangkalan Rp19.000 per tabung.
- id: tiket-perahu-wisata
  agency: dishub
  questions:
    - Berapa tarif perahu wisata ke pulau karang?
    - jadwal perahu wisata ke pulau karang
  keywords: [perahu wisata, dermaga wisata]
  answer: Perahu wisata ke Pulau Karang berangkat pukul 08.00 dari dermaga wisata,
    tiket Rp40.000; saat ombak tinggi pelayaran dibatalkan.
"""


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return invented_matcher(ENTRIES)


@pytest.mark.parametrize(
    "message",
    [
        "harga bawang merah di pasar kota hari ini berapa",
        "hrg telur ayam di pasar kota skrg brp sekilo",
        "prakiraan cuaca besok di pulau karang gimana",
        "tinggi gelombang besok di perairan pulau karang berapa meter",
        "harga beras di pasar kota sekilo brp",
        "what is the current price of shallots at the city market",
        "rego brambang nang pasar kota dino iki piro",
        "harga bawang merah ini hari di pasar kota berapa",
    ],
)
def test_a_live_value_the_entry_does_not_name_is_offered_not_answered(
    matcher: Matcher, message: str
) -> None:
    result = matcher.match(message)
    assert result.intent is not Intent.FAQ
    assert result.suggestions


@pytest.mark.parametrize(
    ("message", "entry_id"),
    [
        ("harga gas melon di pangkalan hari ini berapa", "harga-gas-melon"),
        ("sewa lapak pasar kota sekarang berapa sebulan", "sewa-lapak-pasar"),
        ("perahu wisata ke pulau karang besok jam berapa", "tiket-perahu-wisata"),
    ],
)
def test_an_entry_naming_the_priced_thing_or_asked_without_a_live_value_answers(
    matcher: Matcher, message: str, entry_id: str
) -> None:
    result = matcher.match(message)
    assert (result.intent, result.entry_id) == (Intent.FAQ, entry_id)


def test_the_priced_thing_is_read_after_the_price_word_and_before_it_in_english() -> None:
    matcher = invented_matcher(ENTRIES)
    index = matcher.index
    said = matcher.analyse("harga bawang merah hari ini").tokens
    assert asked_value(index, said, said) == {"bawang", "merah"}
    english = matcher.analyse("the fish price now").tokens
    assert asked_value(index, english, english) == {"ikan"}


def test_a_long_story_naming_todays_prices_asks_no_live_value() -> None:
    matcher = invented_matcher(ENTRIES)
    story = matcher.analyse(
        "saya pedagang sayur, harga cabai sekarang naik terus dan pembeli sepi, "
        "kalau mau pindah ke lapak yang lebih kecil di pasar kota sewanya berapa"
    ).tokens
    assert asked_value(matcher.index, story, story) == frozenset()


def test_without_the_guard_the_market_stall_answers_todays_onion_price() -> None:
    config = MatcherConfig(thresholds=Thresholds(live_values=False))
    plain = Matcher(invented_kb(ENTRIES), config)
    guarded = invented_matcher(ENTRIES)
    message = "harga bawang merah di pasar kota hari ini berapa"
    assert (plain.match(message).intent, plain.match(message).entry_id) == (
        Intent.FAQ,
        "sewa-lapak-pasar",
    )
    offered = guarded.match(message)
    assert (offered.intent, offered.suggestions[:1]) == (Intent.NONE, ("sewa-lapak-pasar",))


JOBS = """
- id: bursa-kerja
  agency: disnaker
  questions:
    - Kapan bursa kerja untuk pencari kerja pabrik diadakan tahun ini?
    - job fair pabrik kapan
  keywords: [bursa kerja, job fair]
  answer: Bursa kerja diadakan tiap Mei dan Oktober di gedung serbaguna; bawa CV.
"""
WAGE = """
- id: upah-minimum
  agency: disnaker
  question: Berapa UMK kabupaten tahun ini?
  keywords: [umk, upah minimum]
  answer: UMK tahun ini Rp2.900.000 sebulan untuk pekerja lajang.
"""


def test_this_year_s_minimum_wage_is_answered_only_by_an_entry_naming_it() -> None:
    message = "umk pekerja pabrik sekarang brp"
    offered = invented_matcher(JOBS).match(message)
    assert (offered.intent, offered.suggestions[:1]) == (Intent.NONE, ("bursa-kerja",))
    answered = invented_matcher(JOBS, WAGE).match(message)
    assert (answered.intent, answered.entry_id) == (Intent.FAQ, "upah-minimum")


HAZE = """
- id: masker-kabut-asap
  agency: bpbd
  questions:
    - Di mana warga bisa mendapat masker gratis saat kabut asap?
    - masker asap dibagi di mana
  keywords: [masker gratis, kabut asap, ispu]
  answer: Saat ISPU tidak sehat, posko asap di kantor kecamatan membagikan masker gratis.
"""
AIR_INDEX = """
- id: ispu-harian
  agency: dlh
  question: Di mana melihat angka ISPU hari ini?
  keywords: [kualitas udara]
  answer: Angka ISPU harian diumumkan DLH setiap pukul 10.00 di papan informasi kantor.
"""


def test_today_s_air_index_is_answered_only_by_an_entry_about_it() -> None:
    """An entry naming the index among its keywords (masks are handed out when it is
    high) holds no value of the day: only one whose canonical question asks it does."""
    message = "ispu di kota hari ini berapa"
    offered = invented_matcher(HAZE).match(message)
    assert (offered.intent, offered.suggestions[:1]) == (Intent.NONE, ("masker-kabut-asap",))
    answered = invented_matcher(HAZE, AIR_INDEX).match("angka ispu hari ini berapa")
    assert (answered.intent, answered.entry_id) == (Intent.FAQ, "ispu-harian")


SEED_AID = """
- id: bantuan-benih-padi
  agency: distan
  questions:
    - Bagaimana kelompok tani mendapat bantuan benih padi?
    - bantuan benih padi unggul untuk kelompok tani
  keywords: [benih padi, bantuan benih, kelompok tani]
  answer: Kelompok tani mengajukan proposal lewat penyuluh; benih padi unggul dibagikan
    gratis sebelum musim tanam.
"""


def test_a_price_of_now_is_not_answered_by_an_entry_naming_the_thing_but_no_price() -> None:
    """The seed-aid entry names the seed, but neither a price nor a sum of money: what a
    kilo of seed costs at a shop today is no question it answers."""
    result = invented_matcher(SEED_AID).match("harga benih padi unggul di toko sekarang berapa")
    assert (result.intent, result.suggestions[:1]) == (Intent.NONE, ("bantuan-benih-padi",))


def test_an_entry_quoting_a_sum_of_money_answers_a_price_of_now(matcher: Matcher) -> None:
    result = matcher.match("harga tiket perahu wisata ke pulau karang sekarang berapa")
    assert (result.intent, result.entry_id) == (Intent.FAQ, "tiket-perahu-wisata")


NEST_TAX = """
- id: pajak-sarang-walet
  agency: bapenda
  questions:
    - Bagaimana cara membayar pajak sarang burung walet?
    - panen walet kena pajak berapa persen
  keywords: [pajak walet, sarang burung walet]
  answer: Pajak sarang walet 10% dari nilai jual panen, dihitung dari berat panen dan
    harga patokan yang ditetapkan bupati.
- id: lelang-karet
  agency: disbun
  questions:
    - Bagaimana cara menjual karet lewat pasar lelang karet?
    - syarat getah karet bersih biar harganya bagus di lelang
  keywords: [pasar lelang karet, lelang getah]
  answer: Lelang karet digelar tiap Kamis; karet bersih tanpa tanah dan batu dapat
    harga lebih baik.
- id: resi-gudang-lada
  agency: disbun
  questions:
    - Bagaimana cara menyimpan lada di gudang resi untuk jaminan pinjaman?
    - harga lada lagi jatuh, bisa simpan di gudang pemerintah dulu?
  keywords: [resi gudang, gudang lada]
  answer: Gudang resi menerima lada kering; resinya jadi jaminan pinjaman di bank sambil
    menunggu harga membaik.
"""


@pytest.mark.parametrize(
    "message",
    [
        "harga sarang walet per kilo sekarang turun ya?",
        "sarang burung walet harganya berapa sekilo hari ini",
        "harga getah karet di pengepul hari ini berapa sekilo",
        "what's the price of rubber per kilo at the market today",
        "rega lada sekilo dino iki piro",
    ],
)
def test_a_market_price_is_not_answered_by_an_entry_that_only_speaks_of_price(
    message: str,
) -> None:
    """A tax on the nests, an auction where clean rubber fetches a better price, a
    warehouse to wait out a low price: each speaks of the thing's price but sets none,
    and the message asks nothing else of it."""
    result = invented_matcher(NEST_TAX).match(message)
    assert result.intent is Intent.NONE
    assert result.suggestions


def test_a_price_told_beside_another_ask_the_entry_answers_keeps_its_answer() -> None:
    result = invented_matcher(NEST_TAX).match(
        "harga lada sekarang jatuh, bisa simpan di gudang resi buat jaminan pinjaman?"
    )
    assert (result.intent, result.entry_id) == (Intent.FAQ, "resi-gudang-lada")


def test_rain_is_no_forecast_but_the_rainy_season_is() -> None:
    matcher = invented_matcher(ENTRIES)
    index = matcher.index
    late = matcher.analyse("perahu wisata besok batal karena hujan?").tokens
    assert asked_value(index, late, late) == frozenset()
    season = matcher.analyse("musim hujan tahun ini mulai kapan").tokens
    assert asked_value(index, season, season) == {"musim", "hujan"}
