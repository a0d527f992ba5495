"""What each entry of a knowledge base says about emergencies, read from its own words.

After the 112 pointer the resident is offered entries on the emergency's kind (see
:mod:`knowledge_base.emergency_followup`). Which entries those are is read from each
entry's questions, keywords and titles with ``data/emergency_entries.tsv``: the kinds of
emergency it speaks of (an ambulance is medical, a fire fire, evacuation a flood's or a
quake's, the police crime; "112" and "darurat" every kind, or the one kind beside them)
and when it helps: now (reporting, calling, where to flee), after (aid, claims, replacing
what was lost) or before (training, permits, volunteering: no help to someone in
danger); and whether its agency's code names a kind ("damkar"): whom it sends the
resident to. Nothing here names an entry: the words are everyday ones, no knowledge
base's.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from knowledge_base.data_tables import TableRow, table_rows
from knowledge_base.facets import word_forms
from knowledge_base.index import KbIndex
from knowledge_base.memo import built_once
from knowledge_base.normaliser import Normaliser
from knowledge_base.phrases import PhraseTable, phrase_table, spaced

KINDS = ("any", "medical", "fire", "disaster", "calamity", "crime", "search")
TIMES = ("now", "after", "before")
LOST = "lost"  # replacing what was lost or damaged
NEUTRAL = "neutral"
# the kinds of entry that speak to each class of emergency a message names (see
# ``CLASSES`` in :mod:`knowledge_base.emergency`); an entry on emergencies in general
# speaks to all of them
FITTING: dict[str, frozenset[str]] = {
    "medical": frozenset({"medical"}),
    "fire": frozenset({"fire", "calamity"}),
    "disaster": frozenset({"disaster", "calamity"}),
    "crime": frozenset({"crime"}),
    "search": frozenset({"search"}),
}
GENERAL = "any"
_KINDS = frozenset(KINDS) - {GENERAL}  # the kinds of emergency
_EVENTS = frozenset(KINDS)  # the kinds of emergency and emergencies in general

# when an entry helps, as a rank: what to do now first, then an entry that says
# neither, then aid and paperwork, prevention last
NOW, NEITHER, AFTER, BEFORE = range(4)


@dataclass(frozen=True)
class EntryEmergencies:
    """Per entry position, the kinds and times each of its phrasings names (its
    questions, keywords and titles, then its agency's code)."""

    phrasings: tuple[tuple[frozenset[str], ...], ...]
    # per entry position, whether it is about emergencies in general (see :func:`_general`)
    general: tuple[bool, ...]
    # per entry position, the kinds its agency's code names ("damkar": fire): whom the
    # entry sends the resident to, not what it is about (the fire brigade also takes
    # snakes away), so it orders the entries on a kind and never makes one
    agencies: tuple[frozenset[str], ...]

    def share(self, position: int, kinds: frozenset[str]) -> float:
        """The share of the entry's phrasings naming one of ``kinds``: an entry about
        emergencies in general speaks to every kind in all its phrasings on them, one
        about a kind only in those naming it ("darurat" beside an ambulance is medical)."""
        found = self.phrasings[position]
        if kinds & _EVENTS:
            kinds = _EVENTS if self.general[position] else kinds - {GENERAL}
        return sum(1 for named in found if named & kinds) / max(len(found), 1)

    def when(self, position: int) -> int:
        """When the entry helps (:data:`NOW`, :data:`NEITHER`, :data:`AFTER` or
        :data:`BEFORE`): the time most of its phrasings name, now on a tie with after,
        prevention only when it outweighs both."""
        now, after, before = (self.share(position, frozenset({t})) for t in TIMES)
        if before > max(now, after):
            return BEFORE
        if now and now >= after:
            return NOW
        return AFTER if after else NEITHER


def entry_emergencies(index: KbIndex) -> EntryEmergencies:
    """The index's :class:`EntryEmergencies`, read once and kept in its cache."""
    return built_once(index.cache, "entry_emergencies", EntryEmergencies, lambda: _read(index))


def _read(index: KbIndex) -> EntryEmergencies:
    normaliser = index.normaliser
    table, agency_table = _table(normaliser), _table(normaliser, "agency")
    phrasings = []
    agencies = []
    for item in index.entries:
        texts = [word_forms(normaliser, text.split()) for text in item.variants]
        phrasings.append(tuple(_named(table, words) for words in texts))
        agency = word_forms(normaliser, normaliser.tokens(item.entry.agency))
        agencies.append(_named(agency_table, agency) & _KINDS)
    general = tuple(_general(found) for found in phrasings)
    return EntryEmergencies(tuple(phrasings), general, tuple(agencies))


def _general(phrasings: tuple[frozenset[str], ...]) -> bool:
    """Whether an entry naming emergencies in general ("darurat", "112") is about them
    all: it names no kind of its own, or two kinds or more as examples ("kebakaran atau
    kecelakaan"); beside one kind it is that kind's ("nomor ambulans darurat")."""
    named = frozenset().union(*phrasings)
    return GENERAL in named and len(named & _KINDS) != 1


def _named(table: PhraseTable, words: list[str]) -> frozenset[str]:
    """The kinds and times ``words`` name, its neutral phrases left out."""
    if table.may_have(NEUTRAL, words):
        words = table.patterns[NEUTRAL].sub("", spaced(words)).split()
    return table.kinds_in(words) - {NEUTRAL}


def _table(normaliser: Normaliser, reading: str = "") -> PhraseTable:
    """The table's phrases read in an entry's words (``reading`` "") or its agency's
    code ("agency"), in the index's word forms ("kebakaran" and "fire" as "bakar")."""
    found: dict[str, list[str]] = {kind: [] for kind in (*KINDS, *TIMES, LOST, NEUTRAL)}
    for kind, phrase, where in _rows(table_rows("emergency_entries.tsv")):
        words = word_forms(normaliser, normaliser.tokens(phrase))
        if words and where == reading:
            found[kind].append(" ".join(words))
    return phrase_table(found)


def _rows(rows: Iterable[TableRow]) -> list[tuple[str, str, str]]:
    """``kind<TAB>phrase[<TAB>agency]`` rows; any other row fails by its line."""
    kinds = (*KINDS, *TIMES, LOST, NEUTRAL)
    found = []
    for row in rows:
        kind, phrase, where = (*row.cells, "")[:3]
        if not 2 <= len(row.cells) <= 3 or kind not in kinds or not phrase:
            raise row.error(f"an emergency entry row is: one of {kinds}, phrase[, agency]")
        if where not in ("", "agency"):
            raise row.error("an emergency entry row's third cell is 'agency' or nothing")
        found.append((kind, phrase, where))
    return found
