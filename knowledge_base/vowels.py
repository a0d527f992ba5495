"""Chat abbreviations that drop vowels: "syrt" (syarat), "klhrn" (kelahiran), "pnlitian"
(penelitian), "usha" (usaha). A word of the vocabulary is a candidate when it has the
same consonants in the same order, starts with the same letter and differs from the
written word only by vowels the writer left out; the most frequent candidate wins, and
a tie between equally frequent words is left alone. Where no word fits so, the nasal
of a nasal cluster (ng, nj, nd, mb) may be left out as well: "prpnjg" and "prpjg"
(perpanjang), "pdftrn" (pendaftaran), "lgsg" (langsung), "kdrn" (kendaraan); so may
a doubled consonant's second ("plgn": pelanggan)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache

from knowledge_base.common_words import everyday_indonesian_words

VOWELS = frozenset("aeiou")
MIN_LENGTH = 3
# a nasal and the consonant it is sounded with: chat writes the second alone
NASAL_PAIRS = frozenset({"ng", "nj", "nd", "mb"})
_NASALS = re.compile(r"n+(?=[gjd])|m+(?=b)")
_DOUBLES = re.compile(r"(.)\1+")
NASAL_MIN_LENGTH = 4  # "pgn" could be "pangan" as well as "pengin": too short


def skeleton(word: str) -> str:
    """The first letter, then the consonants: ``syarat`` -> ``syrt``."""
    return word[:1] + "".join(c for c in word[1:] if c not in VOWELS)


def _drops_only_vowels(written: str, word: str) -> bool:
    """``written`` is ``word`` with some vowels left out (and nothing else changed)."""
    letters = iter(word)
    for char in written:
        for candidate in letters:
            if candidate == char:
                break
            if candidate not in VOWELS:
                return False
        else:
            return False
    return all(rest in VOWELS for rest in letters)


def nasal_skeleton(word: str) -> str:
    """The skeleton with each nasal cluster as its second letter and a doubled consonant
    once, the first letter kept: ``langsung`` -> ``lgsg``, ``perpanjang`` -> ``prpjg``,
    ``pendaftaran`` -> ``pdftrn``, ``pelanggan`` -> ``plgn``."""
    bare = skeleton(word)
    return bare[:1] + _DOUBLES.sub(r"\1", _NASALS.sub("", bare[1:]))


def _droppable(word: str, at: int) -> bool:
    """A vowel, the nasal of a nasal cluster or a doubled consonant's second, which chat
    writers leave out too ("plgn": pelanggan)."""
    doubled = at > 0 and word[at] == word[at - 1]
    return word[at] in VOWELS or word[at : at + 2] in NASAL_PAIRS or doubled


def _drops_vowels_and_nasals(written: str, word: str) -> bool:
    """``written`` is ``word`` with some vowels and nasals left out ("prpjg")."""
    at = 0
    for char in written:
        while at < len(word) and word[at] != char:
            if not _droppable(word, at):
                return False
            at += 1
        if at == len(word):
            return False
        at += 1
    return all(_droppable(word, rest) for rest in range(at, len(word)))


@dataclass(frozen=True)
class VowelExpander:
    frequency: Mapping[str, int]
    _by_skeleton: dict[str, tuple[str, ...]] = field(default_factory=dict, repr=False)
    _by_nasal_skeleton: dict[str, tuple[str, ...]] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        index: dict[str, list[str]] = {}
        nasal: dict[str, list[str]] = {}
        for word in self.frequency:
            if len(word) > MIN_LENGTH and word.isalpha():
                index.setdefault(skeleton(word), []).append(word)
                # only a word with a nasal cluster can lose a nasal; the others are found
                # by their vowels alone
                if (loose := nasal_skeleton(word)) != skeleton(word):
                    nasal.setdefault(loose, []).append(word)
        self._by_skeleton.update({k: tuple(v) for k, v in index.items()})
        self._by_nasal_skeleton.update({k: tuple(v) for k, v in nasal.items()})

    def expand(self, written: str) -> str | None:
        """The vocabulary word ``written`` abbreviates, or None; a clitic "-ny" is
        read as "-nya" ("crny" -> "caranya"), and one written whole is kept ("jdwlnya")."""
        found = self._expand(written)
        if found is None and written.endswith("ny") and len(written) > MIN_LENGTH:
            base = written[:-2]
            stem = base if base in self.frequency else self._expand(base, shortest=2)
            found = stem + "nya" if stem else None
        if found is None and written.endswith("nya") and len(written) > MIN_LENGTH + 3:
            # the clitic written whole after a shortened word: "jdwlnya" (jadwalnya)
            stem = self._expand(written[:-3])
            found = stem + "nya" if stem else None
        return found

    def candidates(self, written: str) -> list[str]:
        """Every vocabulary word ``written`` may be with vowels left out."""
        return [
            word
            for word in self._by_skeleton.get(skeleton(written), ())
            if len(word) > len(written) and _drops_only_vowels(written, word)
        ]

    def fits_any(self, written: str) -> bool:
        """Some vocabulary word may be ``written`` with vowels, or vowels and nasals, left
        out, however short the form and however many words fit: what :meth:`expand`
        leaves unread as ambiguous ("bdg": bidang or bandung) may still be no acronym."""
        return bool(self.candidates(written) or self._nasal_candidates(written, MIN_LENGTH))

    def _nasal_candidates(self, written: str, shortest: int = NASAL_MIN_LENGTH) -> list[str]:
        """Words ``written`` may be with vowels and the nasals of ng/nj/nd/mb left out
        ("lgsg": langsung, "pdftrn": pendaftaran), tried only when no word fits by its
        vowels alone."""
        if len(written) < shortest:
            return []
        return [
            word
            for word in self._by_nasal_skeleton.get(nasal_skeleton(written), ())
            if len(word) > len(written) and _drops_vowels_and_nasals(written, word)
        ]

    def _expand(self, written: str, shortest: int = MIN_LENGTH) -> str | None:
        if len(written) < shortest or not written.isalpha():
            return None
        found = self.candidates(written) or self._nasal_candidates(written)
        if not found:
            return None
        found.sort(key=lambda w: -self.frequency.get(w, 0))
        if len(found) > 1 and self.frequency.get(found[0]) == self.frequency.get(found[1]):
            return None
        return found[0]


@lru_cache(maxsize=1)
def everyday_expander() -> VowelExpander:
    """The most frequent Indonesian words, each equally likely: a chat form is read as
    one of them only when it is the one word that fits ("trakhir" is "terakhir")."""
    return VowelExpander(frequency={w: 1 for w in everyday_indonesian_words()})
