"""Things of one kind that exclude each other: an entry about another thing.

A near out-of-scope question often names the thing it asks about in the very words an
entry uses for its own thing of the same kind: "vaksin covid" against the livestock
vaccination entry, "tiket kebun binatang" against the museum ticket, "pengobatan tbc"
against the malaria check. No word count tells these apart from a paraphrase, since
the message shares the entry's asking words and leaves one word unexplained, as a
paraphrase does; what tells them apart is knowing that covid is a disease as malaria
is, and that one is not the other.

``data/kinds.tsv`` lists such kinds (diseases, public places, vehicles, documents,
regional taxes, aid programmes, school levels, legal bodies, road status, businesses,
water providers, places of worship, insurance schemes and memberships, fuels, what is
farmed (animals and crops, one kind: maize seed is no breeding cattle), public works,
waste, what a regency rents out, fare and money cards, trades a training course teaches,
industries a company works in),
each thing with the names residents use for it, and the group names ("ternak",
"kendaraan") that speak to several things at once. Each name is
read by the knowledge base's own normaliser, so a message and an entry are compared
term by term, spelling and slang mended alike.

When the message names a thing of a kind, and the best entry's canonical question,
keywords or English title name another thing of that kind, none of its texts (other
questions, English phrases, answer) names the message's thing or a group holding it,
and the message names none of the things the canonical phrases name, the entry answers
another thing: it is not answered, and "did you mean" shows it.

Only the canonical phrases say what an entry is about: a thing its other questions give
as an example ("pip untuk anak sd") or its answer mentions in passing ("antar ke
puskesmas") is no contrast, and reading them so withheld 12 right answers on the dev
KBs (a health centre in the answer against a hospital in a long story; a bus terminal
against a car in the answer). A message naming one of the canonical things stands
("anjing ... rabies" against the rabies vaccination of livestock: the dog is a detail),
unless the thing it names apart is a service (a document, a tax, an aid, a disease ...):
"surat persetujuan berlayar" for the entry's ship is no small-boat pass, "BPJS mandiri"
no BPJS paid by the regency. A thing of another kind (the
entry is about a health centre, the message names a minibus) withheld 20 right answers
for 3 out-of-scope ones.

Measured on the four dev KBs (faq-dev / sample / Pesisir Lor / Tirtajaya, see
``bench/kb_scope.py``): out of scope answered 10/17/9/7 -> 8/15/5/5, no right or wrong
answer changed; each KB's canonical questions with their thing swapped for another of
its kind, answered by their own entry 12/29/38/30 times, 0/6/3/6 with this guard, and
with another name of the same thing all still answered.

A document an answer names alone or with one other ("bring the police report and the
family card" in the lost-ID-card entry) is what to bring, not what the entry speaks to:
"KK hilang" is no lost ID card. An answer listing three or more ("KTP, KK, KIA and
birth and death certificates are free") speaks to each (dev: out of scope answered
1 fewer on the sample KB, nothing else changed; counting no answer's documents lost a
right answer, the fee entry's list), unless the entry asks mostly what to bring (the
requirements facet leads its phrasings: see :mod:`facets`): the birth certificate's
requirements list the family card, the ID cards and the marriage certificate, and
speak to none of them ("akta perkawinan ... syaratnya apa" is no birth certificate).
A document the message names as what to bring ("saksi juga perlu bawa KTP?": see
:mod:`brought`) is no thing it asks apart. Dev out of scope answered: sample KB 46->43,
Bandar Seruni, Bukit Segara and Tanamera one fewer each; nothing else changed (without
the message's brought documents a marriage certificate's witness question was withheld).

A thing named right after "bukan" is what the message is not about: "kami tanam padi
bukan jagung" asks about rice, and the maize-seed entry does not answer it (dev: out of
scope answered 1 fewer on each of Oelaku and Sungai Lembayung, rubber "bukan sawit"
against the oil-palm seedlings; nothing else changed).

A place the message shares with the entry's canonical phrases says where, not what:
it shields no other thing ("parkir di Pasar X" against the entry on renting a stall at
Pasar X; dev out of scope answered: Banyuhilir and Tirtomulyo one fewer each, nothing
else changed). And a word whose term names another thing is read as written (see
:mod:`knowledge_base.kind_names`): "rawat inap" and "parkir inap" are no "penginapan"
(Bandar Seruni: one fewer out of scope, a cat's in-patient care at the animal clinic).

Accounts a resident's name is recorded on (the land tax's SPPT, a water or power
connection, a vehicle's papers) are a kind: each changes to a new owner's name at its own
office, so "balik nama pelanggan PDAM" is no SPPT name change (dev: out of scope answered
4 fewer on the sample KB, nothing else changed).

Kinds whose things an entry names as examples of a general service were left out:
gatherings (a permit for a wedding, a contest or a concert is one road
permit: -2 right answers for 2 out of scope), and "tanggul" as a retaining wall (the
embankment of an irrigation channel). Where a gathering is held is a kind, though: an
entry on using or closing a road for an event answers no crowd permit for a concert on
the village field (dev: sample KB out of scope answered 5 fewer).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from knowledge_base.brought import brought_documents
from knowledge_base.decision import Thresholds, break_ties
from knowledge_base.facets import entry_facets
from knowledge_base.head import frame_terms
from knowledge_base.index import KbIndex
from knowledge_base.kind_names import (
    Name,
    Written,
    kb_names,
    kind_term,
    names_at,
    names_in,
    term_sequence,
    written_words,
)
from knowledge_base.memo import built_once, last_answer
from knowledge_base.normaliser import Normaliser
from knowledge_base.scored import Candidate, withheld_first

# kinds whose things an answer names as what to bring ("bawa KK") unless it lists
# several (LIST or more: "KTP, KK, KIA dan akta ... gratis"): see EntryThings
BROUGHT = frozenset({"document"})
LIST = 3
REQUIREMENTS = "requirements"  # the facet of an entry whose answer lists what to bring
# kinds whose things are what a message asks for, not what it is for (see other_thing)
SERVICES = frozenset(
    {"document", "tax", "aid", "membership", "insurance", "body", "disease", "patient"}
)
# a thing named right after one of these is what the message is not about
DENIALS = frozenset({"bukan"})
# kinds naming where, not what: a place shared with the entry shields no other thing
WHERE = frozenset({"place"})


@dataclass(frozen=True)
class EntryThings:
    """What one entry speaks to, per kind: the things its canonical question, keywords
    or English title name (what it is about), and the things any of its texts name or
    its group names cover (questions, keywords, English phrases, answer)."""

    prime: dict[str, frozenset[str]]
    spoken: dict[str, frozenset[str]]


def _things(
    names: dict[str, tuple[Name, ...]], texts: Iterable[Sequence[str]], groups: bool
) -> dict[str, frozenset[str]]:
    """Per kind, the things ``texts`` name (with ``groups``: or cover by a group name)."""
    found: dict[str, set[str]] = {}
    for terms in texts:
        for name in names_in(names, terms):
            if groups or not name.group:
                found.setdefault(name.kind, set()).update(name.things)
    return {k: frozenset(v) for k, v in found.items()}


@dataclass(frozen=True)
class Kinds:
    names: dict[str, tuple[Name, ...]]
    entries: tuple[EntryThings, ...]
    written: Written


def kinds(index: KbIndex) -> Kinds:
    """The index's :class:`Kinds`, computed once and kept in its cache."""
    return built_once(index.cache, "kinds", Kinds, lambda: _build_kinds(index))


