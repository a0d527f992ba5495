"""A clear lead on most of one of the entry's phrases: far ahead of every other entry,
covering 0.4 of the message and 0.7 of a question or keyword, the entry is answered;
with less of the phrase or a smaller lead it stays "did you mean" (see
knowledge_base.decision.answer_evidence). Invented candidates."""

from __future__ import annotations

from knowledge_base.decision import Evidence, Thresholds, answer_evidence
from knowledge_base.scored import Candidate


def _ranked(coverage: float, entry_coverage: float, lead: float) -> list[Candidate]:
    best = Candidate(0, "izin-bangun", 90.0, coverage, 70.0, entry_coverage=entry_coverage)
    runner_up = Candidate(1, "cek-status", 60.0, 0.3, 70.0 - lead, entry_coverage=0.5)
    return [best, runner_up]


def test_most_of_a_phrase_far_ahead_with_much_of_the_message_is_a_clear_lead() -> None:
    assert answer_evidence(_ranked(0.45, 0.78, 24.0), Thresholds()) is Evidence.CLEAR_LEAD


def test_most_of_a_phrase_with_little_of_the_message_is_not_answered() -> None:
    assert answer_evidence(_ranked(0.35, 0.78, 24.0), Thresholds()) is None


def test_a_bare_majority_of_a_phrase_is_not_answered_however_far_ahead() -> None:
    assert answer_evidence(_ranked(0.45, 0.6, 50.0), Thresholds()) is None


def test_most_of_a_phrase_a_little_ahead_is_not_answered() -> None:
    assert answer_evidence(_ranked(0.45, 0.78, 17.0), Thresholds()) is None


def test_a_phrase_found_whole_still_needs_only_a_third_of_the_message() -> None:
    assert answer_evidence(_ranked(0.32, 1.0, 21.0), Thresholds()) is Evidence.CLEAR_LEAD
