"""First stage of ranking: the entries worth scoring, proposed by the inverted index
from the IDF weight they share with the message."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import numpy

from knowledge_base.index import KbIndex
from knowledge_base.memo import built_once

# an answer word no other entry uses proposes its entry at half a question word's weight
# (the answer credit coverage gives it)
ANSWER_WORD_SHARE = 0.5
# proposed entries from which the heaviest are found by a partition, not a full sort
PARTITION_FROM = 320


@dataclass(frozen=True)
class Proposals:
    """The terms that propose entries: the index's question and keyword terms, and
    each entry's own answer words (see :func:`knowledge_base.index.own_answer_words`:
    "ditolak" is in the refusal entry's answer only, and without it a message asking
    what to do after a refusal never had that entry scored at all). Per term, the
    positions of its entries as a sorted array: :func:`propose` adds a term's weight to
    all of them at once."""

    positions: Mapping[str, numpy.ndarray]
    weights: Mapping[str, float]
    entries: int


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
    sets = {**answer, **index.posting_sets}
    return Proposals(
        {t: numpy.array(sorted(p), dtype=numpy.intp) for t, p in sets.items()},
        {**dict.fromkeys(answer, weight), **index.idf},
        len(index.entries),
    )


def propose(index: KbIndex, terms: tuple[str, ...], limit: int) -> list[int]:
    """The ``limit`` entries sharing the most IDF weight with the message (ties: KB
    order). Rare terms go first; once they have proposed ``limit`` entries, a term
    found in many entries only adds weight to those already proposed instead of
    proposing hundreds more that could never outrank them on its weight alone.

    The weights are summed in one array over the KB's entries, a term's added to all its
    entries at once (in C: a long message's common terms reach a thousand entries of a
    large KB, and adding them one by one in Python cost more than all the rest of its
    ranking); each entry's weight is still added term by term in the same order, so the
    sums are the very floats a sum per entry gives, 0.0 plus a term's weight being that
    weight."""
    table = proposals(index)
    arrays, idf = table.positions, table.weights
    found = sorted((t for t in terms if t in arrays), key=lambda t: len(arrays[t]))
    overlap = numpy.zeros(table.entries)
    proposed = numpy.zeros(table.entries, dtype=bool)
    count = 0  # entries proposed, counted only when a term has more than ``limit``
    counted = True
    for term in found:
        members = arrays[term]
        if len(members) > limit:  # only then may the proposed be ``limit`` and fewer
            if not counted:
                count, counted = int(numpy.count_nonzero(proposed)), True
            if count >= limit and len(members) > count:
                overlap[members[proposed[members]]] += idf[term]
                continue
        overlap[members] += idf[term]
        proposed[members] = True
        counted = False
    positions = proposed.nonzero()[0]
    found_positions: list[int] = positions[_heaviest(-overlap[positions], limit)].tolist()
    return found_positions


def _heaviest(weights: numpy.ndarray, limit: int) -> numpy.ndarray:
    """The indices of the ``limit`` smallest ``weights`` (negated overlaps: heaviest
    first), ties in index order: a stable sort's first ``limit``. Past
    :data:`PARTITION_FROM` weights (a long message's common terms propose a thousand
    entries of a large KB), only those up to the ``limit``-th smallest are sorted, found
    by a partition in linear time: the same indices in the same order, as every weight
    before the ``limit``-th in the full sort is at most that one."""
    if len(weights) < max(PARTITION_FROM, limit + 1):
        return weights.argsort(kind="stable")[:limit]
    kth = numpy.partition(weights, limit - 1)[limit - 1]
    kept = (weights <= kth).nonzero()[0]
    return kept[weights[kept].argsort(kind="stable")][:limit]
