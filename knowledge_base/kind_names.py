"""The names of ``data/kinds.tsv`` as one knowledge base's terms, and where a text names
them (see :mod:`knowledge_base.kinds`). A name is read by the KB's own normaliser, so a
message and an entry are compared term by term, spelling and slang mended alike; a word
marked ``=`` is read as written, where its term would name something else."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from knowledge_base.kind_table import GROUP, kind_rows
from knowledge_base.normaliser import Normaliser

WRITTEN = "="  # kinds.tsv's mark of a word read as written (see written_words)

Written = dict[str, tuple[str, ...]]


@dataclass(frozen=True)
class Name:
    """One name of a thing or of a group, as the KB's terms."""

    terms: tuple[str, ...]
    kind: str
    things: frozenset[str]
    group: bool


def term_sequence(
    normaliser: Normaliser, tokens: Iterable[str], written: Written | None = None
) -> tuple[str, ...]:
    """The content terms of ``tokens`` in order (function words dropped); a word kinds.tsv
    reads as written (see :func:`written_words`) stands as its own mark."""
    found = (kind_term(normaliser, t, written or {}) for t in tokens)
    return tuple(t for t in found if t is not None)


def kind_term(normaliser: Normaliser, token: str, written: Written) -> str | None:
    """A token's content term, or its mark when it is a word read as written."""
    term = normaliser.content_term(token)
    for word in written.get(term, ()) if term is not None else ():
        if token.startswith(word):
            return WRITTEN + word
    return term


def written_words(normaliser: Normaliser) -> Written:
    """Per term, the words kinds.tsv marks to be read as written (``=penginapan``): their
    term loses what tells them apart ("penginapan", lodging, is "inap" as "rawat inap",
    in-patient care, and "parkir inap", overnight parking, are), so a token names the
    thing only when it starts with the word (its suffixes allowed: "penginapannya")."""
    found: dict[str, set[str]] = {}
    for row in kind_rows():
        for name in row.names:
            for word in name.split():
                term = normaliser.content_term(word[1:]) if word.startswith(WRITTEN) else None
                if term is not None:
                    found.setdefault(term, set()).add(word[1:])
    return {term: tuple(sorted(words)) for term, words in found.items()}


def _name_terms(normaliser: Normaliser, name: str) -> tuple[str, ...]:
    """One name's terms: its words as the lexicon reads them, a marked word as written."""
    terms: list[str] = []
    for part in re.split(rf"({WRITTEN}\S+)", name):  # the words between marks read together
        if part.startswith(WRITTEN):
            terms.append(part)
        elif part.strip():
            terms.extend(term_sequence(normaliser, normaliser.tokens_without_correction(part)))
    return tuple(terms)


def kb_names(normaliser: Normaliser) -> dict[str, tuple[Name, ...]]:
    """Per first term, the names of kinds.tsv starting with it, longest first. A name is
    read with the lexicon's steps but no spelling correction (a correction towards the
    KB's words may turn an acronym the KB lacks into an unrelated word); a name two
    things share once read ("pajak hotel" and "pajak hiburan" both the KB's "pbjt")
    names both."""
    found: dict[tuple[str, tuple[str, ...], bool], set[str]] = {}
    for row in kind_rows():
        group = row.thing.startswith(GROUP)
        things = set(row.names) if group else {row.thing}
        for name in (row.thing[1:],) if group else row.names:
            terms = _name_terms(normaliser, name)
            if terms:
                found.setdefault((row.kind, terms, group), set()).update(things)
    names: dict[str, list[Name]] = {}
    for (kind, terms, group), things in found.items():
        names.setdefault(terms[0], []).append(Name(terms, kind, frozenset(things), group))
    return {
        first: tuple(sorted(found, key=lambda n: -len(n.terms))) for first, found in names.items()
    }


def names_in(names: dict[str, tuple[Name, ...]], terms: Sequence[str]) -> list[Name]:
    """The names found in ``terms``, the longest of each kind at each place (a name
    inside a longer one of its kind, "motor" in "sepeda motor", is not read again); a
    group name right before or after one of its things names that thing alone ("objek
    wisata pantai" is a beach, no waterfall)."""
    found = names_at(names, terms)
    starts = {(start, name.kind): name for start, name in found if not name.group}
    ends = {(start + len(name.terms), name.kind): name for start, name in found if not name.group}
    kept = []
    for start, name in found:
        after = starts.get((start + len(name.terms), name.kind))
        before = ends.get((start, name.kind))
        if not name.group or not (_qualified(name, after) or _qualified(name, before)):
            kept.append(name)
    return kept


def _qualified(group: Name, beside: Name | None) -> bool:
    """Whether the thing named ``beside`` a group name is one of the group's."""
    return beside is not None and not beside.things.isdisjoint(group.things)


def names_at(names: dict[str, tuple[Name, ...]], terms: Sequence[str]) -> list[tuple[int, Name]]:
    """:func:`names_in` with the place each name starts at."""
    found: list[tuple[int, Name]] = []
    free_from: dict[str, int] = {}
    for start, first in enumerate(terms):
        for name in names.get(first, ()):
            end = start + len(name.terms)
            if free_from.get(name.kind, 0) > start or tuple(terms[start:end]) != name.terms:
                continue
            found.append((start, name))
            free_from[name.kind] = end
    return found
