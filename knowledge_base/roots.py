"""The stemmer's root check: a stem should be a word.

The rule stemmer makes non-words ("pertama" -> "tama", "berita" -> "ita",
"dipakai" -> "paka" while "pakai" stays "pakai", "memasukkan" -> "pasuk"), which
split one word's forms or collide with other words. Roots are the curated common
roots (``data/roots.txt``), the knowledge base's words that are their own stem, and
stems shared by two of its words. When the rule stem is no root, the first root among
the other readings (a ``-kan`` read as ``k`` + ``-an``, the prefix alone removed, the
suffix alone removed) is taken, else the word itself when it is a root ("pertama") or
an everyday Indonesian word ("pelanggan", "terminal": wordfreq's frequent words), else
the rule stem as before (consistent on both sides, so still matching).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Container, Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files

from knowledge_base.common_words import indonesian_words
from knowledge_base.stemmer import lighter_readings, other_readings, stem, strip_particle


def _words(name: str) -> frozenset[str]:
    text = (files("knowledge_base") / "data" / name).read_text(encoding="utf-8")
    lines = (line for line in text.splitlines() if not line.startswith("#"))
    return frozenset(word for line in lines for word in line.split())


@lru_cache(maxsize=1)
def common_roots() -> frozenset[str]:
    return _words("roots.txt")


@lru_cache(maxsize=1)
def whole_words() -> frozenset[str]:
    """Derived words kept whole ("keberatan" is no "berat"; ``data/whole_words.txt``)."""
    return _words("whole_words.txt")


@dataclass(frozen=True)
class Roots:
    """The KB's roots (see :func:`roots_of`), and everyday Indonesian words: a word the
    rule stemmer cannot reduce to a root is kept whole when it is one ("pelanggan" is
    no "langg", "beliung" no "liung"). Everyday words never confirm a rule stem: that
    "rusa" is a word does not make "kerusakan" a deer."""

    kb: frozenset[str]
    everyday: frozenset[str] = frozenset()

    def __contains__(self, word: object) -> bool:
        return word in self.kb


def roots_of(vocabulary: Iterable[str]) -> Roots:
    """Common roots, words that are their own stem, and stems two words share; and
    everyday Indonesian words."""
    stems = Counter(stem(w) for w in set(vocabulary))
    own = {w for w in vocabulary if stem(w) == w}
    kb = common_roots() | own | {s for s, n in stems.items() if n > 1}
    return Roots(frozenset(kb), indonesian_words())


def rooted_stem(word: str, roots: Roots | Container[str]) -> str:
    """:func:`stem`'s reading of ``word`` when it is a root, else a reading that is,
    else the word itself when it is a root or an everyday word."""
    stemmed = stem(word)
    if (base := strip_particle(word)) in whole_words():
        return base
    if stemmed == word or stemmed in roots:
        return stemmed
    for form in (*other_readings(word), *lighter_readings(word)):
        if form in roots:
            return form
    everyday = roots.everyday if isinstance(roots, Roots) else frozenset()
    return base if base in roots or base in everyday else stemmed
