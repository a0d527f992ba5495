"""Score knowledge-base entries against one analysed message.

Three signals per entry:

- *fuzzy*: a rapidfuzz similarity between the message and the entry's best variant
  (questions and keywords);
- *coverage* (message side): the IDF-weighted share of the message's content terms the
  entry knows, words in the answer counting at a lower weight. A service the message
  names (from the service lexicon, or an unknown acronym-like word such as ``sktm``)
  weighs more than the rarest KB term, so an uncovered one ("sim", "paspor") pulls
  coverage down however well the rest fits; other words the KB has never seen weigh
  less than its distinctive words, so the narrative of a long message does not drown
  the question;
- *entry coverage* (entry side): the IDF-weighted share of the entry's best-fitting
  question or keyword phrase that the message contains, like a BM25 match normalised
  by the phrase. A message that shares one word with a long question ("kartu sim")
  covers little of it.

The combined score mixes the three; :mod:`decision` decides from it.
"""

# size: pending split (issue 12)

from __future__ import annotations

import heapq
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from knowledge_base.index import IndexedEntry, KbIndex
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
    fuzzy_weight: float = 0.3
    entry_weight: float = 0.3  # entry-side coverage; the rest goes to message coverage
    answer_credit: float = 0.5
    service_term_boost: float = 1.5
    known_service_boost: float = 1.25
    unknown_weight: float = 0.7  # short messages: an unknown word is likely the topic
    unknown_weight_long: float = 0.35  # long messages: more often narrative
    answer_word_weight: float = 0.5
    generic_term_weight: float = 0.5
    short_message_terms: int = 6
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
    entry_coverage: float = 0.0
    prime_coverage: float = 0.0
    shared_terms: int = 0  # distinct specific message terms in the entry's own phrasing


def term_weight(
    index: KbIndex, term: str, weights: ScoringWeights, long_message: bool = False
) -> float:
    weight = index.idf.get(term)
    if weight is not None:
        if term in index.generic_terms:
            return weight * weights.generic_term_weight
        return weight
    if term in index.salient_terms:
        return index.unknown_idf * weights.service_term_boost
    if term in index.answer_vocabulary:
        return index.unknown_idf * weights.answer_word_weight
    unknown = weights.unknown_weight_long if long_message else weights.unknown_weight
    return index.unknown_idf * unknown


def looks_like_acronym(word: str) -> bool:
    """Short, (nearly) vowel-less words such as ``sktm``, ``bpnt``, ``pppk``."""
    return 2 <= len(word) <= 5 and sum(c in "aeiou" for c in word) <= (len(word) > 3)


def salient_terms(index: KbIndex, tokens: Iterable[str], acronyms: bool = True) -> frozenset[str]:
    """Terms of the message that name a service: from the service lexicon, or (when
    ``acronyms``) acronym-like words of three letters or more, judged as written, not
    as stemmed, that neither the KB nor the lexicons know."""
    normaliser = index.normaliser
    known = normaliser.vocabulary
    found: set[str] = set()
    tokens = tuple(tokens)
    for phrase in normaliser.lexicon.salient_phrases:
        size = len(phrase)
        if any(tokens[i : i + size] == phrase for i in range(len(tokens) - size + 1)):
            found.update(normaliser.term(w) for w in phrase)
    for token in tokens:
        if not normaliser.is_content(token):
            continue
        term = normaliser.term(token)
        if term in index.salient_terms or (
            acronyms
            and len(token) >= 3
            and term not in index.idf
            and token not in known
            and token.isalpha()
            and looks_like_acronym(token)
        ):
            found.add(term)
    return frozenset(found)


def _candidates(index: KbIndex, terms: tuple[str, ...], limit: int) -> list[int]:
    """The ``limit`` entries sharing the most IDF weight with the message (ties: KB
    order). Rare terms go first; once they have proposed ``limit`` entries, a term
    found in many entries only adds weight to those already proposed instead of
    proposing hundreds more that could never outrank them on its weight alone."""
    postings = index.postings
    idf = index.idf
    found = sorted((t for t in terms if t in postings), key=lambda t: len(postings[t]))
    overlap: dict[int, float] = {}
    for term in found:
        weight = idf[term]
        posting = postings[term]
        if len(overlap) >= limit and len(posting) > len(overlap):
            members = index.posting_sets[term]
            for position in overlap:
                if position in members:
                    overlap[position] += weight
            continue
        get = overlap.get
        for position in posting:
            overlap[position] = get(position, 0.0) + weight
    if len(overlap) <= limit:
        return sorted(overlap, key=lambda p: (-overlap[p], p))
    best = heapq.nsmallest(limit, overlap.items(), key=lambda item: (-item[1], item[0]))
    return [position for position, _ in best]


def _covered(
    weighted: tuple[tuple[str, float], ...],
    total: float,
    own: frozenset[str],
    answer: frozenset[str],
    credit: float,
) -> float:
    """Share of the message's term weight found in the entry: terms in ``own`` count
    whole, answer words earn ``credit``. The message's (term, weight) pairs and their
    total are given, so ranking forty candidates does not sum them forty times."""
    if total <= 0:
        return 0.0
    covered = 0.0
    for term, weight in weighted:
        if term in own:
            covered += weight
        elif credit and term in answer:
            covered += weight * credit
    return covered / total


@dataclass(frozen=True)
class VariantWeights:
    """One entry's question and keyword phrases, for :func:`entry_coverage`: each
    phrase's total weight, and for each term the phrases holding it with its weight."""

    totals: tuple[float, ...]
    by_term: dict[str, tuple[tuple[int, float], ...]]


