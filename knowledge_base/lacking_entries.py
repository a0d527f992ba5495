"""The entries about a thing not had: their canonical question tells a lack ("SPPT belum
diterima", "KTP hilang"). A resident who says they hold the thing ("ktp masih ada di
tangan tapi patah") asks none of them (see :mod:`knowledge_base.known_part`)."""

from __future__ import annotations

from knowledge_base.index import KbIndex
from knowledge_base.memo import built_once

LACK = frozenset({"belum", "tidak", "hilang"})


def about_lacking(index: KbIndex, position: int) -> bool:
    """The entry at ``position`` is about a thing not had; the index's entries are read
    once and kept in its cache."""
    return position in built_once(index.cache, "about_lacking", frozenset, lambda: _lacking(index))


def _lacking(index: KbIndex) -> frozenset[int]:
    normaliser = index.normaliser
    return frozenset(
        position
        for position, item in enumerate(index.entries)
        if not LACK.isdisjoint(normaliser.tokens(item.entry.title))
    )
