from __future__ import annotations

from dataclasses import replace

from knowledge_base.answering import sole_weight
from knowledge_base.entries import KnowledgeBase
from knowledge_base.logistic import LogisticModel
from knowledge_base.matcher import Intent, Matcher, MatcherConfig

ALWAYS = LogisticModel({}, 5.0, 0.5)
NEVER = LogisticModel({}, -5.0, 0.5)


def matcher_with(kb: KnowledgeBase, model: LogisticModel) -> Matcher:
    return Matcher(kb, replace(MatcherConfig(), answer_model=model))


def test_the_answer_model_decides_whether_the_best_entry_is_answered(kb: KnowledgeBase) -> None:
    question = "syarat ktp pemula apa aja"
    assert matcher_with(kb, sole_weight("rules")).match(question).entry_id == "ktp-pemula"
    withheld = matcher_with(kb, NEVER).match(question)
    assert withheld.intent == Intent.NONE and withheld.suggestions[0] == "ktp-pemula"


def test_an_entry_lacking_the_service_named_is_never_answered_whatever_the_model(
    kb: KnowledgeBase,
) -> None:
    result = matcher_with(kb, ALWAYS).match("syarat bikin SIM apa aja")
    assert result.intent == Intent.NONE


def test_the_shipped_answer_model_agrees_with_the_rules_on_a_clear_question(
    kb: KnowledgeBase,
) -> None:
    assert Matcher(kb).match("bayar pbb online dmn aja").entry_id == "pbb-bayar"