def _build_kinds(index: KbIndex) -> Kinds:
    normaliser = index.normaliser
    names, written = kb_names(normaliser), written_words(normaliser)
    profiles = entry_facets(index).profiles
    entries: list[EntryThings] = []
    for item in index.entries:
        entry = item.entry
        english = (entry.title_en,) if entry.title_en else ()
        prime = [
            term_sequence(normaliser, normaliser.tokens(text), written)
            for text in (entry.questions[0], *entry.keywords, *english)
        ]
        texts = [term_sequence(normaliser, v.split(), written) for v in item.variants]
        spoken = _things(names, texts, True)
        answer_terms = term_sequence(normaliser, item.answer_text.split(), written)
        answer = _things(names, [answer_terms], True)
        asks_what_to_bring = _asks_mostly(profiles[len(entries)], REQUIREMENTS)
        for kind, things in answer.items():
            if kind not in BROUGHT or (len(things) >= LIST and not asks_what_to_bring):
                spoken[kind] = spoken.get(kind, frozenset()) | things
        entries.append(EntryThings(_things(names, prime, False), spoken))
    found = Kinds(names, tuple(entries), written)
    return found


def _asks_mostly(profile: dict[str, float], facet: str) -> bool:
    """Whether ``facet`` is what an entry's phrasings ask most (see :mod:`facets`)."""
    return facet in profile and profile[facet] >= max(profile.values())


