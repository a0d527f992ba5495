"""The hand-written answer rules: coverage on both sides decides, not the combined
score; both lead paths ask the same lead over the runner-up.

Each candidate is written as its score, the share of the message it covers and the
share of its own (entry) question the message covers: ``_lead(42.0, 0.55, 0.45)``."""

from __future__ import annotations

from dataclasses import replace

from knowledge_base.decision import Thresholds, is_answerable
from knowledge_base.scorer import Candidate


def _candidate(
    entry_id: str, score: float, coverage: float, entry_coverage: float, position: int
) -> Candidate:
    return Candidate(
        position=position,
        entry_id=entry_id,
        fuzzy=20.0,
        coverage=coverage,
        score=score,
        entry_coverage=entry_coverage,
        prime_coverage=coverage,
        shared_terms=1,
    )


def _lead(score: float, coverage: float, entry_coverage: float) -> Candidate:
    """The best candidate, sharing one of its own words with the message."""
    return _candidate("izin-reklame", score, coverage, entry_coverage, position=0)


def _runner_up(score: float, coverage: float, entry_coverage: float) -> Candidate:
    return _candidate("pajak-reklame", score, coverage, entry_coverage, position=1)


def _answered(lead: Candidate, runner_up: Candidate) -> bool:
    return is_answerable([lead, runner_up], Thresholds())


def test_an_entry_covering_message_and_itself_is_answered_though_spelled_apart() -> None:
    assert _answered(_lead(42.0, 0.55, 0.45), _runner_up(30.0, 0.3, 0.3))


def test_an_entry_covering_half_the_message_but_little_of_itself_is_not_answered() -> None:
    assert not _answered(_lead(42.0, 0.55, 0.3), _runner_up(35.0, 0.3, 0.3))


def test_a_clear_lead_covering_the_entry_is_answered_whatever_the_runner_up_covers() -> None:
    assert _answered(_lead(60.0, 0.35, 1.0), _runner_up(38.0, 0.4, 0.2))


def test_a_lead_of_fifteen_points_with_the_entry_covered_stays_a_suggestion() -> None:
    assert not _answered(_lead(60.0, 0.35, 1.0), _runner_up(45.0, 0.3, 0.2))


def test_a_wide_lead_on_two_entry_words_is_answered_however_little_it_covers() -> None:
    thin, runner_up = _lead(48.0, 0.25, 0.3), _runner_up(20.0, 0.2, 0.2)
    assert _answered(replace(thin, shared_terms=2), runner_up)
    assert not _answered(thin, runner_up)


def test_a_clear_lead_needs_one_of_the_entry_questions_whole_in_the_message() -> None:
    most, runner_up = _lead(55.0, 0.35, 0.9), _runner_up(30.0, 0.2, 0.2)
    assert not _answered(most, runner_up)
    assert _answered(replace(most, entry_coverage=1.0), runner_up)
