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

A *from* word ("dari", "from") is such a move too ("rombongan dari Jakarta mau ke
pantai"), unless the region ends a journey the message asks about: after a *to* word
with a from word shortly before it or right after the region ("kapal dari Kupang ke
Surabaya", "speedboat dari muara ke Samarinda", "bus ke Surabaya dari terminal"), or
after the from word with a to word right after it ("fast boat from Bali to ..."). The
KB's boats, buses and planes answer for their own routes; a route to a region the KB
never names is another operator's. Dev: out of scope answered 5 fewer (a Pelni ship and
a cattle ship to Java's cities, a speedboat to Samarinda, an intercity bus), no right
answer withheld; any region after a to word with the from word anywhere withheld a
right answer (cattle sent "ke Jakarta lewat kapal ternak", a letter "dari desa" far
after).
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
FROM = "from"
TO = "to"
PLACE = "place"
ROLES = (REGION, MOVE, FROM, TO, PLACE)
FROM_WINDOW = 4  # words before the to word where the journey's start may be said


@lru_cache(maxsize=1)
def _rows() -> tuple[tuple[str, str], ...]:
    return tuple((role, name) for role, name in data_rows("regions.tsv"))


@dataclass(frozen=True)
class Elsewhere:
    """One KB's foreign regions as token sequences (the KB never naming any of their
    terms), by first token, and the move, from, to and place words, as tokens."""

    regions: dict[str, tuple[tuple[str, ...], ...]]
    moves: frozenset[str]
    origins: frozenset[str] = frozenset()
    destinations: frozenset[str] = frozenset()
    places: frozenset[str] = frozenset()


def elsewhere(index: KbIndex) -> Elsewhere:
    """The index's :class:`Elsewhere`, computed once and kept in its cache."""
    return built_once(index.cache, "elsewhere", Elsewhere, lambda: _build(index))


def _build(index: KbIndex) -> Elsewhere:
    normaliser = index.normaliser
    known = set(index.postings) | set(index.answer_vocabulary)
    regions: set[tuple[str, ...]] = set()
    words: dict[str, set[str]] = {role: set() for role in ROLES}
    for role, name in _rows():
        tokens = tuple(normaliser.tokens_without_correction(name))
        if not tokens:
            continue
        if role != REGION:
            words[role].update(tokens)
        elif not any(normaliser.term(t) in known for t in tokens):
            regions.add(tokens)
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for region in regions:
        by_first.setdefault(region[0], []).append(region)
    return Elsewhere(
        {k: tuple(v) for k, v in by_first.items()},
        frozenset(words[MOVE]),
        frozenset(words[FROM]),
        frozenset(words[TO]),
        frozenset(words[PLACE]),
    )


def names_elsewhere(index: KbIndex, tokens: Sequence[str]) -> bool:
    """Whether the message names a region its KB never names, and no move: no move
    word, and no from word unless the region ends a journey (see :func:`_journey_end`)."""
    table = elsewhere(index)
    if table.regions.keys().isdisjoint(tokens) or not table.moves.isdisjoint(tokens):
        return False  # most messages: no word opens a region's name (a check in C)
    came_from = not table.origins.isdisjoint(tokens)
    for start, token in enumerate(tokens):
        for region in table.regions.get(token, ()):
            end = start + len(region)
            if tuple(tokens[start:end]) != region:
                continue
            if not came_from or _journey_end(table, tokens, start, end):
                return True
    return False


def _journey_end(table: Elsewhere, tokens: Sequence[str], start: int, end: int) -> bool:
    """The region at ``tokens[start:end]`` ends a journey: after a to word (a place word
    may stand between: "ke pulau Sumbawa") with a from word in the :data:`FROM_WINDOW`
    words before it or right after the region ("bus ke Surabaya dari terminal"), or
    after a from word with a to word right after it ("from Bali to Gili")."""
    before = start - 1
    if before > 0 and tokens[before] in table.places and tokens[before - 1] in table.destinations:
        before -= 1
    after = set(tokens[end : end + 2])
    if before >= 0 and tokens[before] in table.destinations:
        said_from = tokens[max(0, before - FROM_WINDOW) : before]
        return not table.origins.isdisjoint(said_from) or not table.origins.isdisjoint(after)
    return (
        start > 0
        and tokens[start - 1] in table.origins
        and not table.destinations.isdisjoint(after)
    )


def kept_home(
    index: KbIndex, tokens: Sequence[str], ranked: list[Candidate], t: Thresholds
) -> list[Candidate]:
    """``ranked`` with the best entry marked not to be answered when the message asks
    about another region's service (see :func:`names_elsewhere`)."""
    if not ranked or ranked[0].missing_salient or not names_elsewhere(index, tokens):
        return ranked
    ranked = break_ties(ranked, t)
    return withheld_first(ranked)
