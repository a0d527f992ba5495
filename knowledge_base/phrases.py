"""Phrase tables: kinds of phrase read from a TSV file, each compiled into one regular
expression over space-separated words (``*`` in a phrase skips up to three words).

Text to search is " w1 w2 ... wn " (see :func:`spaced`): every word is followed by one
space, so a phrase matches whole words only."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

GAP_WORD = "*"  # a phrase's gap as written: it skips up to three words
GAP = r"(?:\S+ ){0,3}"  # the gap in a compiled phrase


def compile_phrases(phrases: Iterable[str]) -> re.Pattern[str]:
    bodies = [
        "".join(GAP if word == GAP_WORD else re.escape(word) + " " for word in phrase.split())
        for phrase in sorted(set(phrases), key=len, reverse=True)
    ]
    if not bodies:
        return re.compile(r"(?!)")
    return re.compile(r"(?<= )(?:" + "|".join(bodies) + ")")


def spaced(words: Sequence[str]) -> str:
    return " " + " ".join(words) + " "


def word_positions(text: str) -> dict[str, list[int]]:
    """Where each word of a spaced ``text`` starts (see :meth:`PhraseTable.counted`)."""
    found: dict[str, list[int]] = {}
    position = 1
    for word in text[1:-1].split(" "):
        found.setdefault(word, []).append(position)
        position += len(word) + 1
    return found


@dataclass(frozen=True)
class PhraseTable:
    """Per kind, the compiled phrases; ``forms`` maps a word to its standard spelling."""

    patterns: dict[str, re.Pattern[str]]
    forms: dict[str, tuple[str, ...]]
    starts: dict[str, frozenset[str]] = field(default_factory=dict)  # first words per kind
    # the kinds with a phrase opening on ``*``: it may start at any word
    gapped: frozenset[str] = frozenset()
    # per first word, the kinds with a phrase opening on it (see :meth:`kinds_in`)
    opened_by: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def may_have(self, kind: str, words: Iterable[str]) -> bool:
        """False when no word opens a phrase of ``kind``: no need to search."""
        return not self.starts[kind].isdisjoint(words)

    def count(self, kind: str, text: str) -> int:
        """How many phrases of ``kind`` ``findall`` finds in ``text`` (see :meth:`matches`)."""
        return len(self.matches(kind, text))

    def openings(self, at: Mapping[str, list[int]]) -> dict[str, list[int]]:
        """Per kind, where a word opening one of its phrases stands in a text, in order
        (``at``: :func:`word_positions` of the text); a kind no word opens is left out."""
        found: dict[str, list[int]] = {}
        for word, positions in at.items():
            for kind in self.opened_by.get(word, ()):
                found.setdefault(kind, []).extend(positions)
        for positions in found.values():
            positions.sort()
        return found

    def counted(self, kind: str, text: str, openings: Sequence[int]) -> int:
        """:meth:`count` when :meth:`may_have` the words of ``text`` (0 otherwise), the
        very same number, with the phrases tried only where a word opens one of them
        (``openings``: the kind's :meth:`openings` in ``text``): ``findall`` tries a
        hundred alternatives after every space of a long message, and a message's
        complaint reading counts a dozen kinds."""
        if not openings:
            return 0
        if kind in self.gapped:
            return self.count(kind, text)
        pattern, found, end = self.patterns[kind], 0, 0
        for position in openings:
            match = pattern.match(text, position) if position >= end else None
            if match:
                found, end = found + 1, match.end()
        return found

    def has(self, kind: str, text: str) -> bool:
        """Whether ``text`` has a phrase of ``kind``: the first of :meth:`matches`."""
        pattern = self.patterns[kind]
        if kind in self.gapped:
            return pattern.search(text) is not None
        starts = self.starts[kind]
        position = 1
        for word in text[1:-1].split(" "):
            if word in starts and pattern.match(text, position):
                return True
            position += len(word) + 1
        return False

    def kinds_in(self, words: Sequence[str]) -> frozenset[str]:
        """The kinds :meth:`has` finds in the spaced ``words`` (single words), the very
        same, asking only the kinds that :meth:`may_have` them, each tried only where
        one of its first words stands (a gapped kind's phrases anywhere): the ranking
        reads a long message's facets and errands once per reading, and searching all
        its words through each kind that may be there cost more than finding them."""
        text = spaced(words)
        tried: dict[str, list[int]] = {}
        position = 1
        for word in words:
            for kind in self.opened_by.get(word, ()):
                tried.setdefault(kind, []).append(position)
            position += len(word) + 1
        return frozenset(kind for kind, at in tried.items() if self._found_at(kind, text, at))

    def _found_at(self, kind: str, text: str, positions: Iterable[int]) -> bool:
        pattern = self.patterns[kind]
        if kind in self.gapped:
            return pattern.search(text) is not None
        return any(pattern.match(text, position) for position in positions)

    def matches(self, kind: str, text: str) -> list[re.Match[str]]:
        """``list(patterns[kind].finditer(text))`` for a spaced ``text``, the very same
        matches, each phrase tried only where a word opening one of the kind's phrases
        stands (a phrase starts after a space with its first word whole): ``finditer``
        tries a hundred alternatives after every space (see :meth:`replaced`)."""
        pattern = self.patterns[kind]
        if kind in self.gapped:
            return list(pattern.finditer(text))
        starts = self.starts[kind]
        found: list[re.Match[str]] = []
        end = 0
        position = 1
        for word in text[1:-1].split(" "):
            if position >= end and word in starts:
                match = pattern.match(text, position)
                if match:
                    found.append(match)
                    end = match.end()
            position += len(word) + 1
        return found

    def replaced(self, kind: str, text: str, by: str) -> str:
        """``patterns[kind].sub(by, text)`` for a spaced ``text``, the very same string,
        with the phrases tried only where a word opens one of them: a phrase starts
        after a space with its first word whole, and ``sub`` scanning a message of
        thirty words through a hundred alternatives at every character cost more than
        the rest of the emergency check (see :func:`knowledge_base.emergency.is_emergency`)."""
        if kind in self.gapped:
            return self.patterns[kind].sub(by, text)
        found = self.matches(kind, text)
        if not found:
            return text
        pieces: list[str] = []
        end = 0
        for match in found:
            pieces += (text[end : match.start()], by)
            end = match.end()
        pieces.append(text[end:])
        return "".join(pieces)


def parse_table(text: str, kinds: Sequence[str]) -> PhraseTable:
    """``kind<TAB>phrase`` lines (``form<TAB>word<TAB>standard`` for spellings); lines
    starting with ``#`` are comments. Unknown kinds are ignored."""
    return phrase_table(*table_phrases(text, kinds))


def table_phrases(
    text: str, kinds: Sequence[str]
) -> tuple[dict[str, list[str]], dict[str, tuple[str, ...]]]:
    """The phrases per kind and the spelling forms of a table (see :func:`parse_table`)."""
    forms: dict[str, tuple[str, ...]] = {}
    found: dict[str, list[str]] = {kind: [] for kind in kinds}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cells = [cell.strip() for cell in line.split("\t")]
        kind, phrase = cells[0], cells[1] if len(cells) > 1 else ""
        if kind == "form" and len(cells) > 2:
            forms[phrase] = tuple(cells[2].split())
        elif kind in found and phrase:
            found[kind].append(phrase)
    return found, forms


def phrase_table(
    found: Mapping[str, Sequence[str]], forms: dict[str, tuple[str, ...]] | None = None
) -> PhraseTable:
    """A :class:`PhraseTable` of ``found`` phrases per kind, with each kind's first words."""
    starts = {
        kind: frozenset(p.split()[0] for p in phrases if p.split()[0] != GAP_WORD)
        for kind, phrases in found.items()
    }
    gapped = frozenset(
        kind for kind, phrases in found.items() if any(p.split()[0] == GAP_WORD for p in phrases)
    )
    opened_by: dict[str, list[str]] = {}
    for kind, words in starts.items():
        for word in words:
            opened_by.setdefault(word, []).append(kind)
    return PhraseTable(
        {kind: compile_phrases(p) for kind, p in found.items()},
        forms or {},
        starts,
        gapped,
        {word: tuple(kinds) for word, kinds in opened_by.items()},
    )
