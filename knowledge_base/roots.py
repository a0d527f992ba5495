"""The stemmer's root check: a stem should be a word.

The rule stemmer makes non-words ("pertama" -> "tama", "berita" -> "ita",
"dipakai" -> "paka" while "pakai" stays "pakai", "memasukkan" -> "pasuk"), which
split one word's forms or collide with other words. Roots are the curated common
roots (``data/roots.txt``), the knowledge base's words that are their own stem, and
stems shared by two of its words. When the rule stem is no root, the first root among
the other readings (a ``-kan`` read as ``k`` + ``-an``, the prefix alone removed, the
suffix alone removed) is taken, else the word itself when it is a root ("pertama"),
else the rule stem as before (consistent on both sides, so still matching).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Set
from functools import lru_cache
from importlib.resources import files

from knowledge_base.stemmer import lighter_readings, other_readings, stem, strip_particle


@lru_cache(maxsize=1)
def common_roots() -> frozenset[str]:
    text = (files("knowledge_base") / "data" / "roots.txt").read_text(encoding="utf-8")
    lines = (line for line in text.splitlines() if not line.startswith("#"))
    return frozenset(word for line in lines for word in line.split())


def roots_of(vocabulary: Iterable[str]) -> frozenset[str]:
    """Common roots, words that are their own stem, and stems two words share."""
    stems = Counter(stem(w) for w in set(vocabulary))
    own = {w for w in vocabulary if stem(w) == w}
    return common_roots() | own | {s for s, n in stems.items() if n > 1}


def rooted_stem(word: str, roots: Set[str]) -> str:
    """:func:`stem`'s reading of ``word`` when it is a root, else a reading that is."""
    stemmed = stem(word)
    if stemmed == word or stemmed in roots:
        return stemmed
    for form in (*other_readings(word), *lighter_readings(word)):
        if form in roots:
            return form
    base = strip_particle(word)
    return base if base in roots else stemmed
