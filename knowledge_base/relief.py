"""Relief from a charge asked of the entry on paying it: the relief entry goes first.

A charge often has two entries: how and where to pay it, and who may have it cut or
waived ("Di mana PBB dapat dibayar?", "Apakah wajib pajak yang kurang mampu dapat
mengajukan pengurangan PBB?"). A resident asking relief names the paying too, and as the
paying entry phrases it: "tidak sanggup bayar pbb, bisa minta potongan?", "kami dak mampu
bayar pbb, pacak dak minta dikurangi". The paying entry's "bayar pbb" is whole in the
message and leads by twenty points or more, the relief word weighing one word.

So a message naming a relief word (``data/relief.tsv``, read as typed: stemmed, the
words lose their sense) whose best entry names none in its questions and keywords, while
a sibling does and shares with it a word of its own the message names (the charge, no
frame, office or place word), gets the sibling first: answered as the entry for what the
message asks when the ranking scored it and it names no service the message lacks, else
both offered ("did you mean").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from knowledge_base.data_tables import data_rows
from knowledge_base.head import frame_terms
from knowledge_base.index import KbIndex
from knowledge_base.memo import built_once
from knowledge_base.scored import Candidate, sibling_ahead

# a word denying the relief asked, up to three words before it ("tidak mau minta keringanan")
DENYING = frozenset({"tidak", "bukan", "tanpa"})
DENIAL_REACH = 3
# a word a denying one closes a yes-no question after ("bisa tidak minta dikurangi")
ASKING = frozenset({"bisa", "boleh", "dapat", "ada", "apa", "jadi"})


@lru_cache(maxsize=1)
def relief_words() -> frozenset[str]:
    """The words of ``data/relief.tsv``."""
    return frozenset(word for kind, word in data_rows("relief.tsv") if kind == "relief")


@dataclass(frozen=True)
class ReliefEntries:
    """The positions of the entries whose questions or keywords ask relief, and per
    other position the relief entries sharing one of its own words (with those words)."""

    asking: frozenset[int]
    siblings: dict[int, tuple[tuple[int, frozenset[str]], ...]]


def relief_entries(index: KbIndex) -> ReliefEntries:
    """The index's :class:`ReliefEntries`, computed once and kept in its cache."""
    return built_once(index.cache, "relief", ReliefEntries, lambda: _build(index))


def _build(index: KbIndex) -> ReliefEntries:
    words = relief_words()
    asking = frozenset(
        position
        for position, item in enumerate(index.entries)
        if any(not words.isdisjoint(variant.split()) for variant in item.variants)
    )
    not_topic = frame_terms(index) | index.generic_terms
    siblings: dict[int, list[tuple[int, frozenset[str]]]] = {}
    for position, item in enumerate(index.entries):
        if position in asking:
            continue
        for other in sorted(asking):
            shared = (item.prime_terms & index.entries[other].prime_terms) - not_topic
            if shared:
                siblings.setdefault(position, []).append((other, shared))
    return ReliefEntries(asking, {p: tuple(s) for p, s in siblings.items()})


def asks_relief(tokens: Sequence[str]) -> bool:
    """A relief word not denied just before ("ga mau minta keringanan kok")."""
    words = relief_words()
    return any(word in words and not _denied(tokens, i) for i, word in enumerate(tokens))


def _denied(tokens: Sequence[str], at: int) -> bool:
    """A denying word before ``at``, not one closing a yes-no question ("bisa tidak")."""
    return any(
        tokens[i] in DENYING and (i == 0 or tokens[i - 1] not in ASKING)
        for i in range(max(0, at - DENIAL_REACH), at)
    )


def relief_first(
    index: KbIndex, ranked: list[Candidate], tokens: Sequence[str], terms: Sequence[str]
) -> list[Candidate]:
    """``ranked`` (best first) with the relief sibling of the best entry first when the
    message (``tokens`` as normalised, ``terms`` stemmed) asks relief; unchanged
    otherwise (see the module)."""
    if not ranked or ranked[0].missing_salient or relief_words().isdisjoint(tokens):
        return ranked
    best = ranked[0]
    siblings = relief_entries(index).siblings.get(best.position, ())
    if not siblings or not asks_relief(tokens):
        return ranked
    # what the message names of the best entry's own, the sibling must name too (a
    # "spanduk diskon" asks the banner's tax, which the land-tax relief never names)
    not_topic = frame_terms(index) | index.generic_terms
    named = (frozenset(terms) & index.entries[best.position].prime_terms) - not_topic
    covering = [
        p
        for p, shared in siblings
        if shared & named and named <= index.entries[p].terms | index.entries[p].answer_terms
    ]
    if not covering:
        return ranked
    ahead = sibling_ahead(ranked, covering, index)
    return ahead.answered_first() if ahead.answerable else ahead.both_offered()