def variant_weights(index: KbIndex, weights: ScoringWeights) -> dict[int, VariantWeights]:
    """Per entry position, its :class:`VariantWeights`; a phrase lighter than one
    entry-specific term counts as that heavy. Computed once per index and
    configuration."""
    key = ("variant_weights", weights)
    cached = index.cache.get(key)
    if cached is None:
        reference = index.specific_idf
        table: dict[int, VariantWeights] = {}
        for position, item in enumerate(index.entries):
            totals: list[float] = []
            by_term: dict[str, list[tuple[int, float]]] = {}
            for number, variant in enumerate(item.variant_terms):
                pairs = [(t, term_weight(index, t, weights)) for t in sorted(variant)]
                totals.append(max(sum(w for _, w in pairs), reference))
                for term, weight in pairs:
                    by_term.setdefault(term, []).append((number, weight))
            table[position] = VariantWeights(
                tuple(totals), {t: tuple(hits) for t, hits in by_term.items()}
            )
        index.cache[key] = cached = table
    return cached  # type: ignore[return-value]


def entry_coverage(table: VariantWeights, terms: Iterable[str]) -> float:
    """The best share of one question or keyword phrase's weight that the message
    contains, so a keyword made of one common word ("ktp") is weak evidence alone.

    ``terms`` in sorted order: each phrase's weights are then added in the same order
    as the phrase's own sorted terms, so the shares do not depend on the message's
    word order to the last bit."""
    found: dict[int, float] = {}
    by_term = table.by_term
    for term in terms:
        hits = by_term.get(term)
        if hits:
            for number, weight in hits:
                found[number] = found.get(number, 0) + weight
    best = 0.0
    totals = table.totals
    for number, weight in found.items():
        share = weight / totals[number]
        if share > best:
            best = share
    return best


def names_missing_service(
    item: IndexedEntry, salient: frozenset[str], services: frozenset[str], full_phrase: bool
) -> bool:
    """The message names a service this entry is not about.

    A service must be in the entry's questions or keywords. One mentioned only in the
    answer ("bawa KTP dan KK") is tolerated when the entry's questions name another
    service of the message or no service at all, or when the message contains one of
    the entry's phrases whole; a service the entry never mentions is never tolerated.
    ``services`` are the lexicon's service terms."""
    absent = salient - item.terms
    if not absent:
        return False
    if any(term not in item.answer_terms for term in absent):
        return True
    if salient & item.terms or full_phrase:
        return False
    return bool(item.terms & services)


# size: pending split (issue 12)
def rank(index: KbIndex, analysis: Analysis, weights: ScoringWeights) -> list[Candidate]:
    """Candidates sharing at least one term with the message, best first.

    Two stages keep it fast on large KBs: the inverted index proposes entries by
    shared IDF weight, coverage ranks them, and rapidfuzz scores only the best few."""
    positions = _candidates(index, analysis.terms, weights.max_candidates)
    if not positions:
        return []
    # in a long message an unknown word or acronym is more often context ("kami dari
    # LSM", "dompet jatuh di pasar") than the service asked about
    short = len(analysis.terms) <= weights.short_message_terms
    term_weights = {t: term_weight(index, t, weights, not short) for t in analysis.terms}
    salient = salient_terms(index, analysis.tokens, acronyms=short)
    for term in salient:  # a named service weighs more than any other word
        term_weights[term] = index.unknown_idf * (
            weights.known_service_boost if term in index.idf else weights.service_term_boost
        )
    weighted = tuple(term_weights.items())
    total = sum(term_weights.values())
    entries = index.entries
    credit = weights.answer_credit
    covered = {
        p: _covered(weighted, total, entries[p].terms, entries[p].answer_terms, credit)
        for p in positions
    }
    positions = heapq.nsmallest(weights.fuzzy_candidates, positions, key=lambda p: (-covered[p], p))
    choices: list[str] = []
    for position in positions:
        choices.extend(entries[position].variants)
    # one score per choice, by index (``extract`` without a limit is cheaper than
    # ``cdist`` for one query: no matrix to allocate)
    row = [0.0] * len(choices)
    scorer = SCORERS[weights.scorer]
    for _choice, value, number in process.extract(
        analysis.text, choices, scorer=scorer, limit=None
    ):
        row[number] = value
    query_terms = frozenset(analysis.terms)
    ordered_terms = sorted(query_terms)
    phrases = variant_weights(index, weights)
    specific = [t for t in ordered_terms if t not in index.generic_terms]
    message_weight = 1 - weights.fuzzy_weight - weights.entry_weight
    results = []
    start = 0
    for position in positions:
        item = entries[position]
        end = start + len(item.variants)
        fuzzy = max(row[start:end], default=0.0)
        start = end
        cover = covered[position]
        entry_cover = entry_coverage(phrases[position], ordered_terms)
        score = (
            weights.fuzzy_weight * fuzzy
            + message_weight * 100 * cover
            + weights.entry_weight * 100 * entry_cover
        )
        prime = _covered(weighted, total, item.prime_terms, item.answer_terms, 0.0)
        missing = names_missing_service(item, salient, index.salient_terms, entry_cover >= 0.99)
        shared = len(item.terms.intersection(specific))
        results.append(
            Candidate(
                position, item.entry.id, fuzzy, cover, score, missing, entry_cover, prime, shared
            )
        )
    results.sort(key=lambda c: (c.missing_salient, -c.score, -c.prime_coverage, c.position))
    return results
