"""Balinese passives of Indonesian verbs, for a word the vocabulary lacks.

Balinese forms a passive with "ka-" and "-ang" around a verb a resident often takes
from Indonesian ("kadaftarang": didaftarkan, "kalaksanayang": dilaksanakan, a "y" or
"w" gliding from a root's last vowel into the ending). No table can list every verb so
formed; the form is read as the Indonesian "di-…-kan" (or "di-") passive when that is
a known word, so "kampuang" or "katorang" (no known passive) are left to other readings.
"""

from __future__ import annotations

from collections.abc import Callable

MIN_LENGTH = 7  # "ka" + a root of two letters or more + "ang"
VOWELS = frozenset("aeiou")


def ka_ang_passive(word: str, known: Callable[[str], bool]) -> str | None:
    """The known Indonesian passive the Balinese ``word`` ("kadaftarang") is, else None."""
    if len(word) < MIN_LENGTH or not word.startswith("ka") or not word.endswith("ang"):
        return None
    if not word.isalpha():
        return None
    root = word[2:-3]
    roots = [root]
    if len(root) > 3 and root[-1] in "yw" and root[-2] in VOWELS:  # "laksana" + "yang"
        roots.insert(0, root[:-1])
    for base in roots:
        for passive in ("di" + base + "kan", "di" + base):
            if known(passive):
                return passive
    return None
