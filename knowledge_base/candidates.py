"""First stage of ranking: the entries worth scoring, proposed by the inverted index
from the IDF weight they share with the message."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from operator import itemgetter

from knowledge_base.index import KbIndex

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
    cached = index.cache.get("proposals")
    if isinstance(cached, Proposals):
        return cached
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
    index.cache["proposals"] = found
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
        # below visit first (the dict's order is never read: ties go by position)
        # (a set intersected with a dict walks the whole dict: walk the smaller side)
        held = members.intersection(overlap) if len(members) > len(overlap) else members
        for position in held:
            if position in overlap:
                overlap[position] += weight
        if len(overlap) >= limit and len(members) > len(overlap):
            continue
        overlap.update(dict.fromkeys(members.difference(overlap), weight))
    if len(overlap) <= limit:
        return sorted(overlap, key=lambda p: (-overlap[p], p))
    # the ``limit`` heaviest (ties: KB order) all weigh at least the limit-th weight:
    # sorting the values in C finds it, and only those at or above it are ordered,
    # by position and then (a stable sort) heaviest first, with no key built in Python
    floor = sorted(overlap.values(), reverse=True)[limit - 1]
    heavy = sorted(item for item in overlap.items() if item[1] >= floor)
    heavy.sort(key=itemgetter(1), reverse=True)
    return [position for position, _ in heavy[:limit]]
