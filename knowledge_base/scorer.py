"""Score knowledge-base entries against one analysed message.

Three signals per entry:

- *fuzzy*: a rapidfuzz similarity between the message and the entry's best variant
  (questions and keywords), see :mod:`fuzzy`;
- *coverage* (message side) and *entry coverage* (entry side), see :mod:`coverage`,
  over the term weights of :mod:`weighting`.

The combined score mixes the three; :mod:`decision` decides from it. Two stages keep
ranking fast on large KBs: the inverted index proposes entries (:mod:`candidates`),
coverage ranks them, and rapidfuzz scores only the best few.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace

from knowledge_base.candidates import propose
from knowledge_base.coverage import (
    VariantWeights,
    covered_many,
    entry_coverage,
    is_indistinct,
    misses_head,
    names_missing_service,
    names_most_asked,
    term_owners,
    variant_weights,
)
from knowledge_base.facet_contest import overturns_words
from knowledge_base.facets import Contender, entry_facets, to_demote
from knowledge_base.filler import question_core
from knowledge_base.fuzzy import best_fuzzy
from knowledge_base.head import asked_frame_terms, frame_terms, head_of
from knowledge_base.index import IndexedEntry, KbIndex
from knowledge_base.lexicon import Lexicon
from knowledge_base.memo import last_answer
from knowledge_base.message_asks import asks_of, asks_situation
from knowledge_base.normaliser import Analysis
from knowledge_base.pairs import names_a_pair
from knowledge_base.scored import Candidate, rank_order
from knowledge_base.sentences import LONG_MESSAGE
from knowledge_base.short_keywords import sibling_first
from knowledge_base.situations import beside_situation
from knowledge_base.weighting import MessageWeights, ScoringWeights, message_weights, named_terms


@dataclass(frozen=True)
class _Message:
    """What every candidate of one message is scored against."""

    weights: MessageWeights
    terms: frozenset[str]  # see coverage.entry_coverage
    specific: list[str]  # the sorted terms that are neither office or place words nor frame
    phrases: dict[int, VariantWeights]  # see coverage.variant_weights
    # the entries dealing with the errands the message asks (see errands), None: none
    dealing: frozenset[int] | None = None
    # per entry position, what depends on the message's terms alone (see _fits)
    fits: dict[int, tuple[float, int, bool]] = field(default_factory=dict)


def rank(
    index: KbIndex,
    analysis: Analysis,
    weights: ScoringWeights,
    known_fuzzy: Mapping[int, float] | None = None,
) -> list[Candidate]:
    """Candidates sharing at least one term with the message, best first.
    ``known_fuzzy``: entry positions' fuzzy scores already computed for this very text
    (a long message read again with other term weights), not computed again."""
    positions = proposed(index, analysis.terms, weights.max_candidates)
    if not positions:
        return []
    message = message_weights(index, analysis, weights)
    asks = asks_of(index, analysis)
    owners = term_owners(index)
    weighted, total = message.weighted, message.total
    shares = covered_many(
        weighted, total, positions, owners.own, owners.answer, weights.answer_credit
    )
    # best covered first, ties in KB order: a sort keyed in C, whose reverse order keeps
    # equal shares in the order they came (ascending positions)
    positions = sorted(positions)
    positions.sort(key=shares.__getitem__, reverse=True)
    positions = positions[: weights.fuzzy_candidates]
    fuzzy = best_fuzzy(index, analysis.text, positions, weights.scorer, known_fuzzy)
    term_set = frozenset(analysis.terms)
    ordered_terms = sorted(term_set)
    generic, frame = index.generic_terms, frame_terms(index)
    specific = [t for t in ordered_terms if t not in generic and t not in frame]
    context = _Message(
        message,
        term_set,
        specific,
        variant_weights(index, weights),
        asks.dealing,
        _fits(index, term_set, weights),
    )
    primes = covered_many(weighted, total, positions, owners.prime, owners.answer, 0.0)
    results = _scored(index, positions, (fuzzy, shares, primes), context, weights)
    results = _ordered(*_favour_facets(index, asks.facets, message, results, weights))
    mix = (weights.fuzzy_weight, weights.entry_weight, weights.scorer)
    if not asks.facets:  # facets already weigh siblings (see _favour_facets)
        results = sibling_first(index, analysis.text, term_set, results, context.phrases, mix)
    best = results[0]
    if _checked(index, best, analysis, message.weighted, weights, len(ordered_terms)):
        # the asking frame ("bayar", "daftar", "syarat") names no thing the entry lacks,
        # nor does whom or when it is asked for, nor what is asked of the topic (see
        # head.NOT_HEADS, head.ASKED_OF_TOPIC)
        named = named_terms(index, analysis.tokens) - asked_frame_terms(index)
        if is_indistinct(index, best.position, ordered_terms, named) or misses_head(
            index,
            best.position,
            ordered_terms,
            head_of(index, analysis.tokens, analysis.disowned),
        ):
            # a short question whose best entry it does not identify: first, for "did you
            # mean", but marked not to be answered; the others keep their ranks and marks
            results[0] = replace(best, missing_salient=True)
    return beside_situation(index, asks.facets, message.weighted, results, analysis.tokens)


def _checked(
    index: KbIndex,
    best: Candidate,
    analysis: Analysis,
    weighted: tuple[tuple[str, float], ...],
    weights: ScoringWeights,
    terms: int,
) -> bool:
    """A short question (``guarded_terms`` terms or fewer) is checked for naming its
    best entry, unless the entry is already marked or names most of it (see
    :func:`knowledge_base.coverage.names_most_asked`; not in a story or given reading
    (``analysis.background``): there the few words of the question are covered at once,
    "sudah dapat lapak, bayar retribusinya per malam berapa" put the waste levy before
    the stall fee)."""
    if terms > weights.guarded_terms or best.missing_salient:
        return False
    if analysis.background:
        return True
    return not names_most_asked(index, best.position, weighted, weights.identified_coverage)


def reads_story_first(index: KbIndex, analysis: Analysis, lexicon: Lexicon) -> bool:
    """A long message's story readings may be ranked before the message as written
    (``Matcher.reading``), which need not be ranked at all when one of them answers:
    their fuzzy scores are the very ones the as-written ranking would lend them (the
    same words), unless the message asks a situation's facet: then the as-written
    candidates may hold an entry never scored, at fuzzy 0 (see :func:`asks_situation`),
    and the readings keep the as-written order and that score."""
    if len(analysis.tokens) < LONG_MESSAGE:
        return False
    core, core_terms = question_core(index, analysis.tokens, lexicon)
    return not asks_situation(index, analysis.with_words(core, core_terms or analysis.terms))


def _ordered(results: list[Candidate], contested: bool) -> list[Candidate]:
    """Best first; when the facet and the words disagree (see :mod:`facet_contest`), the
    first is marked not to be answered: "did you mean"."""
    results.sort(key=rank_order)
    if contested:
        results[0] = replace(results[0], missing_salient=True)
    return results


def _favour_facets(
    index: KbIndex,
    asked: frozenset[str],
    message: MessageWeights,
    results: list[Candidate],
    weights: ScoringWeights,
) -> tuple[list[Candidate], bool]:
    """Sibling entries told apart by what the message asks about them (see
    :mod:`facets`): one that does not ask it falls behind one that does; and whether
    the facet and the words disagree too much to answer either (see
    :mod:`facet_contest`: then nothing is demoted). ``asked``: the message's facets."""
    facets = entry_facets(index)
    if not asked:
        return results, False
    facet_words = facets.facet_words(asked)
    topic = tuple((t, w) for t, w in message.weighted if t not in facet_words)
    total = sum(w for _, w in topic)
    owners = term_owners(index)
    shares = covered_many(
        topic,
        total,
        (c.position for c in results),
        owners.own,
        owners.answer,
        weights.facet_topic_answer_credit,
    )
    # an entry that lacks a service the message names is no sibling: it neither leads
    # nor, asking the facet, passes the entry that has the service
    contenders = [
        Contender(c.position, c.score, shares[c.position]) for c in results if not c.missing_salient
    ]
    demoted = to_demote(
        facets,
        asked,
        contenders,
        weights.facet_sibling_coverage,
        weights.facet_min_share,
        weights.facet_reach,
        weights.facet_tie_margin,
    )
    if overturns_words(contenders, demoted, weights, facets.asking(asked, weights.facet_min_share)):
        return results, True
    return [
        replace(c, score=c.score - weights.facet_demotion) if c.position in demoted else c
        for c in results
    ], False


