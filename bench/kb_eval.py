"""What `bench/kb_quality.py` measures: labelled message sets, the systems compared and
the figures of the issue's table.

A message set is JSON Lines ``{"q", "expect", "tags"}`` where ``expect`` is an entry id
of that set's knowledge base, ``complaint`` or ``none``; an emergency set is
``{"q", "emergency", "lang"}``.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from rapidfuzz import process

from knowledge_base.entries import KnowledgeBase
from knowledge_base.matcher import Matcher

STYLE_TAGS = (
    "english",
    "long",
    "formal",
    "typo",
    "slang",
    "abbrev",
    "paraphrase",
    "short",
    "nospace",
    "regional",
)
COMPLAINT_TAGS = ("nocue", "conduct", "faqtopic", "english")
OUT_OF_SCOPE_TAGS = ("near", "far", "trivial")
TFIDF_THRESHOLD = 0.3


def faq_dev() -> Path:
    """``shared/faq-dev`` beside the checkout (or beside the folder of worktrees)."""
    root = Path(__file__).resolve().parents[1]
    for parent in (root.parent, root.parent.parent):
        if (parent / "shared" / "faq-dev").is_dir():
            return parent / "shared" / "faq-dev"
    return root.parent / "shared" / "faq-dev"


@dataclass(frozen=True)
class Query:
    text: str
    expect: str
    tags: tuple[str, ...]

    @property
    def in_scope(self) -> bool:
        return self.expect not in ("none", "complaint")


@dataclass(frozen=True)
class Outcome:
    intent: str  # faq | complaint | smalltalk | none
    entry: str | None
    top3: tuple[str, ...]


System = Callable[[str], Outcome]


def load_queries(path: Path) -> list[Query]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    return [Query(r["q"], r["expect"], tuple(r.get("tags", ()))) for r in rows]


DEV = Path(__file__).resolve().parent / "data" / "dev"


def dev_files(prefix: str) -> tuple[Path, ...]:
    """Every development file of one kind: ``faqdev``, ``sample`` or ``emergencies``,
    the first batch and later ones (``faqdev_batch3.jsonl``, …) alike."""
    return tuple(sorted(DEV.glob(f"{prefix}*.jsonl")))


def load_emergencies(path: Path) -> list[tuple[str, bool, str]]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    return [(r["q"], bool(r["emergency"]), str(r.get("lang", "id"))) for r in rows]


def ours(matcher: Matcher) -> System:
    def run(text: str) -> Outcome:
        result = matcher.match(text)
        ids = ([result.entry_id] if result.entry_id else []) + list(result.suggestions)
        return Outcome(result.intent.value, result.entry_id, tuple(dict.fromkeys(ids))[:3])

    return run


def baseline_rapidfuzz(kb: KnowledgeBase) -> System:
    """A: ``extractOne`` with the library's defaults: it always answers."""
    choices = [q for e in kb.entries for q in e.questions]
    owners = [e.id for e in kb.entries for _ in e.questions]

    def run(text: str) -> Outcome:
        ranked = process.extract(text, choices, limit=len(choices))
        if not ranked:
            return Outcome("none", None, ())
        top3 = tuple(dict.fromkeys(owners[i] for _, _, i in ranked))[:3]
        return Outcome("faq", owners[ranked[0][2]], top3)

    return run


def baseline_tfidf(kb: KnowledgeBase, threshold: float = TFIDF_THRESHOLD) -> System:
    """B: word TF-IDF over one document per entry, cosine, answers at ``threshold``."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.metrics.pairwise import cosine_similarity

    ids = [e.id for e in kb.entries]
    vectorizer = TfidfVectorizer()
    matrix = vectorizer.fit_transform([" ".join((*e.questions, *e.keywords)) for e in kb.entries])

    def run(text: str) -> Outcome:
        similarity = cosine_similarity(vectorizer.transform([text]), matrix)[0]
        order = sorted(range(len(ids)), key=lambda i: -similarity[i])
        top3 = tuple(ids[i] for i in order[:3] if similarity[i] > 0)
        if not top3 or similarity[order[0]] < threshold:
            return Outcome("none", None, top3)
        return Outcome("faq", ids[order[0]], top3)

    return run


def share(hits: int, total: int) -> float:
    return hits / total if total else float("nan")


@dataclass(frozen=True)
class Report:
    figures: dict[str, float]
    counts: dict[str, int] = field(default_factory=dict)


def _tagged_share(
    pairs: Sequence[tuple[Query, Outcome]], tag: str, hit: Callable[[Query, Outcome], bool]
) -> float:
    tagged = [(q, o) for q, o in pairs if tag in q.tags]
    return share(sum(hit(q, o) for q, o in tagged), len(tagged))


Pairs = Sequence[tuple[Query, Outcome]]


def evaluate(system: System, queries: Sequence[Query]) -> Report:
    return score([(q, system(q.text)) for q in queries])


def score(pairs: Pairs) -> Report:
    """The issue's figures for messages and the decisions taken on them."""
    scope = [(q, o) for q, o in pairs if q.in_scope]
    oos = [(q, o) for q, o in pairs if q.expect == "none"]
    complaints = [(q, o) for q, o in pairs if q.expect == "complaint"]

    def right(q: Query, o: Outcome) -> bool:
        return o.intent == "faq" and o.entry == q.expect

    def answered(_q: Query, o: Outcome) -> bool:
        return o.intent == "faq"

    def filed(_q: Query, o: Outcome) -> bool:
        return o.intent == "complaint"

    figures = {
        "top1": share(sum(right(q, o) for q, o in scope), len(scope)),
        "top3": share(sum(q.expect in o.top3 for q, o in scope), len(scope)),
        "wrong": share(sum(answered(q, o) and not right(q, o) for q, o in scope), len(scope)),
        "oos_answered": share(sum(answered(q, o) for q, o in oos), len(oos)),
        "complaint_recall": share(sum(filed(q, o) for q, o in complaints), len(complaints)),
        "complaint_answered": share(sum(answered(q, o) for q, o in complaints), len(complaints)),
        "misread": share(sum(filed(q, o) for q, o in scope), len(scope)),
    }
    for tag in OUT_OF_SCOPE_TAGS:
        figures[f"oos:{tag}"] = _tagged_share(oos, tag, answered)
    for tag in COMPLAINT_TAGS:
        figures[f"complaint:{tag}"] = _tagged_share(complaints, tag, filed)
    for tag in STYLE_TAGS:
        figures[f"style:{tag}"] = _tagged_share(scope, tag, right)
    counts = {"in-scope": len(scope), "out-of-scope": len(oos), "complaint": len(complaints)}
    return Report(figures, counts)


def evaluate_emergencies(
    detect: Callable[[str], bool], rows: Sequence[tuple[str, bool, str]]
) -> Report:
    figures: dict[str, float] = {}
    for lang in ("all", "id", "en"):
        chosen = [(text, urgent) for text, urgent, code in rows if lang in ("all", code)]
        urgent = [text for text, is_urgent in chosen if is_urgent]
        calm = [text for text, is_urgent in chosen if not is_urgent]
        figures[f"detected:{lang}"] = share(sum(detect(t) for t in urgent), len(urgent))
        figures[f"false_alarm:{lang}"] = share(sum(detect(t) for t in calm), len(calm))
    counts = {"emergency": sum(u for _, u, _ in rows), "not": sum(not u for _, u, _ in rows)}
    return Report(figures, counts)
