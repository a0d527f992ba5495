"""Words residents cut short: "maks" (maksimal), "admin" (administrasi), "kecam"
(kecamatan), "pengumu" (pengumuman). A word of the vocabulary is a candidate when it
starts with the written word and is at least two letters longer; the most frequent
candidate wins when it is clearly the most frequent (twice the next), so a cut that
could be several words is left alone. The table is built once per knowledge base."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

SHORTEST = 4  # "info", "maks"; three letters are too many words' beginnings
LONGEST = 7  # a longer cut is a typo of a whole word, left to the speller
MISSING = 2  # letters cut off at least
DOMINANCE = 2  # the winner's frequency over the next candidate's


@dataclass(frozen=True)
class Clippings:
    frequency: Mapping[str, int]
    _by_cut: dict[str, str] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        candidates: dict[str, list[str]] = {}
        for word in self.frequency:
            if not word.isalpha():
                continue
            for end in range(SHORTEST, min(LONGEST, len(word) - MISSING) + 1):
                candidates.setdefault(word[:end], []).append(word)
        for cut, words in candidates.items():
            words.sort(key=lambda w: -self.frequency[w])
            first = self.frequency[words[0]]
            if len(words) == 1 or first >= DOMINANCE * self.frequency[words[1]]:
                self._by_cut[cut] = words[0]

    def expand(self, written: str) -> str | None:
        """The vocabulary word ``written`` is the beginning of, or None."""
        return self._by_cut.get(written)
