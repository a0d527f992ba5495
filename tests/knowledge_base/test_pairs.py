"""Two of an entry's own words named together, as one of its questions or keywords has
them, one of them the entry's alone: evidence enough for half the wide lead."""

from __future__ import annotations

from dataclasses import replace

from knowledge_base.decision import Evidence, Thresholds, answer_evidence
from knowledge_base.entries import KbEntry
from knowledge_base.index import IndexedEntry
from knowledge_base.matcher import Intent
from knowledge_base.pairs import names_a_pair
from knowledge_base.scorer import Candidate
from tests.knowledge_base.invented_kb import invented_matcher

BOAT = IndexedEntry(
    entry=KbEntry(
        id="izin-perahu", agency="x", questions=("izin sandar perahu nelayan",), answer=""
    ),
    variants=("izin sandar perahu nelayan", "tambat perahu"),
    terms=frozenset({"izin", "sandar", "perahu", "nelayan", "tambat"}),
    answer_terms=frozenset(),
    variant_terms=(
        frozenset({"izin", "sandar", "perahu", "nelayan"}),
        frozenset({"tambat", "perahu"}),
    ),
)
# entry positions per question or keyword word: "izin" and "nelayan" are in other
# entries too, "sandar", "tambat" and "perahu" in this one alone
POSTINGS = {"izin": (0, 3, 4), "nelayan": (0, 2), "sandar": (0,), "tambat": (0,), "perahu": (0,)}


def test_two_words_of_one_phrase_one_of_them_the_entrys_alone_are_a_pair() -> None:
    assert names_a_pair(BOAT, frozenset({"tambat", "perahu"}), POSTINGS)
    assert names_a_pair(BOAT, frozenset({"izin", "sandar"}), POSTINGS)


def test_two_words_other_entries_use_too_are_no_pair_even_in_one_phrase() -> None:
    assert not names_a_pair(BOAT, frozenset({"izin", "nelayan"}), POSTINGS)


def test_two_words_of_different_phrases_are_no_pair() -> None:
    assert not names_a_pair(BOAT, frozenset({"tambat", "sandar"}), POSTINGS)


def test_one_word_or_three_are_not_asked() -> None:
    assert not names_a_pair(BOAT, frozenset({"perahu"}), POSTINGS)
    assert not names_a_pair(BOAT, frozenset({"izin", "sandar", "perahu"}), POSTINGS)


def _best(score: float, paired: bool) -> Candidate:
    return Candidate(
        position=0,
        entry_id="izin-perahu",
        fuzzy=50.0,
        coverage=0.3,
        score=score,
        entry_coverage=0.4,
        prime_coverage=0.3,
        shared_terms=2,
        paired=paired,
    )


def test_a_pair_needs_half_the_lead_two_words_found_apart_need() -> None:
    t = Thresholds()
    runner_up = replace(_best(30.0, False), position=1, entry_id="pas-kecil", shared_terms=1)
    apart, pair = _best(42.0, False), _best(42.0, True)
    assert answer_evidence([apart, runner_up], t) is None
    assert answer_evidence([pair, runner_up], t) is Evidence.WIDE_LEAD
    assert answer_evidence([replace(pair, score=39.0), runner_up], t) is None


HARBOUR = """
    - id: tambat-perahu
      agency: x
      questions:
        - Bagaimana mengurus izin tambat perahu nelayan di dermaga?
        - izin sandar kapal
      answer: Ajukan ke Dinas Perikanan dengan pas kecil kapal.
    - id: alat-tangkap
      agency: x
      question: Bagaimana mendapatkan bantuan alat tangkap ikan untuk nelayan?
      answer: Kelompok nelayan mengajukan proposal ke Dinas Perikanan.
    - id: kerja-bakti
      agency: x
      question: Kapan kerja bakti membersihkan sungai kampung?
      answer: Jadwal diumumkan ketua RT.
    """


def test_a_paraphrase_naming_a_pair_of_the_entrys_question_is_answered() -> None:
    # "perahu" and "tambat" stand together in the entry's question; "kapal" and "tambat"
    # are its words too, but from two of its phrases: the same lead stays a suggestion
    matcher = invented_matcher(HARBOUR)
    pair = matcher.match("perahu kami mau ditambat di sungai dekat rumah, melapor ke siapa")
    assert pair.intent is Intent.FAQ and pair.entry_id == "tambat-perahu"
    apart = matcher.match("kapal kami mau ditambat di sungai dekat rumah, melapor ke siapa")
    assert apart.intent is Intent.NONE and apart.suggestions[:1] == ("tambat-perahu",)
