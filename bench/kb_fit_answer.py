"""The answer model for ``bench/kb_fit.py``: when to answer with the best-ranked entry.

Each development message becomes one example: the answer features of its best
candidate (see ``knowledge_base/answering.py``), or nothing when it is never answered
(a complaint, chatter, an entry lacking a named service, a tie). Label: answering would
be right (an in-scope message whose best candidate is its entry).

Cross-validation trains on one KB's messages and tests on the other's: the model and its
threshold are both chosen on the training KB (the most correct answers with no more
wrong answers, out-of-scope answers (or 3%, whichever is higher) and complaints
answered than the hand-written rules there), then measured on the test KB, where the
same constraints must hold. Objective: the most correct answers across test KBs. When
no model beats the rules by more than ``MIN_GAIN``, the rules alone are kept (the
answer model then follows the rules' verdict).

Measured so (dev; the ten features, the rules' verdict among them): C 0.3/1/3 answer fewer
messages correctly than the rules on the faq-dev KB and more out of scope on the
sample KB; depth-2..4 trees and gradient boosting, tried outside this script, gain
right answers only with as many out-of-scope ones (sample KB), so the rules stay.

Measured again after the wide lead changed (frame words no longer shared terms, no
coverage floor, lead x (words - 1) >= 20) with dev batch 5: C 0.3/1/3 reach a cross-KB
mean top-1 of 0.902-0.904 against the rules' 0.898 only by answering 10.1-10.5% of the
sample KB's out-of-scope messages against the rules' 7.4%. Features tried outside this
script with the same train-on-one-KB, test-on-the-other protocol, none beating the rules:
the share of the message's weight the entry explains by its own words; the share that
is other entries' question words (another topic) or words the KB never uses
(paraphrase or out of scope); the number of the entry's own words with a document
frequency of one; whether the message's head word (see ``knowledge_base/head.py``) is
the entry's; the rules' path (coverage, clear lead, wide lead) as separate inputs. On
the development messages the right answers the rules withhold and the out-of-scope
ones they answer share every one of these measures: a near out-of-scope question names
its entry's object ("akta kelahiran", "sppt") and asks something the entry does not
cover ("legalisir", "salah ketik"), in words the KB does not know, exactly as a
paraphrase names its entry's object in words the KB does not know.

Measured again with dev batch 6 (the same protocol, 2,918 messages): which words of the
message the best entry does not explain (neither its own words nor its answer's), and
what kind: counted as rare (wordfreq zipf below 4.0 or 4.5 in Indonesian and English:
"legalisir", "faskes", "homestay") or everyday ("rumah", "bayar"), and as known to the
KB (another entry's word) or new to it. Alone, as a gate on answers the rules withhold
("no unexplained rare word and a lead of 10 or 20"), it answers as many out-of-scope
messages as right ones (a lead of 20 and one entry word: +10 right, +15 out of scope on
the faq-dev KB; +3 and +13 on the sample KB); among the logistic inputs (C 0.3/1/3) it
gains 0-3 right answers on the test KB only with 2-10 wrong ones; trees of depth 2-4
lose right answers. The words a paraphrase leaves unexplained are as rare as those a
near out-of-scope question adds ("retak", "gempa" for house repair after a disaster;
"skripsi", "kuliah" beside a research permit or school aid). An unexplained word that
another single entry has among its canonical words ("keberatan", "ijazah": the message
may ask that entry) is in 11% of the right answers given and 18% of the out-of-scope
ones (7 of 40), and in 19 of the 72 right answers withheld: no gate either way. What
the rules withheld
for a guard (an entry lacking a named service, the short-question guard, a tie) was
mostly out of scope (sample KB: 7 right answers against 41 out of scope or wrong behind
the short-question guard), so no guard was relaxed; the wide lead was, on three or more
entry words and on two that stand together in one of the entry's phrases (see
``knowledge_base.decision.has_wide_lead`` and ``knowledge_base/pairs.py``): what told
right answers from near out-of-scope ones was where the shared words sit in the entry,
not what kind of words the rest of the message is.
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
        text, analysis = matcher.read(query.text)
        ranked = matcher.ranked(text, analysis)
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


def tuned(model: LogisticModel, threshold: float) -> LogisticModel:
    return LogisticModel(model.weights, model.bias, threshold)


def pick_threshold(model: LogisticModel, train: Sequence[AnswerExample]) -> float | None:
    """The threshold with the most correct answers on the training messages whose wrong,
    out-of-scope and complaint answers stay within the rules' there (None: no threshold
    keeps to them)."""
    rules = rates(RULES, train)
    best: tuple[float, float] | None = None
    for threshold in THRESHOLDS:
        found = rates(tuned(model, threshold), train)
        if allowed(found, rules) and (best is None or found[0] > best[1]):
            best = (threshold, found[0])
    return None if best is None else best[0]


def cross_kb(data: dict[str, list[AnswerExample]], c: float) -> dict[str, tuple[float, ...]]:
    """Per KB, the rates of a model fitted on the other KBs' messages with its threshold
    chosen there too: the test KB's messages decide nothing (a threshold chosen on the
    test folds would flatter the model). No threshold keeping to the rules: the rules."""
    found = {}
    for name in data:
        train = [e for other, es in data.items() if other != name for e in es]
        model = fit(train, c)
        threshold = pick_threshold(model, train)
        final = RULES if threshold is None else tuned(model, threshold)
        found[name] = rates(final, data[name])
    return found


def choose(data: dict[str, list[AnswerExample]]) -> tuple[float, float]:
    """(C, mean correct across KBs) of the best model that, on every test KB, answers
    no more wrongly, out of scope or complaints than the rules; C 0 means the rules."""
    rules = {name: rates(RULES, examples) for name, examples in data.items()}
    baseline = sum(r[0] for r in rules.values()) / len(rules)
    best = (0.0, baseline + MIN_GAIN)
    for c in REGULARISATION:
        found = cross_kb(data, c)
        fits = all(allowed(found[n], rules[n]) for n in data)
        correct = sum(f[0] for f in found.values()) / len(found)
        print(f"  C {c}: cross-KB mean top-1 {correct:.3f} (rules {baseline:.3f}), ", end="")
        print("within the rules' wrong/out-of-scope rates" if fits else "over the rules' rates")
        for name, f in found.items():
            r = rules[name]
            print(
                f"    test {name}: top-1 {f[0]:.3f} ({r[0]:.3f}), wrong {f[1]:.3f} "
                f"({r[1]:.3f}), out of scope {f[2]:.3f} ({r[2]:.3f}), "
                f"complaints {f[3]:.3f} ({r[3]:.3f})"
            )
        if fits and correct > best[1]:
            best = (c, correct)
    return best


def fit_answer_model(data: dict[str, list[AnswerExample]], out: Path | None) -> None:
    c, correct = choose(data)
    every = [e for es in data.values() for e in es]
    threshold = None if c == 0.0 else pick_threshold(fit(every, c), every)
    if threshold is None:
        print(f"answer model: nothing beats the rules by {MIN_GAIN:.0%} across KBs")
        final = RULES
    else:
        print(f"answer model: C {c}, threshold {threshold}, cross-KB mean top-1 {correct:.3f}")
        final = tuned(fit(every, c), threshold)
    for name, examples in data.items():
        found, rules = rates(final, examples), rates(RULES, examples)
        print(
            f"  {name}: top-1 {found[0]:.3f} (rules {rules[0]:.3f}), wrong {found[1]:.3f} "
            f"({rules[1]:.3f}), out of scope {found[2]:.3f} ({rules[2]:.3f})"
        )
    if out is not None:
        out.write_text(final.to_json(), encoding="utf-8")
        print(f"wrote {out}")
