"""Checking whether a bill is paid or owed ("cek", "sudah lunas", "tunggakan") is a
facet of its own: such a message is answered with the entry for looking the bill up,
not with its sibling for paying it. Invented entries and messages."""

from __future__ import annotations

from knowledge_base.facets import entry_facets, word_forms
from tests.knowledge_base.invented_kb import invented_matcher

WATER = """
    - id: bayar-rekening-air-online
      agency: pdam
      questions:
        - Apa saja kanal pembayaran rekening air secara online?
        - Apakah rekening air bisa dibayar lewat dompet digital?
      keywords: [rekening air online, qris pdam]
      answer: Rekening air dapat dibayar lewat mobile banking, QRIS dan dompet digital;
        simpan bukti bayar sebagai tanda lunas.
    - id: cek-rekening-air
      agency: pdam
      questions:
        - Bagaimana cara mengecek jumlah rekening air dan tunggakannya?
        - Di mana melihat apakah rekening air bulan lalu sudah lunas?
      keywords: [cek rekening air, tunggakan air]
      answer: Rekening dan tunggakan dapat dicek online di situs PDAM dengan nomor
        pelanggan.
    - id: pasang-baru-air
      agency: pdam
      question: Bagaimana cara pasang sambungan air baru?
      keywords: [sambungan baru pdam]
      answer: Daftar di kantor PDAM dengan KTP dan denah lokasi.
    """


def test_checking_a_bill_asks_the_check_facet() -> None:
    matcher = invented_matcher(WATER)
    index = matcher.index
    facets = entry_facets(index)
    tokens = matcher.analyse("rekening air udah lunas belum ya").tokens
    assert "check" in facets.asked(word_forms(index.normaliser, tokens))
    ids = [e.entry.id for e in index.entries]
    assert facets.profiles[ids.index("cek-rekening-air")]["check"] == 1.0
    assert "check" not in facets.profiles[ids.index("bayar-rekening-air-online")]


def test_checking_a_bill_online_is_answered_with_the_check_entry() -> None:
    matcher = invented_matcher(WATER)
    for text in (
        "cek rekening air onlen",
        "rekening air online udah lunas blm",
        "air online lunas ga",
    ):
        assert matcher.match(text).entry_id == "cek-rekening-air", text


def test_paying_a_bill_online_is_still_answered_with_the_payment_entry() -> None:
    matcher = invented_matcher(WATER)
    assert matcher.match("bayar rekening air online bisa pake qris?").entry_id == (
        "bayar-rekening-air-online"
    )


def test_a_bill_still_owed_asks_the_check_facet_not_the_cost() -> None:
    matcher = invented_matcher(WATER)
    index = matcher.index
    facets = entry_facets(index)
    for text in (
        "rekening air bulan kemarin masih ada yang belum dibayar ga",
        "rekening air taun lalu udh ketutup apa blm",
    ):
        asked = facets.asked(word_forms(index.normaliser, matcher.analyse(text).tokens))
        assert "check" in asked and "cost" not in asked, text


def test_a_price_beside_a_check_is_still_asked() -> None:
    matcher = invented_matcher(WATER)
    index = matcher.index
    tokens = matcher.analyse("cek dulu rekening air, tarifnya berapa sekarang").tokens
    asked = entry_facets(index).asked(word_forms(index.normaliser, tokens))
    assert {"check", "cost"} <= asked


def test_asking_whether_old_water_bills_are_still_owed_puts_the_check_entry_first() -> None:
    matcher = invented_matcher(WATER)
    text = "mau tau rekening air dari bulan2 lalu masih ada yg belum dibayar atau tidak"
    result = matcher.match(text)
    assert result.entry_id != "bayar-rekening-air-online"
    assert (result.entry_id or result.suggestions[0]) == "cek-rekening-air"
