"""First stage of ranking: the entries worth scoring, proposed by the inverted index
from the IDF weight they share with the message."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from operator import itemgetter

from knowledge_base.index import KbIndex
from knowledge_base.memo import built_once

# an answer word no other entry uses proposes its entry at half a question word's weight
# (the answer credit coverage gives it)
ANSWER_WORD_SHARE = 0.5


@dataclass(frozen=True)
class Proposals:
    """The terms that propose entries: the index's question and keyword terms, and
    each entry's own answer words (see :func:`knowledge_base.index.own_answer_words`:
    "ditolak" is in the refusal entry's answer only, and without it a message asking
    what to do after a refusal never had that entry scored at all)."""

    sets: Mapping[str, frozenset[int]]
    weights: Mapping[str, float]


def proposals(index: KbIndex) -> Proposals:
    """The index's :class:`Proposals`, built on the first message and kept in its cache
    (a pass over the entries' term sets: well under a millisecond per hundred entries)."""
    return built_once(index.cache, "proposals", Proposals, lambda: _build_proposals(index))


def _build_proposals(index: KbIndex) -> Proposals:
    answer: dict[str, set[int]] = {}
    for position, item in enumerate(index.entries):
        for term in item.own_terms - item.terms:
            if term not in index.posting_sets:
                answer.setdefault(term, set()).add(position)
    weight = index.specific_idf * ANSWER_WORD_SHARE
    found = Proposals(
        {**{t: frozenset(p) for t, p in answer.items()}, **index.posting_sets},
        {**dict.fromkeys(answer, weight), **index.idf},
    )
    return found


def propose(index: KbIndex, terms: tuple[str, ...], limit: int) -> list[int]:
    """The ``limit`` entries sharing the most IDF weight with the message (ties: KB
    order). Rare terms go first; once they have proposed ``limit`` entries, a term
    found in many entries only adds weight to those already proposed instead of
    proposing hundreds more that could never outrank them on its weight alone."""
    table = proposals(index)
    sets = table.sets
    idf = table.weights
    found = sorted((t for t in terms if t in sets), key=lambda t: len(sets[t]))
    overlap: dict[int, float] = {}
    for term in found:
        weight = idf[term]
        members = sets[term]
        # each entry's weight is added term by term in this order whatever the loops
        # below visit first (the dict's order is never read: ties go by position);
        # the entries already proposed that hold the term are found in C, walking
        # the smaller side (a set intersected with a dict walks the whole dict)
        held: frozenset[int] | set[int]
        if len(members) > len(overlap):
            held = members.intersection(overlap)
        else:
            held = overlap.keys() & members
        for position in held:
            overlap[position] += weight
        if len(overlap) >= limit and len(members) > len(overlap):
            continue
        overlap.update(dict.fromkeys(members.difference(overlap), weight))
    if len(overlap) <= limit:
        return sorted(overlap, key=lambda p: (-overlap[p], p))
    return _heaviest(overlap, limit)


def _heaviest(overlap: dict[int, float], limit: int) -> list[int]:
    """The ``limit`` heaviest positions, heaviest first, ties in KB order. They all
    weigh at least the limit-th weight (sorting the values in C finds it): those above
    it are fewer than ``limit`` and ordered; of the many that often weigh exactly it
    (entries sharing the same common words), the first by position fill the rest,
    ordered as plain integers."""
    floor = sorted(overlap.values(), reverse=True)[limit - 1]
    above = sorted(item for item in overlap.items() if item[1] > floor)
    above.sort(key=itemgetter(1), reverse=True)  # stable: equal weights stay by position
    at = sorted(position for position, weight in overlap.items() if weight == floor)
    return [position for position, _ in above] + at[: limit - len(above)]
