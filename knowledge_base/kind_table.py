"""The rows of ``data/kinds.tsv`` (things of one kind and their names), read once: used
by :mod:`kinds` to tell apart entries about another thing of a kind, and by
:mod:`false_friends` to tell what a message is about."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from knowledge_base.data_tables import data_rows

GROUP = "*"  # the mark of a group name (a name of a whole group of things), before a thing


@dataclass(frozen=True)
class KindRow:
    """A line of kinds.tsv: a thing (or a group name) and its names."""

    kind: str
    thing: str
    names: tuple[str, ...]


@lru_cache(maxsize=1)
def kind_rows() -> tuple[KindRow, ...]:
    """kinds.tsv, read once."""
    return tuple(
        KindRow(kind, thing, tuple(n.strip() for n in names.split(",")))
        for kind, thing, names in data_rows("kinds.tsv")
    )
