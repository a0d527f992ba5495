"""A word that names no thing (a numeral, an ordinal, an adverb of manner or time, a
degree or nearness word, the way something goes: "dua", "pertama", "langsung", "dekat",
"lewat") is no thing a short question's best entry lacks: "puskesmas 24 jam dekat
pelabuhan ada gk" asks the round-the-clock health centre entry, which never says
"dekat". A thing it does not name ("hewan": a vet) still withholds it. Invented
entries."""

from __future__ import annotations

from knowledge_base.head import asked_frame_terms, not_head_terms
from knowledge_base.matcher import Intent
from tests.knowledge_base.invented_kb import invented_matcher

HEALTH_CENTRES = """
    - id: puskesmas-24-jam
      agency: dinkes
      questions:
        - Puskesmas mana yang buka 24 jam?
      keywords: [puskesmas 24 jam]
      answer: Puskesmas Pelabuhan dan Puskesmas Kota melayani rawat inap dan UGD 24 jam.
    - id: puskesmas-jadwal
      agency: dinkes
      questions:
        - Jam berapa puskesmas buka?
      keywords: [jadwal puskesmas]
      answer: Puskesmas buka Senin sampai Sabtu pukul 08.00, antrean dekat loket pendaftaran.
    - id: puskesmas-rujukan
      agency: dinkes
      questions:
        - Bagaimana minta rujukan dari puskesmas ke rumah sakit?
      keywords: [rujukan puskesmas]
      answer: Dokter memberi surat rujukan bila perlu, langsung dibawa ke rumah sakit.
    """


def test_numerals_and_adverbs_are_neither_heads_nor_things_lacked() -> None:
    index = invented_matcher(HEALTH_CENTRES).index
    words = {index.normaliser.term(w) for w in ("dua", "pertama", "langsung", "dekat", "lewat")}
    assert words <= not_head_terms(index) and words <= asked_frame_terms(index)


def test_a_short_question_with_a_nearness_word_answers_its_entry() -> None:
    result = invented_matcher(HEALTH_CENTRES).match("puskesmas 24 jam dekat pelabuhan ada gk")
    assert (result.intent, result.entry_id) == (Intent.FAQ, "puskesmas-24-jam")


def test_a_thing_the_entry_does_not_name_still_withholds_it() -> None:
    result = invented_matcher(HEALTH_CENTRES).match("puskesmas 24 jam hewan ada gk")
    assert result.intent != Intent.FAQ and "puskesmas-24-jam" in result.suggestions
