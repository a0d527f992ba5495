"""Score knowledge-base entries against one analysed message.

Two signals per entry: a rapidfuzz similarity between the normalised message and the
entry's best variant (questions and keywords), and IDF-weighted coverage: the share of
the message's content terms that the entry knows. Terms the KB has never seen weigh
as much as the rarest KB term, so an uncovered distinctive word ("sim", "paspor")
pulls coverage down however well the rest of the sentence matches.
"""

from __future__ import annotations

import heapq
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
    scorer: str = "WRatio"
    fuzzy_weight: float = 0.5
    answer_credit: float = 0.7
    service_term_boost: float = 1.5
    unknown_weight: float = 0.7
    max_candidates: int = 40
    fuzzy_candidates: int = 12


@dataclass(frozen=True)
class Candidate:
    position: int
    entry_id: str
    fuzzy: float
    coverage: float
    score: float
    missing_salient: bool = False


def term_weight(index: KbIndex, term: str, weights: ScoringWeights) -> float:
    weight = index.idf.get(term)
    if weight is not None:
        return weight
    if term in index.salient_terms:
        return index.unknown_idf * weights.service_term_boost
    return index.unknown_idf * weights.unknown_weight


def _looks_like_acronym(term: str) -> bool:
    """Short, (nearly) vowel-less words such as ``sktm``, ``bpnt``, ``pppk``."""
    return 2 <= len(term) <= 5 and sum(c in "aeiou" for c in term) <= (len(term) > 3)


def salient_unknowns(index: KbIndex, terms: tuple[str, ...]) -> frozenset[str]:
    """Query terms naming a service: from the service lexicon, or acronym-like words
    that neither the KB nor the lexicons know."""
    known = index.normaliser.vocabulary
    return frozenset(
        t
        for t in terms
        if t in index.salient_terms
        or (t not in index.idf and t not in known and t.isalpha() and _looks_like_acronym(t))
    )


def _candidates(index: KbIndex, terms: tuple[str, ...], limit: int) -> list[int]:
    overlap: dict[int, float] = {}
    for term in terms:
        weight = index.idf.get(term, 0.0)
        for position in index.postings.get(term, ()):
            overlap[position] = overlap.get(position, 0.0) + weight
    best = heapq.nsmallest(limit, overlap.items(), key=lambda item: (-item[1], item[0]))
    return [position for position, _ in best]


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
    """Candidates sharing at least one term with the message, best first.

    Two stages keep it fast on large KBs: the inverted index proposes entries by
    shared IDF weight, coverage ranks them, and rapidfuzz scores only the best few."""
    positions = _candidates(index, analysis.terms, weights.max_candidates)
    if not positions:
        return []
    term_weights = {t: term_weight(index, t, weights) for t in analysis.terms}
    covered = {p: coverage(index, p, term_weights, weights.answer_credit) for p in positions}
    positions = heapq.nsmallest(weights.fuzzy_candidates, positions, key=lambda p: (-covered[p], p))
    salient = salient_unknowns(index, analysis.terms)
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
        cover = covered[position]
        fuzzy = best[position]
        score = weights.fuzzy_weight * fuzzy + (1 - weights.fuzzy_weight) * 100 * cover
        item = index.entries[position]
        # a service the message names must be in the entry's questions or keywords:
        # a mention in the answer ("bawa KTP dan SIM") does not make it the topic
        missing = any(t not in item.terms for t in salient)
        # the message names one service, the entry's questions another (KTP vs KK)
        entry_services = item.terms & index.salient_terms
        asked = frozenset(analysis.terms) & index.salient_terms
        missing = missing or bool(asked and entry_services and not asked & entry_services)
        results.append(Candidate(position, item.entry.id, fuzzy, cover, score, missing))
    results.sort(key=lambda c: (c.missing_salient, -c.score, c.position))
    return results
