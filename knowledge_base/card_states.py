"""A lost card or a damaged one: two sibling entries told apart by what happened to it.

Many knowledge bases answer a lost ID card and a damaged one in two entries ("KTP-el yang
hilang", "KTP-el yang rusak atau patah"): the police letter is needed for the one, the
spoilt card handed in for the other. Both ask the replacement facet (see
:mod:`knowledge_base.facets`), both name the card and "ganti", so the words decide
between them on what the message tells around the card: "dompet tenggelam bersama KTP"
scored the damaged-card entry first (its keyword "ganti ktp" whole in "ktp nya ... dapat
gantinya"), "tulisannya pudar ... KTP-nya tidak hilang, masih ada" the lost-card one
(its keyword "ktp hilang" whole, the denial unread).

So the state the message tells is read from ``data/card_states.tsv``: a lost word
("hilang", "dijambret", "tidak ketemu", "hanyut") or a damaged one ("patah", "pudar",
"tercuci", "tidak bisa dibaca"), not when a denying word stands just before it ("tidak
hilang", "bukan rusak") nor a likening one ("seperti kalau hilang"); a loss of a
card's printed part ("hurufnya hilang", "fotonya hilang") is a damaged card. An entry's
state is read from its questions and keywords the same way; two entries are state
siblings when one names only the lost state, the other only the damaged one, and they
share a word of their own that is no state, frame, office or place word (the card).

When the best entry is one such sibling and the message tells only the other state,
the other goes first, answered as the entry for the situation told (as
:mod:`knowledge_base.situations` answers a dedicated sibling) when the ranking scored
it and it names no service the message lacks; the first is withheld. When the message
tells both states, neither is answered: "did you mean" with both.

An entry for getting the card the first time ("membuat KTP elektronik untuk pertama
kali", "KTP pemula": the first getting, read in entries' questions and keywords only) is
a state sibling too: "ktp masih ada di tangan tapi tulisannya sudah luntur, bukan hilang.
bisa tukar baru?" and "tas saya dijambret ... mau urus KTP baru" scored it first on the
card and "baru", though the resident has or had one. The sibling put first names the
state told (an entry for a lost or damaged card names both); a sibling naming only
states the message does not tell (the lost card's, after "bukan hilang") is then no
rival to it. A message telling the first getting itself ("belum pernah punya, bukan
ganti yg hilang") keeps the first card's entry. Dev: three wrong answers right (two
damaged cards, one snatched), nothing else changed.

A move told ("baru pindah dari Jayapura, alamat di KTP masih yang lama", "mau menetap di
sini ... supaya dapat ktp sini": :data:`MOVED`, not denied) says the card is had with an
address elsewhere: the first card's entry (one with state siblings: a card) is offered,
not answered, when the message tells no state and no first getting. The moving entry
rarely names the card, so it is no sibling to put first. On the development messages
no first card's entry was answered right for a message telling a move (or an address),
and seven were answered wrong.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from knowledge_base.data_tables import data_rows
from knowledge_base.facets import word_forms
from knowledge_base.head import frame_terms
from knowledge_base.index import KbIndex
from knowledge_base.memo import built_once
from knowledge_base.normaliser import Normaliser
from knowledge_base.scored import Candidate, sibling_ahead, withheld_first

LOST, DAMAGED = "lost", "damaged"
STATES = (LOST, DAMAGED)
# a card got for the first time: read in an entry's questions and keywords only (a
# message's "pertama kali" is as often when something first happened)
FIRST = "first"
SINGLE_WORDS = ("part", "denying", "likening", "naming")
# a move told ("baru pindah dari Jayapura", "alamat di KTP masih yang lama"): the card is
# had, with an address elsewhere; read in a message's tokens, not its word forms
# ("menetap" is "tetap" there)
MOVED = "moved"
# how many words before a state a denying or likening word reaches ("tidak bisa hilang")
REACH = 2
# how far from a state an entry's phrase names the thing it befell ("ktp yang hilang")
OBJECT_REACH = 3


@dataclass(frozen=True)
class StateWords:
    """The table in one normaliser's word forms: per state its phrases (word tuples)."""

    phrases: dict[str, tuple[tuple[str, ...], ...]]
    parts: frozenset[str]
    denying: frozenset[str]
    likening: frozenset[str]
    naming: frozenset[str]
    firsts: frozenset[str]  # the first words of the state phrases: where one may start
    moved: frozenset[str] = frozenset()  # words telling a move, as tokens

    @property
    def words(self) -> frozenset[str]:
        """Every word of a state phrase: what is no topic word."""
        return frozenset(w for found in self.phrases.values() for p in found for w in p)


@lru_cache(maxsize=8)
def state_words(normaliser: Normaliser) -> StateWords:
    """``data/card_states.tsv`` read in ``normaliser``'s word forms, once per normaliser."""
    found: dict[str, list[tuple[str, ...]]] = {kind: [] for kind in (*STATES, FIRST, "part")}
    found.update(denying=[], likening=[], naming=[])
    moved: set[str] = set()
    for kind, phrase in data_rows("card_states.tsv"):
        if kind == MOVED:
            moved.update(normaliser.tokens(phrase))
            continue
        forms = tuple(word_forms(normaliser, normaliser.tokens(phrase)))
        if forms:
            found[kind].append(forms)
    single = {kind: frozenset(p[-1] for p in found[kind]) for kind in SINGLE_WORDS}
    return StateWords(
        {kind: tuple(sorted(set(found[kind]), key=len, reverse=True)) for kind in (*STATES, FIRST)},
        single["part"],
        single["denying"],
        single["likening"],
        single["naming"],
        frozenset(p[0] for kind in (*STATES, FIRST) for p in found[kind]),
        frozenset(moved),
    )


