"""The facet rule against the words (see knowledge_base.facet_contest): a sibling that
asks the message's facet but covers clearly less of its topic does not take the answer
from an entry the words put far ahead; both are offered. Invented entries and messages."""

from __future__ import annotations

from knowledge_base.facet_contest import overturns_words
from knowledge_base.facets import Contender
from knowledge_base.matcher import Intent
from knowledge_base.weighting import ScoringWeights
from tests.knowledge_base.invented_kb import invented_matcher

TOURIST_TRAIN = """
    - id: kartu-kereta-isi
      agency: dishub
      questions:
        - Di mana membeli dan mengisi saldo kartu kereta wisata?
        - kartu kereta wisata belinya di mana
        - isi ulang kartu kereta wisata bisa di minimarket?
      keywords: [kartu kereta wisata, isi saldo kartu kereta]
      answer: Kartu dijual di loket stasiun dan bisa diisi ulang di minimarket.
    - id: kereta-wisata-tarif
      agency: dishub
      questions:
        - Berapa tarif naik kereta wisata?
        - kereta wisata bayar berapa sekali naik
        - ongkos kereta wisata untuk anak sekolah
      keywords: [tarif kereta wisata, harga tiket kereta wisata]
      answer: Tarif sekali naik Rp5.000, dibayar tunai di loket; pelajar berseragam gratis.
    - id: kereta-wisata-jadwal
      agency: dishub
      questions:
        - Jam berapa kereta wisata mulai beroperasi?
        - jadwal kereta wisata hari minggu
      keywords: [jadwal kereta wisata]
      answer: Kereta wisata beroperasi pukul 08.00 sampai 17.00.
    - id: kk-baru
      agency: disdukcapil
      questions:
        - Bagaimana membuat kartu keluarga baru setelah menikah?
        - bikin kk baru habis nikah gimana
      keywords: [kk baru, kartu keluarga baru]
      answer: Bawa buku nikah dan KK lama orang tua ke kecamatan.
    - id: dokumen-gratis
      agency: disdukcapil
      questions:
        - Apakah membuat KK baru, KTP dan akta dipungut biaya?
        - urus kk atau ktp bayar ga
      keywords: [biaya dokumen kependudukan]
      answer: Semua dokumen kependudukan gratis, tidak dipungut biaya.
    """


def test_paying_for_the_card_is_neither_the_card_nor_the_fare_but_both_offered() -> None:
    matcher = invented_matcher(TOURIST_TRAIN)
    result = matcher.match("beli kartu kereta wisata bayarnya tunai atau transfer")
    assert result.intent is Intent.NONE
    assert result.suggestions[:2] == ("kartu-kereta-isi", "kereta-wisata-tarif")


def test_the_fare_asked_of_the_train_alone_is_still_answered_with_the_fare() -> None:
    matcher = invented_matcher(TOURIST_TRAIN)
    result = matcher.match("kereta wisata bayar berapa")
    assert (result.intent, result.entry_id) == (Intent.FAQ, "kereta-wisata-tarif")


WASTE_AND_CAFES = """
    - id: retribusi-sampah
      agency: dlh
      questions:
        - Berapa retribusi sampah untuk rumah tangga dan usaha?
        - iuran sampah rumah per bulan berapa
      keywords: [retribusi sampah, iuran sampah]
      answer: Retribusi sampah rumah tangga Rp10.000 dan usaha Rp25.000 per bulan.
    - id: pajak-rumah-makan
      agency: bapenda
      questions:
        - Berapa pajak restoran untuk kafe dan rumah makan?
        - kafe kecil kena pajak restoran berapa persen
      keywords: [pajak restoran, pajak kafe]
      answer: Pajak restoran 10 persen dari omzet, untuk kafe dan rumah makan di atas batas.
    - id: angkut-sampah
      agency: dlh
      questions:
        - Jam berapa sampah diangkut dari TPS?
      keywords: [jadwal angkut sampah]
      answer: Sampah diangkut setiap pagi pukul 06.00.
    """


def test_a_levy_named_whole_is_not_passed_by_another_fee_on_the_other_words() -> None:
    matcher = invented_matcher(WASTE_AND_CAFES)
    result = matcher.match("garbage fee for a small cafe")
    assert result.intent is Intent.NONE
    assert result.suggestions[:2] == ("retribusi-sampah", "pajak-rumah-makan")


def test_the_levy_asked_for_a_cafe_in_so_many_words_is_answered() -> None:
    matcher = invented_matcher(WASTE_AND_CAFES)
    result = matcher.match("iuran sampah kafe kecil")
    assert (result.intent, result.entry_id) == (Intent.FAQ, "retribusi-sampah")


def _contenders(lead: float, sibling_topic: float) -> list[Contender]:
    return [Contender(0, 80.0, 1.0), Contender(1, 80.0 - lead, sibling_topic)]


WEIGHTS = ScoringWeights(facet_demotion=35.0)


def _asks_nothing(position: int) -> bool:
    return False


def test_a_sibling_covering_the_whole_topic_takes_even_a_wide_lead() -> None:
    assert not overturns_words(_contenders(30.0, 1.0), {0}, WEIGHTS, _asks_nothing)


def test_a_sibling_covering_part_of_the_topic_does_not_take_a_wide_lead() -> None:
    assert overturns_words(_contenders(30.0, 0.6), {0}, WEIGHTS, _asks_nothing)


def test_a_wide_lead_that_asks_the_facet_too_is_not_taken_on_the_topic_alone() -> None:
    assert overturns_words(_contenders(30.0, 1.0), {0}, WEIGHTS, lambda position: True)


def test_a_sibling_close_behind_takes_the_lead_whatever_it_covers() -> None:
    assert not overturns_words(_contenders(10.0, 0.6), {0}, WEIGHTS, _asks_nothing)


def test_a_demotion_that_leaves_the_leader_first_is_no_contest() -> None:
    assert not overturns_words(_contenders(40.0, 0.6), {0}, WEIGHTS, _asks_nothing)
