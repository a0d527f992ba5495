"""Another region's service: a question about a service in a region the knowledge base
never names.

A regency's KB answers for its own region. "UMR Jakarta sekarang berapa" shares its
words with the KB's own minimum-wage entry, "ganjil genap di Jakarta" with its own
odd-even traffic rule, "tiket museum nasional di Jakarta" with its own museum's ticket;
each asks about another government's service, which the entry does not answer. When a
message names a region of ``data/regions.tsv`` that no question, keyword or answer of
the KB names, the best entry is offered ("did you mean"), not given as the answer.

A region named as where the resident comes from, goes to, lives or works ("pindah ke
Surabaya", "saya kerja di Batam, pajak rumah di sini") leaves the question the KB's
own: a *move* word anywhere in the message keeps the answer. On the dev KBs the
regions were named in right answers only with such words (moving out, working away,
a spouse from another city).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from knowledge_base.data_tables import data_rows
from knowledge_base.decision import Thresholds, break_ties
from knowledge_base.index import KbIndex
from knowledge_base.memo import built_once
from knowledge_base.scored import Candidate, withheld_first

REGION = "region"
MOVE = "move"


@lru_cache(maxsize=1)
def _rows() -> tuple[tuple[str, str], ...]:
    return tuple((role, name) for role, name in data_rows("regions.tsv"))


@dataclass(frozen=True)
class Elsewhere:
    """One KB's foreign regions as token sequences (the KB never naming any of their
    terms), by first token, and the move words, as tokens."""

    regions: dict[str, tuple[tuple[str, ...], ...]]
    moves: frozenset[str]


def elsewhere(index: KbIndex) -> Elsewhere:
    """The index's :class:`Elsewhere`, computed once and kept in its cache."""
    return built_once(index.cache, "elsewhere", Elsewhere, lambda: _build(index))


def _build(index: KbIndex) -> Elsewhere:
    normaliser = index.normaliser
    known = set(index.postings) | set(index.answer_vocabulary)
    regions: set[tuple[str, ...]] = set()
    moves: set[str] = set()
    for role, name in _rows():
        tokens = tuple(normaliser.tokens_without_correction(name))
        if not tokens:
            continue
        if role == MOVE:
            moves.update(tokens)
        elif role == REGION and not any(normaliser.term(t) in known for t in tokens):
            regions.add(tokens)
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for region in regions:
        by_first.setdefault(region[0], []).append(region)
    return Elsewhere({k: tuple(v) for k, v in by_first.items()}, frozenset(moves))


def names_elsewhere(index: KbIndex, tokens: Sequence[str]) -> bool:
    """Whether the message names a region its KB never names, and no move."""
    table = elsewhere(index)
    if table.regions.keys().isdisjoint(tokens) or not table.moves.isdisjoint(tokens):
        return False  # most messages: no word opens a region's name (a check in C)
    for start, token in enumerate(tokens):
        for region in table.regions.get(token, ()):
            if tuple(tokens[start : start + len(region)]) == region:
                return True
    return False


def kept_home(
    index: KbIndex, tokens: Sequence[str], ranked: list[Candidate], t: Thresholds
) -> list[Candidate]:
    """``ranked`` with the best entry marked not to be answered when the message asks
    about another region's service (see :func:`names_elsewhere`)."""
    if not ranked or ranked[0].missing_salient or not names_elsewhere(index, tokens):
        return ranked
    ranked = break_ties(ranked, t)
    return withheld_first(ranked)
