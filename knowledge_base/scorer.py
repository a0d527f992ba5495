"""Score knowledge-base entries against one analysed message.

Two signals per entry: a rapidfuzz similarity between the normalised message and the
entry's best variant (questions and keywords), and IDF-weighted coverage: the share of
the message's content terms that the entry knows. Terms the KB has never seen weigh
as much as the rarest KB term, so an uncovered distinctive word ("sim", "paspor")
pulls coverage down however well the rest of the sentence matches.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from knowledge_base.index import KbIndex
from knowledge_base.normaliser import Analysis

Scorer = Callable[..., float]

SCORERS: dict[str, Scorer] = {
    "token_set_ratio": fuzz.token_set_ratio,
    "token_sort_ratio": fuzz.token_sort_ratio,
    "WRatio": fuzz.WRatio,
    "QRatio": fuzz.QRatio,
    "partial_token_set_ratio": fuzz.partial_token_set_ratio,
}


@dataclass(frozen=True)
class ScoringWeights:
    scorer: str = "token_set_ratio"
    fuzzy_weight: float = 0.35
    answer_credit: float = 0.4
    service_term_boost: float = 1.5
    unknown_weight: float = 0.4
    max_candidates: int = 40


@dataclass(frozen=True)
class Candidate:
    position: int
    entry_id: str
    fuzzy: float
    coverage: float
    score: float


def term_weight(index: KbIndex, term: str, weights: ScoringWeights) -> float:
    weight = index.idf.get(term)
    if weight is not None:
        return weight
    if term in index.normaliser.lexicon.service_terms:
        return index.unknown_idf * weights.service_term_boost
    return index.unknown_idf * weights.unknown_weight


def _candidates(index: KbIndex, terms: tuple[str, ...], limit: int) -> list[int]:
    overlap: dict[int, float] = {}
    for term in terms:
        weight = index.idf.get(term, 0.0)
        for position in index.postings.get(term, ()):
            overlap[position] = overlap.get(position, 0.0) + weight
    ranked = sorted(overlap.items(), key=lambda item: (-item[1], item[0]))
    return [position for position, _ in ranked[:limit]]


def coverage(index: KbIndex, position: int, term_weights: dict[str, float], credit: float) -> float:
    total = sum(term_weights.values())
    if total <= 0:
        return 0.0
    item = index.entries[position]
    covered = 0.0
    for term, weight in term_weights.items():
        if term in item.terms:
            covered += weight
        elif term in item.answer_terms:
            covered += weight * credit
    return covered / total


def rank(index: KbIndex, analysis: Analysis, weights: ScoringWeights) -> list[Candidate]:
    """Candidates sharing at least one term with the message, best first."""
    positions = _candidates(index, analysis.terms, weights.max_candidates)
    if not positions:
        return []
    term_weights = {t: term_weight(index, t, weights) for t in analysis.terms}
    choices: list[str] = []
    owners: list[int] = []
    for position in positions:
        for variant in index.entries[position].variants:
            choices.append(variant)
            owners.append(position)
    matrix = process.cdist([analysis.text], choices, scorer=SCORERS[weights.scorer], workers=1)
    best: dict[int, float] = {}
    for owner, value in zip(owners, matrix[0], strict=True):
        best[owner] = max(best.get(owner, 0.0), float(value))
    results = []
    for position in positions:
        cover = coverage(index, position, term_weights, weights.answer_credit)
        fuzzy = best[position]
        score = weights.fuzzy_weight * fuzzy + (1 - weights.fuzzy_weight) * 100 * cover
        results.append(Candidate(position, index.entries[position].entry.id, fuzzy, cover, score))
    results.sort(key=lambda c: (-c.score, c.position))
    return results
