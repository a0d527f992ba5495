"""The wide lead answers on two of the entry's own words that name a thing: the asking
frame ("cara", "buat", "syarat") is shared by every entry and names nothing, so a
hobby question that shares only a frame word and one modifier with an entry stays
unanswered, while a paraphrase naming two of the entry's words far ahead of every other
entry is answered however little of the message or the entry it covers."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

import pytest

from knowledge_base.decision import Evidence, Thresholds, answer_evidence
from knowledge_base.matcher import Intent, Matcher
from knowledge_base.normaliser import Analysis
from knowledge_base.scorer import Candidate
from tests.knowledge_base.invented_kb import invented_kb, invented_matcher

SERVICES = """
    - id: rekam-ktp-pemula
      agency: x
      questions:
        - Bagaimana cara rekam KTP elektronik bagi pemilih pemula yang baru 17 tahun?
        - Buat KTP pemula
      answer: Datang ke Disdukcapil membawa KK untuk perekaman.
    - id: kursi-roda
      agency: x
      question: Bagaimana mendapatkan bantuan kursi roda bagi penyandang disabilitas?
      answer: Ajukan permohonan ke Dinas Sosial dengan surat keterangan dokter.
    - id: pbb-bayar
      agency: x
      question: Di mana membayar pajak bumi dan bangunan?
      answer: Bayar PBB di bank atau kantor pos.
    - id: akta-lahir
      agency: x
      question: Apa syarat membuat akta kelahiran anak?
      answer: Bawa surat keterangan lahir dari bidan dan KK.
    - id: izin-usaha
      agency: x
      question: Bagaimana cara membuat nomor induk berusaha untuk usaha mikro?
      answer: Daftar di OSS dengan NIK.
    """


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return invented_matcher(SERVICES)


@pytest.mark.parametrize(
    "message", ["cara main biola buat pemula", "cara belajar renang buat pemula"]
)
def test_a_hobby_question_sharing_a_frame_word_and_a_modifier_is_not_answered(
    matcher: Matcher, message: str
) -> None:
    assert matcher.match(message).intent is not Intent.FAQ


def test_frame_words_are_not_counted_among_the_entry_words_a_message_names(
    matcher: Matcher,
) -> None:
    message = "cara bikin ktp buat pemilih pemula"
    best = matcher.ranked(message, matcher.analyse(message))[0]
    assert best.entry_id == "rekam-ktp-pemula"
    assert best.shared_terms == 3  # ktp, pilih, pula: not cara, bikin, buat


def test_a_paraphrase_naming_two_entry_words_far_ahead_is_answered(matcher: Matcher) -> None:
    # covers a third of the entry's question: the wide lead once asked 0.4
    result = matcher.match("bapak saya tidak bisa jalan, dinsos bisa kasih kursi roda?")
    assert result.intent is Intent.FAQ and result.entry_id == "kursi-roda"


def _candidate(score: float, coverage: float, entry_coverage: float, shared: int) -> Candidate:
    return Candidate(
        position=0,
        entry_id="kursi-roda",
        fuzzy=50.0,
        coverage=coverage,
        score=score,
        entry_coverage=entry_coverage,
        prime_coverage=coverage,
        shared_terms=shared,
    )


def test_the_rules_say_which_evidence_answers() -> None:
    t = Thresholds()
    assert answer_evidence([_candidate(70.0, 0.6, 0.5, 1)], t) is Evidence.COVERAGE
    assert answer_evidence([_candidate(60.0, 0.35, 1.0, 1)], t) is Evidence.CLEAR_LEAD
    assert answer_evidence([_candidate(40.0, 0.25, 0.3, 2)], t) is Evidence.WIDE_LEAD
    assert answer_evidence([_candidate(40.0, 0.25, 0.3, 1)], t) is None


def test_each_further_entry_word_named_lowers_the_lead_a_wide_lead_needs() -> None:
    t = Thresholds()
    runner_up = replace(_candidate(30.0, 0.2, 0.2, 1), position=1, entry_id="pbb-bayar")
    two_words = _candidate(42.0, 0.3, 0.3, 2)
    assert answer_evidence([two_words, runner_up], t) is None
    assert answer_evidence([replace(two_words, shared_terms=3), runner_up], t) is Evidence.WIDE_LEAD
    narrow = replace(two_words, score=34.0, shared_terms=3)
    assert answer_evidence([narrow, runner_up], t) is None
    assert answer_evidence([replace(narrow, score=35.0), runner_up], t) is Evidence.WIDE_LEAD
    assert answer_evidence([replace(narrow, score=33.0, shared_terms=4), runner_up], t) is (
        Evidence.WIDE_LEAD
    )
    assert answer_evidence([replace(narrow, score=32.0, shared_terms=4), runner_up], t) is None


LONG_STORY = (
    "Bapak saya dulu petani dan sekarang sudah sepuh, sering jatuh di sawah karena kakinya "
    "tidak kuat lagi, kami sekeluarga bergantian memapahnya ke sumur. Apakah dinas bisa "
    "meminjamkan kursi roda untuk bapak?"
)


class ScriptedMatcher(Matcher):
    """Ranks the whole message and each focused reading from a script, to test how
    :meth:`Matcher.ranked` chooses between them."""

    def __init__(self, whole: list[Candidate], focused: list[Candidate]) -> None:
        super().__init__(invented_kb(SERVICES))
        self.whole_terms = self.analyse(LONG_STORY).terms
        self.whole, self.focused = whole, focused

    def candidates(
        self, analysis: Analysis, known_fuzzy: Mapping[int, float] | None = None
    ) -> list[Candidate]:
        return self.whole if analysis.terms == self.whole_terms else self.focused


def _ranked(entry_id: str, score: float, position: int) -> Candidate:
    return replace(_candidate(score, 0.3, 0.3, 2), entry_id=entry_id, position=position)


def test_a_question_clause_leading_on_two_words_is_taken_when_the_story_ranks_it_first() -> None:
    whole = [_ranked("kursi-roda", 40.0, 1), _ranked("akta-lahir", 30.0, 3)]
    focused = [_ranked("kursi-roda", 45.0, 1)]
    matcher = ScriptedMatcher(whole, focused)
    assert matcher.ranked(LONG_STORY, matcher.analyse(LONG_STORY)) == focused


def test_a_question_clause_leading_on_two_words_does_not_overrule_the_story() -> None:
    whole = [_ranked("akta-lahir", 40.0, 3), _ranked("kursi-roda", 30.0, 1)]
    focused = [_ranked("kursi-roda", 45.0, 1)]
    matcher = ScriptedMatcher(whole, focused)
    assert matcher.ranked(LONG_STORY, matcher.analyse(LONG_STORY)) == whole
