"""The informative-words inputs that ``bench/kb_fit_answer.py`` measures leave one KB
out (``bench/kb_informative.py``): which of a message's informative words its best entry
explains. Measured, not shipped; these tests keep the measure meaning what it says."""

from __future__ import annotations

from bench.kb_informative import informative_features, specificity
from tests.knowledge_base.invented_kb import invented_matcher

HEALTH_CERTIFICATE = """
- id: surat-sehat
  agency: dinkes
  question: Bagaimana cara membuat surat keterangan sehat?
  keywords: [surat keterangan sehat]
  answer: Datang ke puskesmas untuk pemeriksaan dokter, bawa KTP, biaya Rp20.000.
"""


def features_of(message: str) -> dict[str, float]:
    matcher = invented_matcher(HEALTH_CERTIFICATE)
    _, analysis = matcher.read(message)
    return informative_features(matcher.index, matcher.lexicon, analysis, 0)


def test_an_everyday_or_unknown_word_informs_nothing_and_a_rare_one_does() -> None:
    assert specificity("rumah") == 0.0
    assert specificity("xqzvbk") == 0.0
    assert specificity("kurban") > 1.0


def test_a_thing_the_entry_never_names_is_informative_and_unexplained() -> None:
    found = features_of("surat keterangan sehat buat sapi kurban dari mana")
    assert found["specific_unexplained"] > 0.3
    assert 0.0 < found["specific_share"] < 1.0


def test_a_paraphrase_in_the_entry_and_answer_words_leaves_nothing_unexplained() -> None:
    found = features_of("surat keterangan sehat di puskesmas bawa apa")
    assert found["specific_unexplained"] == 0.0
    assert found["specific_explained"] > 0.0
    assert found["head_unexplained"] == 0.0


def test_a_head_the_entry_never_names_is_unexplained() -> None:
    assert features_of("vaksin rabies untuk anjing di mana")["head_unexplained"] == 1.0
