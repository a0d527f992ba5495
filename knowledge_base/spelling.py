"""Typo correction against a known vocabulary (symmetric-delete lookup, then an exact
Damerau-style distance check), so a lookup costs a few dict probes, not a scan."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from rapidfuzz.distance import OSA


def _deletes(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


def _is_subsequence(short: str, long: str) -> bool:
    letters = iter(long)
    return all(char in letters for char in short)


def allowed_distance(word: str) -> int:
    """Edits tolerated for a word of this length: none for very short words."""
    if len(word) < 5:
        return 0
    if len(word) < 9:
        return 1
    return 2


@dataclass(frozen=True)
class SpellingCorrector:
    """Maps an unknown word to the closest vocabulary word, preferring frequent ones."""

    frequency: Mapping[str, int]
    _by_delete: dict[str, tuple[str, ...]] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        index: dict[str, set[str]] = {}
        for word in self.frequency:
            if len(word) < 3 or not word.isalpha():
                continue
            for key in {word, *_deletes(word)}:
                index.setdefault(key, set()).add(word)
        self._by_delete.update({k: tuple(sorted(v)) for k, v in index.items()})

    @classmethod
    def from_words(cls, words: Iterable[str]) -> SpellingCorrector:
        counts: dict[str, int] = {}
        for word in words:
            counts[word] = counts.get(word, 0) + 1
        return cls(frequency=counts)

    def correct(self, word: str, max_distance: int | None = None) -> str | None:
        """The best vocabulary word within the allowed distance, or None."""
        limit = allowed_distance(word)
        if max_distance is not None:
            limit = min(limit, max_distance)
        if limit == 0 or not word.isalpha():
            return None
        candidates: set[str] = set()
        for key in {word, *_deletes(word)}:
            candidates.update(self._by_delete.get(key, ()))
        best: tuple[int, bool, int, str] | None = None
        for candidate in candidates:
            if candidate == word or candidate[0] != word[0]:
                continue
            if len(candidate) < len(word) and len(word) < 7:
                continue  # short words: only omissions, substitutions, swaps
            distance = OSA.distance(word, candidate)
            if distance > limit:
                continue
            # a dropped letter is the commonest chat typo: prefer candidates that
            # contain the word as a subsequence ("syrat" -> "syarat", not "surat")
            rank = (
                distance,
                not _is_subsequence(word, candidate),
                -self.frequency.get(candidate, 0),
                candidate,
            )
            if best is None or rank < best:
                best = rank
        return best[3] if best else None
