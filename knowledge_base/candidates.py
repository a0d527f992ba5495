"""First stage of ranking: the entries worth scoring, proposed by the inverted index
from the IDF weight they share with the message."""

from __future__ import annotations

from knowledge_base.index import KbIndex


def propose(index: KbIndex, terms: tuple[str, ...], limit: int) -> list[int]:
    """The ``limit`` entries sharing the most IDF weight with the message (ties: KB
    order). Rare terms go first; once they have proposed ``limit`` entries, a term
    found in many entries only adds weight to those already proposed instead of
    proposing hundreds more that could never outrank them on its weight alone."""
    postings = index.postings
    sets = index.posting_sets
    idf = index.idf
    found = sorted((t for t in terms if t in postings), key=lambda t: len(postings[t]))
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
    # sorting the values in C finds it, and only those at or above it are ordered
    floor = sorted(overlap.values(), reverse=True)[limit - 1]
    heavy = [item for item in overlap.items() if item[1] >= floor]
    return [position for position, _ in sorted(heavy, key=_heaviest_first)[:limit]]


def _heaviest_first(item: tuple[int, float]) -> tuple[float, int]:
    return -item[1], item[0]
