"""A measure asked that the entry never gives: "droping air tiap KK dapat berapa liter",
"jarak minimarket dari pasar berapa meter", "pajak homestay berapa persen".

A near out-of-scope question often shares the thing and the asking words with an entry
and asks a figure the entry's answer does not hold: the litres each household gets
against the entry on how a village requests water trucks, the river's height in metres
against the flood-warning entry, a tax rate against the entry on registering for the
tax. When the message asks "berapa" of a measure (a word of ``data/measures.tsv`` right
after it, or right before it: "persennya berapa") and none of the best entry's texts
(questions, keywords, answer, English answer) gives that measure, as a word or as its
symbol after a figure ("10%", "5 m"), the entry is offered ("did you mean"), not
answered. Read from the entry alone: an answer that states a rate, a volume or a
distance answers it, whatever its words.

Measured on the dev KBs (with the Oelaku, Bukit Segara and Tirtomulyo trap sets): out of
scope answered 12 fewer (faq-dev 1, Bukit Segara 3, Nusa Rangkai 1, Oelaku 3, Sungai
Lembayung 1, Tirtomulyo 2, Wanasari 1: a fine's rate per month, the levy collected in
billions, a distance between shops or the waves in metres, litres per household, a
child's normal weight in kilos, a truck's load in tonnes, a river's height, a tax
rate), and a gutter's width in inches on Oelaku; no right answer withheld. A measure
a price is given per ("retribusi per meter berapa") is no measure asked: reading it so
withheld a right answer, and so did "km" read as "kamu". Counting "berapa orang" as a
measure withheld three right answers (an answer says "satu pendamping", not "orang").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from knowledge_base.data_tables import table_rows
from knowledge_base.decision import Thresholds, break_ties
from knowledge_base.entries import KbEntry
from knowledge_base.index import KbIndex
from knowledge_base.memo import built_once
from knowledge_base.scored import Candidate, withheld_first

ASKING = "berapa"  # the normaliser writes "brp", "how many", "how much" so
RATE = frozenset({"per", "tiap", "setiap"})  # "per meter berapa" asks a price, no measure
ROLES = frozenset({"word", "symbol"})


@dataclass(frozen=True)
class Measures:
    """Per term of a measure's name, the measures it names; per entry position, the
    measures its texts give."""

    named: dict[str, frozenset[str]]
    given: tuple[frozenset[str], ...]


def measures(index: KbIndex) -> Measures:
    """The index's :class:`Measures`, computed once and kept in its cache."""
    return built_once(index.cache, "measures", Measures, lambda: _build(index))


def _build(index: KbIndex) -> Measures:
    normaliser = index.normaliser
    named: dict[str, set[str]] = {}
    symbols: dict[str, list[str]] = {}
    for row in table_rows("measures.tsv"):
        if len(row.cells) != 3 or row.cells[1] not in ROLES:
            raise row.error(f"a measure row is: measure, one of {sorted(ROLES)}, name")
        measure, role, name = row.cells
        if role == "symbol":
            symbols.setdefault(measure, []).append(re.escape(name))
            continue
        for token in normaliser.tokens_without_correction(name):
            term = normaliser.term(token)
            if name in (token, term):  # "km" is read "kamu" (you): no measure then
                named.setdefault(term, set()).add(measure)
    after_figure = {
        measure: re.compile(rf"\d\s?(?:{'|'.join(names)})(?![a-z])")
        for measure, names in symbols.items()
    }
    given = []
    for item in index.entries:
        terms = item.terms | item.answer_terms
        by_word = {m for term in terms for m in named.get(term, ())}
        text = _texts(item.entry)
        by_symbol = {m for m, pattern in after_figure.items() if pattern.search(text)}
        given.append(frozenset(by_word | by_symbol))
    return Measures({k: frozenset(v) for k, v in named.items()}, tuple(given))


def _texts(entry: KbEntry) -> str:
    """The entry's texts as written, lowercase, one per line."""
    parts = (*entry.phrasings, *entry.keywords, entry.answer, entry.answer_en or "")
    return "\n".join(parts).lower()


def asked_measures(index: KbIndex, tokens: Sequence[str]) -> frozenset[str]:
    """The measures the message asks "berapa" of (see the module's docstring); not a
    measure a price is given per ("retribusi per meter berapa")."""
    if ASKING not in tokens:
        return frozenset()  # most messages: no "berapa" (a check in C)
    named, term = measures(index).named, index.normaliser.term
    found: set[str] = set()
    for at, token in enumerate(tokens):
        if token != ASKING:
            continue
        for beside in (at - 1, at + 1):
            if 0 <= beside < len(tokens) and (beside == 0 or tokens[beside - 1] not in RATE):
                found.update(named.get(term(tokens[beside]), ()))
    return frozenset(found)


def kept_to_measure(
    index: KbIndex, tokens: Sequence[str], ranked: list[Candidate], t: Thresholds
) -> list[Candidate]:
    """``ranked`` with the best entry marked not to be answered when the message asks a
    measure the entry never gives."""
    if not ranked or ranked[0].missing_salient:
        return ranked
    asked = asked_measures(index, tokens)
    if not asked:
        return ranked
    ranked = break_ties(ranked, t)
    if not asked.isdisjoint(measures(index).given[ranked[0].position]):
        return ranked
    return withheld_first(ranked)
