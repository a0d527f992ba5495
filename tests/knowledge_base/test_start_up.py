"""A matcher is ready when built: the tables every message reads are compiled then,
so the first resident's message does not pay for them."""

from __future__ import annotations

from knowledge_base.complaint import default_signals
from knowledge_base.emergency import default_rules
from knowledge_base.entries import KnowledgeBase
from knowledge_base.matcher import Matcher


def test_building_a_matcher_compiles_the_complaint_and_emergency_tables(
    kb: KnowledgeBase,
) -> None:
    default_signals.cache_clear()
    default_rules.cache_clear()
    Matcher(kb)
    assert default_signals.cache_info().currsize == 1
    assert default_rules.cache_info().currsize == 1
