"""Relief from a charge asked of the entry on paying it goes to the relief entry; a relief
word naming another thing, or denied, does not. Invented entries and messages."""

from __future__ import annotations

from knowledge_base.matcher import Intent
from tests.knowledge_base.invented_kb import invented_matcher

TAXES = """
    - id: retribusi-pasar-bayar
      agency: disperindag
      questions:
        - Di mana dan bagaimana cara membayar retribusi los pasar?
        - bayar retribusi los pasar bisa lewat hp?
      keywords: [bayar retribusi los, retribusi pasar]
      answer: Retribusi los dibayar di loket UPT pasar atau lewat aplikasi bank daerah.
    - id: retribusi-pasar-keringanan
      agency: disperindag
      questions:
        - Apakah pedagang kecil dapat mengajukan keringanan retribusi los pasar?
      keywords: [keringanan retribusi]
      answer: Ajukan surat ke kepala UPT pasar dengan bukti omzet sebelum bayar.
    - id: pajak-papan-toko
      agency: bapenda
      questions:
        - Apakah papan nama dan spanduk di depan toko kena pajak?
        - pasang spanduk promo di depan toko kena pajak ga
      keywords: [pajak spanduk, pajak papan nama]
      answer: Spanduk di atas luas tertentu dikenai pajak, dihitung dari luas dan lama.
    """


def test_a_seller_who_cannot_pay_and_asks_a_cut_gets_the_relief_entry() -> None:
    result = invented_matcher(TAXES).match(
        "dagangan sepi, saya tidak sanggup bayar retribusi los pasar, bisa minta dipotong?"
    )
    assert (result.intent, result.entry_id) == (Intent.FAQ, "retribusi-pasar-keringanan")


def test_a_yes_no_tag_before_the_relief_word_denies_nothing() -> None:
    result = invented_matcher(TAXES).match(
        "los pasar saya sepi, bayar retribusinya boleh tidak minta dikurangi"
    )
    assert (result.intent, result.entry_id) == (Intent.FAQ, "retribusi-pasar-keringanan")


def test_a_denied_relief_leaves_the_paying_entry() -> None:
    result = invented_matcher(TAXES).match(
        "tidak minta keringanan kok, cuma mau tahu bayar retribusi los pasar lewat hp bisa?"
    )
    assert (result.intent, result.entry_id) == (Intent.FAQ, "retribusi-pasar-bayar")


def test_a_discount_banner_asks_the_banner_tax_not_relief() -> None:
    result = invented_matcher(TAXES).match("spanduk diskon di depan toko kena pajak juga?")
    assert (result.intent, result.entry_id) == (Intent.FAQ, "pajak-papan-toko")
