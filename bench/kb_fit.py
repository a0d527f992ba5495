"""Fit the complaint model (``knowledge_base/data/complaint_model.json``) and the answer
model (``answer_model.json``, see ``bench/kb_fit_answer.py``) on development messages,
choosing their thresholds by cross-validation across knowledge bases.

    python bench/kb_fit.py [--write] [--only complaint|answer|veto]

The complaint model is fitted first: the answer model learns on the decisions it
leaves (a message read as a complaint is never answered).

Both models are chosen leaving one KB out at a time over every development KB (see
:func:`answer_sources`: faq-dev, the sample KB and ``bench/data/dev/tirtajaya``, a KB
written code-blind that no lexicon line was written for).

Training data: faq-dev's queries and ``bench/data/dev/faqdev*.jsonl`` (faq-dev KB);
``bench/data/dev/sample*.jsonl`` and ``bench/data/sample_queries.jsonl`` (sample KB),
every batch of development messages; ``bench/data/dev/tirtajaya/messages.jsonl``
(Tirtajaya KB). Never the held-out set. Label: ``complaint`` against everything else.

Cross-validation trains on the other KBs' messages and tests on the one left out. The
threshold is the one with the highest mean complaint recall whose in-scope questions
read as complaints stay within ``--max-misread`` on every fold (the constraint; recall
is the objective). The model written is fitted on all messages with that threshold.
The shipped complaint model was chosen at ``--max-misread 0.018`` (the default): at 0.02
the sample KB's fold sits on the edge (2.0%) and the fit takes threshold 0.55, which reads
more in-scope questions as complaints on the other KBs' dev messages.

Round 20 (40 dev KBs): the shipped weights were kept. Left one KB out at a time (C 0.3,
threshold 0.65), the refit reads 5162 of 5189 complaints and 128 of 22,167 in-scope
questions as complaints; fitted on the 37 older KBs and tested on the 3 newest it reads the
same complaints and 9 questions as complaints against the shipped model's 6 (its length
weight rises from 7 to 10). At ``--max-misread 0.018`` it now picks threshold 0.525 (more
misreads). A length that saturates (at 8 or 10 words, or its log or root) did worse across
KBs (170 to 250 misreads against 144 at the same recall, before the Gayo words); the Gayo-
language KB's fold (7.7%) was Gayo question words left unread (see
``complaint_signals.tsv``), not the length's shape.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from kb_eval import Query, dev_files, faq_dev, load_queries
from kb_fit_answer import answer_examples, fit_answer_model, veto_report

from knowledge_base.complaint import FEATURES, ComplaintModel, default_model
from knowledge_base.loader import load_kb
from knowledge_base.matcher import Matcher

ROOT = Path(__file__).resolve().parents[1]
MODEL = ROOT / "knowledge_base" / "data" / "complaint_model.json"
ANSWER_MODEL = MODEL.with_name("answer_model.json")
DATA = ROOT / "bench" / "data"
THRESHOLDS = [round(0.30 + 0.025 * i, 3) for i in range(28)]
REGULARISATION = (0.3, 1.0, 3.0)  # inverse strengths tried, chosen like the threshold
# the strongest regularisation whose mean recall is within this of the best is taken: on
# the three KBs C 0.3, 1 and 3 reach 0.990, 0.989 and 0.991, and the weaker ones lean on a
# message's length (weight 6 at C 0.3, 12 at C 3), reading question-form reports as questions
RECALL_SLACK = 0.005


@dataclass(frozen=True)
class Example:
    features: dict[str, float]
    complaint: bool
    in_scope: bool
    text: str


def examples(kb_path: Path, files: Sequence[Path]) -> list[Example]:
    matcher = Matcher(load_kb(kb_path))
    rows: list[Query] = [q for f in files if f.exists() for q in load_queries(f)]
    found = []
    for query in rows:
        text, analysis = matcher.read(query.text)
        ranked = matcher.ranked(text, analysis)
        features = matcher.complaint_features(text, analysis, ranked)
        found.append(Example(features, query.expect == "complaint", query.in_scope, query.text))
    return found


def sources() -> dict[str, tuple[Path, list[Path]]]:
    """Per KB, its folder and its development message files (never the held-out set)."""
    dev = faq_dev()
    return {
        "faq-dev KB": (dev / "kb", [dev / "queries.jsonl", *dev_files("faqdev")]),
        "sample KB": (
            ROOT / "knowledge_base" / "sample",
            [*dev_files("sample"), DATA / "sample_queries.jsonl"],
        ),
    }


def answer_sources() -> dict[str, tuple[Path, list[Path]]]:
    """:func:`sources` and every further development KB (``bench/data/dev/<name>/kb`` with
    its ``messages*.jsonl``, a KB written code-blind and no lexicon line written for it):
    both models are chosen leaving one KB out at a time (train on the others, test on
    it), so a third KB is a test nobody's words were tuned for."""
    found = dict(sources())
    for folder in sorted((DATA / "dev").glob("*")):
        files = sorted(folder.glob("messages*.jsonl"))
        if (folder / "kb").is_dir() and files:
            found[f"{folder.name} KB"] = (folder / "kb", files)
    return found


