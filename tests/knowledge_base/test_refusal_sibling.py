"""An entry that names a request only in its answer ("when the request is refused ...")
is still the request entry's sibling in the facet rule, and a word found only in its
answer proposes it for scoring. Invented entries and messages."""

from __future__ import annotations

from tests.knowledge_base.invented_kb import invented_matcher

ARCHIVE = """
    - id: salinan-arsip
      agency: arsip
      question: Bagaimana cara meminta salinan arsip desa?
      keywords: [salinan arsip, arsip desa]
      answer: Isi formulir di loket arsip dengan identitas dan arsip yang dicari.
    - id: keberatan-arsip
      agency: arsip
      question: Kapan pemohon dapat mengajukan keberatan?
      keywords: [keberatan, banding pemohon]
      answer: Bila permintaan salinan arsip desa ditolak atau tidak dijawab, ajukan keberatan
        kepada kepala kantor arsip dalam 30 hari.
    - id: sewa-aula
      agency: umum
      question: Berapa tarif sewa aula desa?
      keywords: [sewa aula]
      answer: Tarif sewa aula diatur peraturan desa.
    """


def test_a_refused_request_is_not_answered_with_the_request_entry() -> None:
    matcher = invented_matcher(ARCHIVE)
    result = matcher.match("salinan arsip desa yang saya minta ditolak, keberatannya gimana")
    assert result.entry_id != "salinan-arsip"
    assert "keberatan-arsip" in (result.entry_id, *result.suggestions)


def test_a_word_found_only_in_an_answer_proposes_its_entry() -> None:
    matcher = invented_matcher(ARCHIVE)
    text = "permintaan saya ditolak petugas"
    ranked = matcher.ranked(text, matcher.analyse(text))
    assert "keberatan-arsip" in [c.entry_id for c in ranked]
