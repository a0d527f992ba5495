"""An English facet word inside a service's name asks no facet ("a low cost flat" is a
cheap one), and "what time" asks the hour. Invented entries and messages."""

from __future__ import annotations

from knowledge_base.matcher import Intent
from tests.knowledge_base.invented_kb import invented_matcher

HOUSING = """
    - id: rusun-daftar
      agency: perkim
      questions:
        - Bagaimana cara mendaftar untuk tinggal di rusun sewa milik pemda?
        - syarat tinggal di rusun apa saja
      keywords: [rusun, rumah susun sewa, daftar rusun]
      answer: Daftar di UPT rusun dengan KTP, KK dan surat belum punya rumah.
    - id: rusun-tarif
      agency: perkim
      questions:
        - Berapa tarif sewa rusun per bulan?
        - sewa rusun sebulan bayar berapa
      keywords: [tarif sewa rusun, harga sewa rusun]
      answer: Sewa rusun Rp300.000 sampai Rp450.000 per bulan menurut lantainya.
    - id: sampah-jadwal
      agency: dlh
      questions:
        - Jam berapa sampah rumah tangga diangkut dari TPS?
        - jadwal angkut sampah di TPS
      keywords: [jadwal angkut sampah]
      answer: Sampah diangkut dari TPS setiap hari pukul 06.00.
    - id: sampah-besar
      agency: dlh
      questions:
        - Bagaimana minta angkut sampah besar seperti kasur bekas?
      keywords: [angkut sampah besar, buang kasur bekas]
      answer: Hubungi DLH untuk penjemputan sampah besar, gratis sebulan sekali.
    """


def test_a_low_cost_flat_is_applied_for_not_asked_the_price_of() -> None:
    matcher = invented_matcher(HOUSING)
    result = matcher.match("how to apply for a low cost rental flat")
    offered = [entry for entry in (result.entry_id, *result.suggestions) if entry]
    assert offered[0] == "rusun-daftar"
    assert result.entry_id != "rusun-tarif"


def test_the_rent_of_a_flat_asked_in_english_is_the_fee_entry() -> None:
    matcher = invented_matcher(HOUSING)
    result = matcher.match("how much is the monthly rent for a flat")
    assert "rusun-tarif" in (result.entry_id, *result.suggestions)


def test_what_time_the_rubbish_is_picked_up_asks_the_schedule() -> None:
    matcher = invented_matcher(HOUSING)
    result = matcher.match("what time is the rubbish pickup at the TPS")
    assert (result.intent, result.entry_id) == (Intent.FAQ, "sampah-jadwal")


def test_the_rubbish_money_residents_pay_reads_as_the_waste_levy() -> None:
    matcher = invented_matcher(HOUSING)
    assert "retribusi sampah" in matcher.normalise("who do I give the monthly rubbish money to")
    assert "retribusi sampah" in matcher.normalise("garbage fee for a small cafe")
