"""Whether to answer with the best-ranked entry: calibrated, not only hand-set.

The hand-written rules of :func:`knowledge_base.decision.is_answerable` give one verdict;
a logistic model (``data/answer_model.json``, fitted by ``bench/kb_fit.py`` on the
development messages, threshold chosen by cross-validation across knowledge bases with
the wrong-answer and out-of-scope rates as constraints and correct answers as the
objective) weighs that verdict with the match's own measures — score, lead over the
runner-up, coverage on both sides, fuzzy similarity, shared specific words, message
length — so a clear match the rules withhold can be answered and a doubtful one they
pass can be withheld. An entry that lacks a service the message names, or that ties
with another, is never answered (those stay "did you mean").
"""

from __future__ import annotations

from functools import lru_cache

from knowledge_base.logistic import LogisticModel, packaged_model
from knowledge_base.scorer import Candidate

FEATURES = (
    "rules",
    "score",
    "margin",
    "coverage",
    "entry_coverage",
    "prime_coverage",
    "fuzzy",
    "shared_terms",
    "coverage_margin",
    "terms",
)


def answer_features(
    best: Candidate, runner_up: Candidate | None, rules: bool, terms: int
) -> dict[str, float]:
    second = runner_up.score if runner_up else 0.0
    second_coverage = runner_up.coverage if runner_up else 0.0
    return {
        "rules": float(rules),
        "score": best.score / 100,
        "margin": (best.score - second) / 100,
        "coverage": best.coverage,
        "entry_coverage": best.entry_coverage,
        "prime_coverage": best.prime_coverage,
        "fuzzy": best.fuzzy / 100,
        "shared_terms": min(3, best.shared_terms) / 3,
        "coverage_margin": best.coverage - second_coverage,
        "terms": min(10, terms) / 10,
    }


@lru_cache(maxsize=1)
def default_answer_model() -> LogisticModel:
    return packaged_model("answer_model.json")


def sole_weight(name: str) -> LogisticModel:
    """A model that follows one feature alone (``rules``: the hand-written rules)."""
    return LogisticModel({name: 10.0}, -5.0, 0.5)
