"""Which one-letter slips a phone typist makes: a key next to the intended one
(QWERTY), two letters swapped, a letter left out or doubled, or a sound-alike letter
("p"/"f", "c"/"k", "j"/"z", "i"/"e", "u"/"o"). Such a slip is likely; another
one-letter difference ("bidan" for "badan") is more often another word."""

from __future__ import annotations

from functools import lru_cache

_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
_SOUND_ALIKE = ("pf", "fv", "pv", "ck", "kq", "jz", "sz", "ie", "uo", "dt")


@lru_cache(maxsize=1)
def _neighbours() -> dict[str, frozenset[str]]:
    where = {c: (r, i) for r, row in enumerate(_ROWS) for i, c in enumerate(row)}
    near: dict[str, set[str]] = {c: set() for c in where}
    for c, (r, i) in where.items():
        for dr, di in ((0, -1), (0, 1), (-1, 0), (-1, 1), (1, 0), (1, -1)):
            rr, ii = r + dr, i + di
            if 0 <= rr < len(_ROWS) and 0 <= ii < len(_ROWS[rr]):
                near[c].add(_ROWS[rr][ii])
    for pair in _SOUND_ALIKE:
        near[pair[0]].add(pair[1])
        near[pair[1]].add(pair[0])
    return {c: frozenset(v) for c, v in near.items()}


def near_keys(a: str, b: str) -> bool:
    return b in _neighbours().get(a, frozenset())


def likely_slip(typed: str, word: str) -> bool:
    """``typed`` is ``word`` with one likely slip (see the module docstring)."""
    if len(typed) == len(word):
        diff = [i for i in range(len(word)) if typed[i] != word[i]]
        if len(diff) == 1:
            return near_keys(word[diff[0]], typed[diff[0]])
        return (
            len(diff) == 2
            and diff[1] == diff[0] + 1
            and typed[diff[0]] == word[diff[1]]
            and typed[diff[1]] == word[diff[0]]
        )
    if len(word) == len(typed) + 1:  # a letter left out
        return any(word[:i] + word[i + 1 :] == typed for i in range(len(word)))
    if len(typed) == len(word) + 1:  # a letter doubled or a neighbour hit as well
        for i in range(len(typed)):
            if typed[:i] + typed[i + 1 :] == word:
                extra = typed[i]
                around = typed[i - 1 : i] + typed[i + 1 : i + 2]
                if any(c == extra or near_keys(c, extra) for c in around):
                    return True
    return False
