"""A vowel-less chat form of one of the KB's own words ("hlg": hilang, "bdg": bidang,
"jrg": jaring) names no service the entry lacks: it was read as an unknown acronym and
kept the very entry that names the word from being answered. Invented entries."""

from __future__ import annotations

from knowledge_base.matcher import Intent
from knowledge_base.vowels import VowelExpander
from knowledge_base.weighting import salient_terms
from tests.knowledge_base.invented_kb import invented_matcher

CARDS_AND_NETS = """
    - id: kartu-anggota-hilang
      agency: dispusip
      questions:
        - Bagaimana mengurus kartu anggota perpustakaan yang hilang?
        - kartu perpustakaan hilang gimana
      keywords: [kartu perpustakaan hilang]
      answer: Bawa surat kehilangan dari kelurahan ke loket perpustakaan, kartu baru jadi hari itu.
    - id: kartu-anggota-baru
      agency: dispusip
      questions:
        - Bagaimana cara membuat kartu anggota perpustakaan?
      keywords: [daftar anggota perpustakaan]
      answer: Daftar di loket perpustakaan dengan KTP.
    - id: alat-tangkap-larangan
      agency: dkp
      questions:
        - Alat tangkap apa yang dilarang di kawasan konservasi?
      keywords: [jaring di kawasan konservasi]
      answer: Jaring pukat dan bom ikan dilarang; jaring insang boleh di zona pemanfaatan.
    """


def test_a_three_letter_form_dropping_vowels_and_a_nasal_fits_a_word() -> None:
    words = VowelExpander(frequency={"hilang": 1, "bidang": 1, "bandung": 1})
    assert words.fits_any("hlg") and words.fits_any("bdg")
    assert words.expand("bdg") is None  # still not read as either: two words fit


def test_a_real_acronym_fits_no_word_of_the_kb() -> None:
    words = VowelExpander(frequency={"hilang": 1, "perpustakaan": 1})
    assert not words.fits_any("skck") and not words.fits_any("pkb")


def test_a_shortened_kb_word_is_no_service_named() -> None:
    matcher = invented_matcher(CARDS_AND_NETS)
    assert "hlg" not in salient_terms(matcher.index, ("kartu", "hlg"))
    assert "skck" in salient_terms(matcher.index, ("kartu", "skck"))


def test_the_entry_naming_the_shortened_word_is_answered() -> None:
    matcher = invented_matcher(CARDS_AND_NETS)
    lost = matcher.match("kartu perpustakaan hlg, prlu srt kehilangan gk?")
    assert (lost.intent, lost.entry_id) == (Intent.FAQ, "kartu-anggota-hilang")
    nets = matcher.match("jrg insang blh dipake di kawasan konservasi gk?")
    assert (nets.intent, nets.entry_id) == (Intent.FAQ, "alat-tangkap-larangan")