def folds() -> dict[str, list[Example]]:
    return {name: examples(kb, files) for name, (kb, files) in answer_sources().items()}


def fit_answers(write: bool, veto_only: bool = False) -> None:
    """The answer model, on the decisions of the complaint model now shipped, and the
    leave-one-KB-out veto report (``veto_only``: the report alone)."""
    data = {}
    for name, (kb, files) in answer_sources().items():
        queries = [q for f in files if f.exists() for q in load_queries(f)]
        data[name] = answer_examples(Matcher(load_kb(kb)), queries)
    if not veto_only:
        fit_answer_model(data, ANSWER_MODEL if write else None)
    veto_report(data)


def fit(train: Sequence[Example], c: float) -> ComplaintModel:
    from sklearn.linear_model import LogisticRegression

    matrix = [[e.features[name] for name in FEATURES] for e in train]
    labels = [e.complaint for e in train]
    model = LogisticRegression(C=c, class_weight="balanced", max_iter=2000)
    model.fit(matrix, labels)
    weights = {name: float(w) for name, w in zip(FEATURES, model.coef_[0], strict=True)}
    return ComplaintModel(weights, float(model.intercept_[0]), 0.5)


def rates(model: ComplaintModel, test: Sequence[Example], threshold: float) -> tuple[float, float]:
    """(complaint recall, in-scope read as complaint) at ``threshold``."""
    complaints = [e for e in test if e.complaint]
    scope = [e for e in test if e.in_scope]
    hit = sum(model.probability(e.features) >= threshold for e in complaints)
    misread = sum(model.probability(e.features) >= threshold for e in scope)
    return hit / max(1, len(complaints)), misread / max(1, len(scope))


def choose(data: dict[str, list[Example]], c: float, max_misread: float) -> tuple[float, float]:
    """The threshold with the best mean recall under the misread constraint on every
    fold, and that recall."""
    models = {name: fit([e for n, es in data.items() if n != name for e in es], c) for name in data}
    best = (0.5, -1.0)
    for threshold in THRESHOLDS:
        results = [rates(models[name], data[name], threshold) for name in data]
        if any(misread > max_misread for _, misread in results):
            continue
        recall = sum(r for r, _ in results) / len(results)
        if recall > best[1]:
            best = (threshold, recall)
    return best


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help=f"write {MODEL.name}")
    parser.add_argument("--max-misread", type=float, default=0.018)
    parser.add_argument("--only", choices=("complaint", "answer", "veto"))
    args = parser.parse_args(argv)
    if args.only not in ("answer", "veto"):
        fit_complaints(args.write, args.max_misread)
    if args.only == "veto":
        fit_answers(write=False, veto_only=True)
    elif args.only != "complaint":
        if args.write:
            default_model.cache_clear()
        fit_answers(args.write)


def fit_complaints(write: bool, max_misread: float) -> None:
    data = folds()
    chosen = {c: choose(data, c, max_misread) for c in REGULARISATION}
    best = max(recall for _, recall in chosen.values())
    c = min(c for c, (_, recall) in chosen.items() if recall >= best - RECALL_SLACK)
    threshold, recall = chosen[c]
    print(f"cross-KB: C {c}, threshold {threshold}, mean complaint recall {recall:.3f}")
    for name, test in data.items():
        model = fit([e for n, es in data.items() if n != name for e in es], c)
        hit, misread = rates(model, test, threshold)
        print(f"  test on {name} (trained on the others): recall {hit:.3f}, misread {misread:.3f}")
    every = [e for es in data.values() for e in es]
    final = fit(every, c)
    final = ComplaintModel(final.weights, final.bias, threshold)
    hit, misread = rates(final, every, threshold)
    print(f"all messages, fitted on all: recall {hit:.3f}, misread {misread:.3f}")
    for name, weight in sorted(final.weights.items(), key=lambda item: -abs(item[1])):
        print(f"  {name:20} {weight:+.3f}")
    if write:
        MODEL.write_text(final.to_json(), encoding="utf-8")
        print(f"wrote {MODEL}")


if __name__ == "__main__":
    main()
