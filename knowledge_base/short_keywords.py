"""A short keyword found whole is evidence of the thing, not of the question.

The fuzzy signal (``token_set_ratio``) gives 100, and entry coverage 1.0, to an entry
one of whose phrases lies whole in the message: for a keyword of one or two words
("hari kerja", "buku nikah", "pju") that says the message names the entry's thing,
not that it asks the entry's question. Such an entry led "what time does the
puskesmas close on weekdays?" (keyword "hari kerja" of the complaint-deadline entry)
over the clinic-hours entry.

So the leader's score is read again with its short phrases counting no more than its
longer ones (its fuzzy score and entry coverage on phrases of more than
:data:`SHORT_TERMS` content terms). When that score falls below the runner-up's (the
runner-up's own short phrases discounted too, if it was whole on one), the runner-up
covers :data:`MORE_COVERAGE` more of the message's words and :data:`SIBLING_PHRASE` of
one of its own phrases, the leader's lead rests on the keyword alone: the runner-up goes
first, the leader a point behind it (no tie, and no lead bought by the demotion). Not
when the message asks a facet: facets already weigh such siblings (``scorer``).

On the 19 dev KBs (``bench/kb_decisions.py`` before/after): 17 more right answers, 3
fewer wrong, out of scope answered unchanged, no set losing a right answer. Tried: the
runner-up first at any phrase coverage, offered as "did you mean" below 0.6 (19 more
right, 4 fewer wrong, but it withheld "free training" for a free-certificate sibling);
answered at any phrase coverage (41 more right, 2 more out of scope); always offered,
never answered (right answers lost on three small KBs); a coverage margin of 0.15 or
none (more wrong answers). "what time does the puskesmas close on weekdays?" is not
fixed: the clinic-hours entry covers only 0.03 more of the message.
"""

from __future__ import annotations

from dataclasses import replace

from knowledge_base.coverage import VariantWeights, entry_coverage
from knowledge_base.fuzzy import SCORERS
from knowledge_base.index import KbIndex
from knowledge_base.scored import Candidate, rank_order

WHOLE = 99.99  # a phrase found whole: token_set_ratio 100
SHORT_TERMS = 2  # a phrase of at most this many content terms is a keyword, not a question
MORE_COVERAGE = 0.2  # how much more of the message the runner-up must cover
SIBLING_PHRASE = 0.6  # of one of its phrases, for the runner-up put first to be answered
BEHIND = 1.0  # the demoted leader's distance behind the runner-up: the tie margin


def sibling_first(
    index: KbIndex,
    text: str,
    terms: frozenset[str],
    ranked: list[Candidate],
    phrases: dict[int, VariantWeights],
    mix: tuple[float, float, str],
) -> list[Candidate]:
    """``ranked`` with the runner-up first when the leader's lead rests on a short
    keyword alone (see the module); else ``ranked`` itself. ``mix``: the fuzzy and
    entry-side weights of the score and the fuzzy scorer's name."""
    if len(ranked) < 2 or ranked[0].missing_salient or ranked[0].fuzzy < WHOLE:
        return ranked
    leader, sibling = ranked[0], ranked[1]
    if sibling.missing_salient or sibling.entry_coverage < SIBLING_PHRASE:
        return ranked
    if sibling.coverage < leader.coverage + MORE_COVERAGE:
        return ranked
    without = _score_without_short(index, text, terms, leader, phrases[leader.position], mix)
    if without is None or sibling.score <= without:
        return ranked
    if sibling.fuzzy >= WHOLE:
        own = _score_without_short(index, text, terms, sibling, phrases[sibling.position], mix)
        if own is not None and own <= without:
            return ranked
    demoted = replace(leader, score=sibling.score - BEHIND)
    return sorted([demoted, *ranked[1:]], key=rank_order)


def _score_without_short(
    index: KbIndex,
    text: str,
    terms: frozenset[str],
    best: Candidate,
    table: VariantWeights,
    mix: tuple[float, float, str],
) -> float | None:
    """The candidate's score with its short phrases read as its longer ones; None when
    its short phrases raise neither its fuzzy score nor its entry coverage."""
    fuzzy_weight, entry_weight, scorer = mix
    item = index.entries[best.position]
    normaliser = index.normaliser
    long_variants = [v for v in item.variants if len(normaliser.terms(v.split())) > SHORT_TERMS]
    fuzzy = max((SCORERS[scorer](text, v) for v in long_variants), default=0.0)
    long_numbers = {n for n, t in enumerate(item.variant_terms) if len(t) > SHORT_TERMS}
    cover = entry_coverage(_only(table, long_numbers), terms)
    if fuzzy >= best.fuzzy and cover >= best.entry_coverage:
        return None
    message_weight = 1 - fuzzy_weight - entry_weight
    return fuzzy_weight * fuzzy + message_weight * 100 * best.coverage + entry_weight * 100 * cover


def _only(table: VariantWeights, numbers: set[int]) -> VariantWeights:
    """``table`` with the phrases ``numbers`` only, for :func:`entry_coverage`."""
    by_term = {
        term: kept
        for term, held in table.by_term.items()
        if (kept := tuple(pair for pair in held if pair[0] in numbers))
    }
    return VariantWeights(table.totals, by_term)
