"""The hand-written answer rules: coverage on both sides decides, not the combined
score; both lead paths ask the same lead over the runner-up."""

from __future__ import annotations

from dataclasses import replace

from knowledge_base.decision import Thresholds, is_answerable
from knowledge_base.scorer import Candidate


def _candidate(
    entry_id: str, score: float, coverage: float, entry_coverage: float, position: int = 0
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


def test_an_entry_covering_message_and_itself_is_answered_though_spelled_apart() -> None:
    best = _candidate("izin-reklame", 42.0, coverage=0.55, entry_coverage=0.45)
    runner_up = _candidate("pajak-reklame", 30.0, coverage=0.3, entry_coverage=0.3, position=1)
    assert is_answerable([best, runner_up], Thresholds())


def test_an_entry_covering_half_the_message_but_little_of_itself_is_not_answered() -> None:
    best = _candidate("izin-reklame", 42.0, coverage=0.55, entry_coverage=0.3)
    runner_up = _candidate("pajak-reklame", 35.0, coverage=0.3, entry_coverage=0.3, position=1)
    assert not is_answerable([best, runner_up], Thresholds())


def test_a_clear_lead_covering_the_entry_is_answered_whatever_the_runner_up_covers() -> None:
    best = _candidate("izin-reklame", 60.0, coverage=0.35, entry_coverage=1.0)
    runner_up = _candidate("pajak-reklame", 38.0, coverage=0.4, entry_coverage=0.2, position=1)
    assert is_answerable([best, runner_up], Thresholds())


def test_a_lead_of_fifteen_points_with_the_entry_covered_stays_a_suggestion() -> None:
    best = _candidate("izin-reklame", 60.0, coverage=0.35, entry_coverage=1.0)
    runner_up = _candidate("pajak-reklame", 45.0, coverage=0.3, entry_coverage=0.2, position=1)
    assert not is_answerable([best, runner_up], Thresholds())


def test_a_wide_lead_on_two_entry_words_is_answered_however_little_it_covers() -> None:
    runner_up = _candidate("pajak-reklame", 20.0, coverage=0.2, entry_coverage=0.2, position=1)
    thin = replace(
        _candidate("izin-reklame", 48.0, coverage=0.25, entry_coverage=0.3), shared_terms=2
    )
    assert is_answerable([thin, runner_up], Thresholds())
    assert not is_answerable([replace(thin, shared_terms=1), runner_up], Thresholds())


def test_a_clear_lead_needs_one_of_the_entry_questions_whole_in_the_message() -> None:
    runner_up = _candidate("pajak-reklame", 30.0, coverage=0.2, entry_coverage=0.2, position=1)
    most = _candidate("izin-reklame", 55.0, coverage=0.35, entry_coverage=0.9)
    whole = replace(most, entry_coverage=1.0)
    assert not is_answerable([most, runner_up], Thresholds())
    assert is_answerable([whole, runner_up], Thresholds())
