"""Typo correction against a known vocabulary (symmetric-delete lookup, then an exact
Damerau-style distance check), so a lookup costs a few dict probes, not a scan."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from rapidfuzz.distance import OSA

from knowledge_base.keyboard import likely_slip


def _deletes(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


def _is_subsequence(short: str, long: str) -> bool:
    letters = iter(long)
    return all(char in letters for char in short)


def allowed_distance(word: str) -> int:
    """Edits tolerated for a word of this length: none for very short words, one
    likely slip for four letters (see :meth:`SpellingCorrector.correct`)."""
    if len(word) < SHORTEST:
        return 0
    if len(word) < 9:
        return 1
    return 2


SHORTEST = 4  # a word of four letters is mended only from one likely slip
SHORT = 5  # below this length, and for the first letter, only likely slips count


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

    def correct(
        self, word: str, max_distance: int | None = None, likely_only: bool = False
    ) -> str | None:
        """The best vocabulary word within the allowed distance, or None.

        A likely slip (a neighbouring or sound-alike key, two letters swapped, one
        left out or doubled) ranks before another edit at the same distance. A word of
        four letters is mended only from one likely slip, and only when a single word
        fits; a different first letter is accepted only as a likely slip of a longer
        word ("ilang" -> "hilang", "fujukan" -> "rujukan"), after any word that keeps
        the first letter. ``likely_only`` accepts likely slips alone."""
        limit = allowed_distance(word)
        if max_distance is not None:
            limit = min(limit, max_distance)
        if limit == 0 or not word.isalpha():
            return None
        candidates: set[str] = set()
        for key in {word, *_deletes(word)}:
            candidates.update(self._by_delete.get(key, ()))
        short = len(word) < SHORT
        ranked: list[tuple[int, bool, bool, bool, int, str]] = []
        for candidate in candidates:
            if candidate == word:
                continue
            if len(candidate) < len(word) and len(word) < 7:
                continue  # short words: only omissions, substitutions, swaps
            distance = OSA.distance(word, candidate)
            if distance > limit:
                continue
            likely = distance == 1 and likely_slip(word, candidate)
            other_first = candidate[0] != word[0]
            if (short or other_first or likely_only) and not likely:
                continue
            if short and other_first and candidate[1:] != word:
                continue  # a short word's first letter is kept, unless dropped
            # a dropped letter is the commonest chat typo: prefer candidates that
            # contain the word as a subsequence ("syrat" -> "syarat", not "surat")
            ranked.append(
                (
                    distance,
                    other_first,
                    not likely,
                    not _is_subsequence(word, candidate),
                    -self.frequency.get(candidate, 0),
                    candidate,
                )
            )
        # a short word's slip must fit one word only ("umah" is as near "rumah" as
        # "umrah"), and its first letter is never changed
        if not ranked or (short and (len(ranked) > 1 or ranked[0][1])):
            return None
        return min(ranked)[5]
