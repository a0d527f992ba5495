"""A knowledge base's own acronym, written in capitals, that a chat shortening table
reads as a function word ("TPI", a fish auction hall, read "tapi", but) is kept as
written in that KB: read as the function word, no entry could be found by it (see
knowledge_base.shortenings.kept_acronyms). Invented entries and messages."""

from __future__ import annotations

from knowledge_base.matcher import Intent
from tests.knowledge_base.invented_kb import invented_matcher

HARBOUR = """
    - id: lelang-jadwal
      agency: x
      questions:
        - Kapan lelang ikan di TPI desa dibuka setiap hari?
        - TPI buka jam berapa
      keywords: [jadwal lelang ikan]
      answer: Lelang ikan di TPI desa dibuka pukul 05.00 sampai 09.00.
    - id: kartu-nelayan
      agency: x
      questions:
        - Bagaimana cara membuat kartu nelayan desa?
        - bikin kartu nelayan di mana
      keywords: [kartu nelayan]
      answer: Kartu nelayan dibuat di kantor dinas perikanan dengan KTP.
    """

PLAIN = """
    - id: kartu-nelayan
      agency: x
      question: Bagaimana cara membuat kartu nelayan desa?
      keywords: [kartu nelayan]
      answer: Kartu nelayan dibuat di kantor dinas perikanan dengan KTP.
    """


def test_the_kb_acronym_in_a_chat_message_is_kept_and_finds_its_entry() -> None:
    matcher = invented_matcher(HARBOUR)
    assert "tpi" in matcher.normalise("tpi desa mulai jam brp").split()
    result = matcher.match("tpi desa mulai jam brp")
    assert (result.intent, result.entry_id) == (Intent.FAQ, "lelang-jadwal")


def test_a_kb_without_the_acronym_still_reads_the_chat_shortening() -> None:
    matcher = invented_matcher(PLAIN)
    assert matcher.normalise("tpi kartu nelayan bikin di mana").split()[0] == "tapi"


LAND = """
    - id: surat-tanah
      agency: x
      questions:
        - Apa syarat membuat SKT untuk kebun warga?
        - bikin SKT di kantor desa bawa apa
      keywords: [surat keterangan tanah]
      answer: SKT dibuat di kantor desa dengan KTP dan tanda tangan tetangga batas.
    - id: berobat-gratis
      agency: x
      question: Di mana warga yang sakit bisa berobat gratis?
      keywords: [berobat gratis]
      answer: Warga berobat gratis di puskesmas dengan KTP.
    """


def test_a_kb_acronym_that_drops_a_chat_words_vowels_is_kept() -> None:
    # "SKT" (a land letter) spells "sakit" (ill) without its vowels: a chat table reads
    # "skt" so, and every ill resident would have found the land letter
    matcher = invented_matcher(LAND)
    assert "skt" in matcher.normalise("syarat skt kebun apa").split()
    result = matcher.match("syarat skt kebun apa")
    assert (result.intent, result.entry_id) == (Intent.FAQ, "surat-tanah")
