"""First stage of ranking: the entries worth scoring, proposed by the inverted index
from the IDF weight they share with the message."""

from __future__ import annotations

import heapq

from knowledge_base.index import KbIndex


def propose(index: KbIndex, terms: tuple[str, ...], limit: int) -> list[int]:
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
    # nsmallest's result; up to a few hundred entries a sort in C is cheaper than its heap
    if len(overlap) <= 5 * limit:
        best = sorted(overlap.items(), key=_heaviest_first)[:limit]
    else:
        best = heapq.nsmallest(limit, overlap.items(), key=_heaviest_first)
    return [position for position, _ in best]


def _heaviest_first(item: tuple[int, float]) -> tuple[float, int]:
    return -item[1], item[0]
