"""The answer model for ``bench/kb_fit.py``: when to answer with the best-ranked entry.

Each development message becomes one example: the answer features of its best
candidate (see ``knowledge_base/answering.py``), or nothing when it is never answered
(a complaint, chatter, an entry lacking a named service, a tie). Label: answering would
be right (an in-scope message whose best candidate is its entry).

Cross-validation trains on one KB's messages and tests on the other's. Constraints on
every fold: no more wrong answers, out-of-scope answers (or 3%, whichever is higher)
and complaints answered than the hand-written rules alone; objective: the most correct
answers. When no model beats the rules by more than ``MIN_GAIN``, the rules alone are
kept (the answer model then follows the rules' verdict).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from kb_eval import Query

from knowledge_base.answering import FEATURES, answer_features, sole_weight
from knowledge_base.decision import _runner_up, is_answerable, is_contested
from knowledge_base.logistic import LogisticModel
from knowledge_base.matcher import Matcher

THRESHOLDS = [round(0.30 + 0.025 * i, 3) for i in range(28)]
REGULARISATION = (0.3, 1.0, 3.0)
RULES = sole_weight("rules")
# a model replaces the rules only for a clear gain: more than one point of top-1 across
# KBs (a gain of a message or two is noise, and the rules are the simpler decision)
MIN_GAIN = 0.01


@dataclass(frozen=True)
class AnswerExample:
    features: dict[str, float] | None  # None: never answered
    right: bool  # answering with the best candidate would be right
    expect: str


def answer_examples(matcher: Matcher, queries: Sequence[Query]) -> list[AnswerExample]:
    found = []
    t = matcher.config.thresholds
    for query in queries:
        result = matcher.match(query.text)
        analysis = matcher.analyse(query.text)
        ranked = matcher.ranked(query.text, analysis)
        never = result.intent.value in ("complaint", "smalltalk") or not ranked
        if never or ranked[0].missing_salient or is_contested(ranked, t):
            found.append(AnswerExample(None, False, query.expect))
            continue
        best = ranked[0]
        rules = is_answerable(ranked, t)
        features = answer_features(best, _runner_up(ranked), rules, len(analysis.terms))
        found.append(AnswerExample(features, best.entry_id == query.expect, query.expect))
    return found


def fit(train: Sequence[AnswerExample], c: float) -> LogisticModel:
    from sklearn.linear_model import LogisticRegression

    usable = [e for e in train if e.features is not None]
    matrix = [[e.features[name] for name in FEATURES] for e in usable if e.features]
    model = LogisticRegression(C=c, max_iter=3000)
    model.fit(matrix, [e.right for e in usable])
    weights = {name: float(w) for name, w in zip(FEATURES, model.coef_[0], strict=True)}
    return LogisticModel(weights, float(model.intercept_[0]), 0.5)


def rates(model: LogisticModel, test: Sequence[AnswerExample]) -> tuple[float, ...]:
    """(correct, wrong) of in-scope, out of scope answered, complaints answered."""
    scope = [e for e in test if e.expect not in ("none", "complaint")]
    oos = [e for e in test if e.expect == "none"]
    complaints = [e for e in test if e.expect == "complaint"]

    def answers(e: AnswerExample) -> bool:
        return e.features is not None and model.decides(e.features)

    right = sum(answers(e) and e.right for e in scope)
    wrong = sum(answers(e) and not e.right for e in scope)
    return (
        right / max(1, len(scope)),
        wrong / max(1, len(scope)),
        sum(map(answers, oos)) / max(1, len(oos)),
        sum(map(answers, complaints)) / max(1, len(complaints)),
    )


def allowed(found: tuple[float, ...], rules: tuple[float, ...]) -> bool:
    _, wrong, oos, complaints = found
    return wrong <= rules[1] and oos <= max(0.03, rules[2]) and complaints <= rules[3]


def choose(data: dict[str, list[AnswerExample]]) -> tuple[float, float, float]:
    """(C, threshold, mean correct) of the best allowed model; C 0 means the rules."""
    rules = {name: rates(RULES, examples) for name, examples in data.items()}
    baseline = sum(r[0] for r in rules.values()) / len(rules)
    best = (0.0, 0.5, baseline + MIN_GAIN)
    for c in REGULARISATION:
        models = {n: fit([e for m, es in data.items() if m != n for e in es], c) for n in data}
        for threshold in THRESHOLDS:
            found = {}
            for name, model in models.items():
                tuned = LogisticModel(model.weights, model.bias, threshold)
                found[name] = rates(tuned, data[name])
            if not all(allowed(found[n], rules[n]) for n in data):
                continue
            correct = sum(f[0] for f in found.values()) / len(found)
            if correct > best[2]:
                best = (c, threshold, correct)
    return best


def fit_answer_model(data: dict[str, list[AnswerExample]], out: Path | None) -> None:
    c, threshold, correct = choose(data)
    if c == 0.0:
        print(f"answer model: nothing beats the rules by {MIN_GAIN:.0%} across KBs")
        final = RULES
    else:
        print(f"answer model: C {c}, threshold {threshold}, cross-KB mean top-1 {correct:.3f}")
        every = [e for es in data.values() for e in es]
        fitted = fit(every, c)
        final = LogisticModel(fitted.weights, fitted.bias, threshold)
    for name, examples in data.items():
        found, rules = rates(final, examples), rates(RULES, examples)
        print(
            f"  {name}: top-1 {found[0]:.3f} (rules {rules[0]:.3f}), wrong {found[1]:.3f} "
            f"({rules[1]:.3f}), out of scope {found[2]:.3f} ({rules[2]:.3f})"
        )
    if out is not None:
        out.write_text(final.to_json(), encoding="utf-8")
        print(f"wrote {out}")