def _fits(
    index: KbIndex, terms: frozenset[str], weights: ScoringWeights
) -> dict[int, tuple[float, int, bool]]:
    """Per entry position, its entry coverage, shared terms and pair (see
    :func:`_scored`): they depend on the message's terms alone, not on their
    weights. Filled as candidates are scored and remembered for the last terms: a long
    message's story reading scores mostly the same entries for the same terms."""
    return last_answer(index.cache, "fits", (terms, weights), dict)


def proposed(index: KbIndex, terms: tuple[str, ...], limit: int) -> list[int]:
    """:func:`propose`, remembering the last answer: a long message is ranked again
    with the same terms and other weights (see :func:`knowledge_base.focus.story_reading`),
    and a reading is asked which entries it can hold before it is ranked (see
    :mod:`knowledge_base.reach`)."""
    found = last_answer(
        index.cache, "proposed", (terms, limit), lambda: tuple(propose(index, terms, limit))
    )
    return list(found)


def _scored(
    index: KbIndex,
    positions: list[int],
    signals: tuple[Mapping[int, float], Mapping[int, float], Mapping[int, float]],
    message: _Message,
    weights: ScoringWeights,
) -> list[Candidate]:
    """Each entry's signals (``signals``: per position its fuzzy score, message coverage
    and prime coverage) and combined score, in the order of ``positions``."""
    fuzzy, shares, primes = signals
    entries, salient, dealing = index.entries, message.weights.salient, message.dealing
    fuzzy_weight, entry_weight = weights.fuzzy_weight, weights.entry_weight
    message_weight = 1 - fuzzy_weight - entry_weight
    results: list[Candidate] = []
    for position in positions:
        item = entries[position]
        entry_cover, shared_terms, paired = _fit(index, item, position, message)
        cover = shares[position]
        score = (
            fuzzy_weight * fuzzy[position]
            + message_weight * 100 * cover
            + entry_weight * 100 * entry_cover
        )
        missing = bool(salient) and names_missing_service(
            item, salient, index.salient_terms, entry_cover >= 0.99, index.same_service
        )
        missing = missing or (dealing is not None and position not in dealing)
        results.append(
            Candidate(
                position,
                item.entry.id,
                fuzzy[position],
                cover,
                score,
                missing,
                entry_cover,
                primes[position],
                shared_terms,
                paired,
            )
        )
    return results


def _fit(
    index: KbIndex, item: IndexedEntry, position: int, message: _Message
) -> tuple[float, int, bool]:
    """The entry's coverage, shared terms and pair (see :func:`_fits`), remembered."""
    fit = message.fits.get(position)
    if fit is None:
        shared = item.own_terms.intersection(message.specific)
        fit = (
            entry_coverage(message.phrases[position], message.terms),
            len(shared),
            names_a_pair(item, shared, index.postings),
        )
        message.fits[position] = fit
    return fit