def message_things(index: KbIndex, tokens: Sequence[str]) -> dict[str, frozenset[str]]:
    """Per kind, the things a message names (a group name names no one thing);
    remembered for the last tokens, as a long message's story readings contrast the
    very same tokens."""
    key = tuple(tokens)
    return last_answer(index.cache, "message_things", key, lambda: _named(index, key))


def _named(index: KbIndex, tokens: tuple[str, ...]) -> dict[str, frozenset[str]]:
    table = kinds(index)
    things: dict[str, set[str]] = {}
    terms, denied = _asserted_terms(index.normaliser, tokens, table.written)
    brought = _brought(index, tokens, terms)
    for start, name in names_at(table.names, terms):
        if not name.group and start not in denied and not brought.issuperset(name.terms):
            things.setdefault(name.kind, set()).update(name.things)
    return {k: frozenset(v) for k, v in things.items()}


def _brought(index: KbIndex, tokens: Sequence[str], terms: Sequence[str]) -> frozenset[str]:
    """The documents the message names as what to bring ("saksi juga perlu bawa KTP?"):
    asked of the entry, not another thing than its own (see :mod:`brought`)."""
    salient = index.salient_terms.intersection(terms)
    if not salient:
        return frozenset()
    return brought_documents(index.normaliser, tokens, salient, frame_terms(index))


def _asserted_terms(
    normaliser: Normaliser, tokens: Sequence[str], written: Written
) -> tuple[tuple[str, ...], frozenset[int]]:
    """The content terms of ``tokens`` in order, and the places of those said right
    after a denial ("kami tanam padi bukan jagung": the maize is what the message is
    not about)."""
    terms: list[str] = []
    denied: set[int] = set()
    after_denial = False
    for token in tokens:
        term = kind_term(normaliser, token, written)
        if term is None:
            after_denial = token in DENIALS
            continue
        if after_denial:
            denied.add(len(terms))
        terms.append(term)
        after_denial = False
    return tuple(terms), frozenset(denied)


def other_thing(index: KbIndex, tokens: Sequence[str], position: int) -> str | None:
    """The kind in which the entry at ``position`` is about another thing than the
    message's: its canonical phrases name a thing of that kind, none of its texts
    speaks to the message's thing, and the message names none of the things its
    canonical phrases name ("anjing ... rabies" against the rabies vaccination of
    livestock asks what the entry is about), unless the thing named apart is what is
    asked for (a document, a tax, an aid ...: :data:`SERVICES`): a port clearance for
    the entry's ship is no small-boat pass, a self-paid BPJS membership no free one.
    None: no such kind."""
    asked = message_things(index, tokens)
    if not asked:
        return None
    entry = kinds(index).entries[position]
    shared = {
        k
        for k, things in asked.items()
        if k not in WHERE and not things.isdisjoint(entry.prime.get(k, ()))
    }
    for kind, things in asked.items():
        if not entry.prime.get(kind) or not things.isdisjoint(entry.spoken.get(kind, ())):
            continue
        if not shared or kind in SERVICES:
            return kind
    return None


def contrasted(
    index: KbIndex, tokens: Sequence[str], ranked: list[Candidate], t: Thresholds
) -> list[Candidate]:
    """``ranked`` (best first) with its ties broken and the best entry marked not to be
    answered when it is about another thing of a kind the message names (see
    :func:`other_thing`); unchanged when ``t`` turns the contrasting kinds off."""
    if not t.contrasting_kinds or not ranked:
        return ranked
    ranked = break_ties(ranked, t)
    if ranked[0].missing_salient:
        return ranked
    if other_thing(index, tokens, ranked[0].position) is None:
        return ranked
    return withheld_first(ranked)