def told_states(words: Sequence[str], table: StateWords) -> frozenset[str]:
    """The states ``words`` (in word forms) tell of a thing: see the module's rules."""
    return frozenset(state for state, _ in _told_at(words, table))


def _told_at(
    words: Sequence[str], table: StateWords, states: tuple[str, ...] = STATES
) -> list[tuple[str, int]]:
    """Each state told, with where its phrase starts."""
    told: list[tuple[str, int]] = []
    firsts = table.firsts
    for i in range(len(words)):
        if words[i] not in firsts:
            continue
        for state in states:
            phrase = next(
                (p for p in table.phrases[state] if tuple(words[i : i + len(p)]) == p), None
            )
            if phrase is None:
                continue
            before = words[max(0, i - REACH) : i]
            if table.denying.intersection(before) or table.likening.intersection(before):
                continue
            if i > 0 and words[i - 1] in table.naming:
                continue
            lost_part = state == LOST and i > 0 and words[i - 1] in table.parts
            told.append((DAMAGED if lost_part else state, i))
    return told


def _objects(words: Sequence[str], table: StateWords) -> tuple[frozenset[str], frozenset[str]]:
    """The states a phrase (in word forms) tells, the first getting too, and the words
    near each (the thing)."""
    told = _told_at(words, table, (*STATES, FIRST))
    near = frozenset(
        w for _, i in told for w in words[max(0, i - OBJECT_REACH) : i + OBJECT_REACH + 1]
    )
    return frozenset(state for state, _ in told), near


@dataclass(frozen=True)
class EntryStates:
    """Per entry position the states its questions and keywords name (the first getting
    among them), and per position its state siblings: entries naming other states of a
    thing they share."""

    named: tuple[frozenset[str], ...]
    siblings: dict[int, tuple[int, ...]]


def entry_states(index: KbIndex) -> EntryStates:
    """The index's :class:`EntryStates`, computed once and kept in its cache."""
    return built_once(index.cache, "card_states", EntryStates, lambda: _build(index))


def _build(index: KbIndex) -> EntryStates:
    normaliser = index.normaliser
    table = state_words(normaliser)
    not_topic = table.words | frame_terms(index) | index.generic_terms
    states: list[frozenset[str]] = []
    things: list[frozenset[str]] = []
    for item in index.entries:
        read = [_objects(word_forms(normaliser, v.split()), table) for v in item.variants]
        states.append(frozenset().union(*(told for told, _ in read)))
        near = frozenset().union(*(near for _, near in read))
        things.append((near & item.prime_terms) - not_topic)
    siblings: dict[int, list[int]] = {}
    for one, state in enumerate(states):
        for other, second in enumerate(states):
            if not state or not second or state == second:
                continue
            if things[one] & things[other]:
                siblings.setdefault(one, []).append(other)
    return EntryStates(tuple(states), {p: tuple(s) for p, s in siblings.items()})


def _tells_move(tokens: Sequence[str], table: StateWords) -> bool:
    """A word telling a move (:data:`MOVED`) with no denying word just before it."""
    return any(
        token in table.moved and table.denying.isdisjoint(tokens[max(0, i - REACH) : i])
        for i, token in enumerate(tokens)
    )


def state_sibling_first(
    index: KbIndex, ranked: list[Candidate], tokens: Sequence[str]
) -> list[Candidate]:
    """``ranked`` (best first) with the best entry's state sibling put first when the
    message (``tokens``) tells a state the best entry never names and the sibling names:
    answered when it tells one state, both withheld when it tells both; unchanged
    otherwise (see the module)."""
    if not ranked or ranked[0].missing_salient:
        return ranked
    found = entry_states(index)
    best = ranked[0]
    named = found.named[best.position]
    siblings = found.siblings.get(best.position, ())
    if not siblings:
        return ranked
    words, table = word_forms(index.normaliser, tokens), state_words(index.normaliser)
    told = frozenset(state for state, _ in _told_at(words, table, (*STATES, FIRST)))
    if FIRST in told & named:  # "belum pernah punya, bukan ganti yg hilang"
        return ranked
    told -= {FIRST}
    if not told and FIRST in named and _tells_move(tokens, table):
        return withheld_first(ranked)  # a card had elsewhere is no first card
    if not told or told <= named:
        return ranked
    naming = [p for p in siblings if told <= found.named[p]] or [
        p for p in siblings if told & found.named[p]
    ]
    if not naming:
        return ranked
    ahead = sibling_ahead(ranked, naming, index)
    if len(told) != 1 or not ahead.answerable:
        return ahead.both_offered()
    first, *rest = ahead.answered_first()
    # a sibling naming only states the message does not tell is no rival to it
    others = [c for c in rest if c.position in siblings and not told & found.named[c.position]]
    return [first, *(replace(c, missing_salient=True) if c in others else c for c in rest)]
