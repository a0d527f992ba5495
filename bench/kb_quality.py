"""Knowledge-base matching quality: our pipeline against two baselines, same data.

    python bench/kb_quality.py [--data DIR] [--split] [--sample-kb DIR --sample-queries FILE]

DIR holds ``kb/`` (YAML entries) and ``queries.jsonl`` (``{"q", "expect", "tags"}``,
expect = an entry id, ``complaint`` or ``none``); default ../shared/faq-dev.

A second evaluation set guards against fitting the development set: the sample KB
shipped with aduan (``knowledge_base/sample``, another regency's setup) with resident
messages written for it (``bench/data/sample_queries.jsonl``), reported in its own
section (``--no-sample`` skips it).

Systems:
- ours: ``knowledge_base.matcher.Matcher`` with its shipped configuration, and the
  same without the light stemmer (to show whether stemming earns its place).
- A: ``rapidfuzz.process.extractOne(query, questions)`` with its defaults (WRatio, no
  processor, no score_cutoff) on raw text. With no cutoff it always returns a match,
  so baseline A always answers; top-3 is ``process.extract`` deduplicated by entry.
- B: scikit-learn word TF-IDF (defaults: lowercase, word tokens) over one document per
  entry (questions + keywords), cosine similarity; answers when the best cosine is at
  least 0.3 (a common starting threshold for short texts), top-3 from the ranking.
Neither baseline detects complaints or chatter.

``--split`` also runs the overfitting check: queries are split in two halves by a hash
of their text; a small grid of decision thresholds is tuned on half A and the tuned
and shipped configurations are reported on half B and on the sample-KB set.
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from rapidfuzz import process

from knowledge_base.entries import KnowledgeBase
from knowledge_base.loader import load_kb
from knowledge_base.matcher import Matcher, MatcherConfig

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "faq-dev"
SAMPLE_KB = Path(__file__).resolve().parents[1] / "knowledge_base" / "sample"
SAMPLE_QUERIES = Path(__file__).resolve().parent / "data" / "sample_queries.jsonl"
TFIDF_THRESHOLD = 0.3


@dataclass(frozen=True)
class Query:
    text: str
    expect: str
    tags: tuple[str, ...]


@dataclass(frozen=True)
class Outcome:
    intent: str  # faq | complaint | smalltalk | none
    entry: str | None
    top3: tuple[str, ...]


System = Callable[[str], Outcome]


def load_queries(path: Path) -> list[Query]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    return [Query(r["q"], r["expect"], tuple(r.get("tags", ()))) for r in rows]


def ours(matcher: Matcher) -> System:
    def run(text: str) -> Outcome:
        result = matcher.match(text)
        ids = ([result.entry_id] if result.entry_id else []) + list(result.suggestions)
        return Outcome(result.intent.value, result.entry_id, tuple(ids[:3]))

    return run


def baseline_rapidfuzz(kb: KnowledgeBase) -> System:
    choices = [q for e in kb.entries for q in e.questions]
    owners = [e.id for e in kb.entries for _ in e.questions]

    def run(text: str) -> Outcome:
        best = process.extractOne(text, choices)
        if best is None:
            return Outcome("none", None, ())
        ranked = process.extract(text, choices, limit=len(choices))
        top3 = tuple(dict.fromkeys(owners[i] for _, _, i in ranked))[:3]
        return Outcome("faq", owners[best[2]], top3)

    return run


def baseline_tfidf(kb: KnowledgeBase, threshold: float = TFIDF_THRESHOLD) -> System:
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.metrics.pairwise import cosine_similarity

    ids = [e.id for e in kb.entries]
    documents = [" ".join((*e.questions, *e.keywords)) for e in kb.entries]
    vectorizer = TfidfVectorizer()
    matrix = vectorizer.fit_transform(documents)

    def run(text: str) -> Outcome:
        similarity = cosine_similarity(vectorizer.transform([text]), matrix)[0]
        order = sorted(range(len(ids)), key=lambda i: -similarity[i])
        top3 = tuple(ids[i] for i in order[:3] if similarity[i] > 0)
        if not top3 or similarity[order[0]] < threshold:
            return Outcome("none", None, top3)
        return Outcome("faq", ids[order[0]], top3)

    return run


@dataclass(frozen=True)
class Report:
    top1: float
    top3: float
    oos_answered: float
    oos_by_tag: dict[str, float]
    complaint_recall: float
    misread_as_complaint: float
    counts: dict[str, int]

    def objective(self) -> float:
        return (
            self.top1
            + 0.5 * self.top3
            - 3 * self.oos_answered
            + self.complaint_recall
            - 3 * self.misread_as_complaint
        )


def share(hits: int, total: int) -> float:
    return hits / total if total else 0.0


def evaluate(system: System, queries: Sequence[Query]) -> Report:
    outcomes = [(q, system(q.text)) for q in queries]
    scope = [(q, o) for q, o in outcomes if q.expect not in ("none", "complaint")]
    oos = [(q, o) for q, o in outcomes if q.expect == "none"]
    complaints = [(q, o) for q, o in outcomes if q.expect == "complaint"]
    by_tag = {}
    for tag in ("near", "far", "trivial"):
        tagged = [o for q, o in oos if tag in q.tags]
        by_tag[tag] = share(sum(o.intent == "faq" for o in tagged), len(tagged))
    return Report(
        top1=share(sum(o.intent == "faq" and o.entry == q.expect for q, o in scope), len(scope)),
        top3=share(sum(q.expect in o.top3 for q, o in scope), len(scope)),
        oos_answered=share(sum(o.intent == "faq" for _, o in oos), len(oos)),
        oos_by_tag=by_tag,
        complaint_recall=share(
            sum(o.intent == "complaint" for _, o in complaints), len(complaints)
        ),
        misread_as_complaint=share(sum(o.intent == "complaint" for _, o in scope), len(scope)),
        counts={"in-scope": len(scope), "out-of-scope": len(oos), "complaint": len(complaints)},
    )


ROWS: list[tuple[str, Callable[[Report], float]]] = [
    ("in-scope top-1 accuracy", lambda r: r.top1),
    ("in-scope top-3 (answer or suggestion)", lambda r: r.top3),
    ("out-of-scope answered (lower is better)", lambda r: r.oos_answered),
    ("  near-domain answered", lambda r: r.oos_by_tag["near"]),
    ("  far out of scope answered", lambda r: r.oos_by_tag["far"]),
    ("  trivial chatter answered", lambda r: r.oos_by_tag["trivial"]),
    ("complaint recall", lambda r: r.complaint_recall),
    ("in-scope misread as complaint", lambda r: r.misread_as_complaint),
]


def table(reports: dict[str, Report]) -> str:
    names = list(reports)
    lines = ["| metric | " + " | ".join(names) + " |", "|---|" + "---:|" * len(names)]
    for label, get in ROWS:
        cells = " | ".join(f"{100 * get(reports[n]):.1f}%" for n in names)
        lines.append(f"| {label} | {cells} |")
    return "\n".join(lines)


def halves(queries: Sequence[Query]) -> tuple[list[Query], list[Query]]:
    def bucket(q: Query) -> int:
        return hashlib.sha1(q.text.encode()).digest()[0] % 2

    return [q for q in queries if bucket(q) == 0], [q for q in queries if bucket(q) == 1]


def tune(kb: KnowledgeBase, queries: Sequence[Query]) -> MatcherConfig:
    """Grid-search the main decision thresholds on ``queries``."""
    base = MatcherConfig()
    best: tuple[float, MatcherConfig] | None = None
    grid = itertools.product((45.0, 50.0, 55.0), (0.4, 0.5, 0.6), (0.4, 0.5, 0.6), (1.0, 1.2, 1.5))
    for answer, coverage, entry_coverage, cues in grid:
        thresholds = replace(
            base.thresholds,
            answer_score=answer,
            min_coverage=coverage,
            min_entry_coverage=entry_coverage,
            complaint_cues=cues,
        )
        config = replace(base, thresholds=thresholds)
        value = evaluate(ours(Matcher(kb, config)), queries).objective()
        if best is None or value > best[0]:  # ties keep the earlier, stricter-cue config
            best = (value, config)
    assert best is not None
    return best[1]


def systems_for(kb: KnowledgeBase) -> dict[str, System]:
    return {
        "ours": ours(Matcher(kb)),
        "ours, no stemming": ours(Matcher(kb, replace(MatcherConfig(), stemming=False))),
        "A: rapidfuzz extractOne": baseline_rapidfuzz(kb),
        f"B: TF-IDF cosine>={TFIDF_THRESHOLD}": baseline_tfidf(kb),
    }


def report(title: str, kb: KnowledgeBase, queries: Sequence[Query]) -> None:
    reports = {name: evaluate(system, queries) for name, system in systems_for(kb).items()}
    counts = next(iter(reports.values())).counts
    print(f"{title} ({len(kb)} entries; queries: {counts})\n")
    print(table(reports))


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--split", action="store_true", help="also run the split-half check")
    parser.add_argument("--sample-kb", type=Path, default=SAMPLE_KB)
    parser.add_argument("--sample-queries", type=Path, default=SAMPLE_QUERIES)
    parser.add_argument("--no-sample", action="store_true", help="skip the sample-KB set")
    args = parser.parse_args(argv)
    kb = load_kb(args.data / "kb")
    queries = load_queries(args.data / "queries.jsonl")
    report(f"data: {args.data}", kb, queries)
    sample: tuple[KnowledgeBase, list[Query]] | None = None
    if not args.no_sample:
        sample = (load_kb(args.sample_kb), load_queries(args.sample_queries))
        print()
        report(f"second set: {args.sample_kb} with {args.sample_queries.name}", *sample)
    if args.split:
        half_a, half_b = halves(queries)
        tuned = tune(kb, half_a)
        t = tuned.thresholds
        print(f"\nsplit check: half A {len(half_a)} queries, half B {len(half_b)} queries")
        print(
            f"tuned on A: answer_score={t.answer_score}, min_coverage={t.min_coverage}, "
            f"min_entry_coverage={t.min_entry_coverage}, complaint_cues={t.complaint_cues}\n"
        )
        columns = {
            "shipped, half A": evaluate(ours(Matcher(kb)), half_a),
            "shipped, half B": evaluate(ours(Matcher(kb)), half_b),
            "tuned on A, half B": evaluate(ours(Matcher(kb, tuned)), half_b),
        }
        if sample is not None:
            columns["tuned on A, sample set"] = evaluate(ours(Matcher(sample[0], tuned)), sample[1])
        print(table(columns))


if __name__ == "__main__":
    main()
