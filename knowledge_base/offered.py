"""What an entry's texts offer, for the guards that offer an entry rather than answer it
when a message asks something of its thing that the entry never speaks of (a kind of
service: ``service_kinds.py``; an act such as renting it: ``asked_acts.py``).

Both read a table of names, each name's content terms standing for one label (a kind,
an act), and mark the best entry "did you mean" when the message asks a label its
questions, keywords and answer never name.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence

from knowledge_base.decision import Thresholds, break_ties
from knowledge_base.index import KbIndex
from knowledge_base.normaliser import Normaliser
from knowledge_base.scored import Candidate, withheld_first


def name_terms(normaliser: Normaliser, names: str) -> Iterator[tuple[str, str]]:
    """``(name, content term)`` for every content term of each comma-separated name."""
    for name in (n.strip() for n in names.split(",")):
        for token in normaliser.tokens(name):
            term = normaliser.content_term(token)
            if term is not None:
                yield name, term


def labels_named(index: KbIndex, named: Mapping[str, str]) -> tuple[frozenset[str], ...]:
    """Per entry (by position), the labels of ``named`` (term -> label) its questions,
    keywords or answer name."""
    return tuple(
        frozenset(named[t] for t in item.terms | item.answer_terms if t in named)
        for item in index.entries
    )


def kept_to_offered(
    ranked: list[Candidate],
    asked: frozenset[str],
    offered: Sequence[frozenset[str]],
    t: Thresholds,
) -> list[Candidate]:
    """``ranked`` with the best entry (after ties are broken) marked not to be answered
    when ``asked`` holds a label that entry's ``offered`` set lacks."""
    if not asked:
        return ranked
    ranked = break_ties(ranked, t)
    if asked <= offered[ranked[0].position]:
        return ranked
    return withheld_first(ranked)
