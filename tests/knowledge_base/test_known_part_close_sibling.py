"""A sibling near the leader that fits the question a little better and names less of
what the resident already has is offered beside it: neither is answered."""

from __future__ import annotations

from knowledge_base.known_part import ASKED_GAIN, _closer


def test_a_sibling_fitting_the_question_a_bit_better_and_the_known_part_less_is_offered() -> None:
    assert _closer(0.05, (0.5, 1.0), lead_asked=0.3)


def test_a_tie_on_the_question_offers_no_sibling() -> None:
    assert not _closer(0.0, (0.5, 1.0), lead_asked=0.3)


def test_a_sibling_naming_the_known_part_as_fully_as_the_leader_offers_nothing() -> None:
    assert not _closer(0.05, (1.0, 1.0), lead_asked=0.3)


def test_a_leader_fitting_the_question_better_than_the_known_part_is_kept() -> None:
    assert not _closer(0.05, (0.2, 0.4), lead_asked=0.6)


def test_a_clear_gain_is_left_to_the_rule_that_puts_the_sibling_first() -> None:
    assert not _closer(ASKED_GAIN, (0.5, 1.0), lead_asked=0.3)
