"""Words whose reading depends on the variety the whole message is written in.

Some words mean one thing in a regional variety and another in Indonesian or in a
neighbouring variety: "nang" is "yang" in Banjar and "ke" in Javanese, "tiang" is "saya"
in Balinese and a pole in Indonesian, "kana" is "ke" in Sundanese and "kena" in Banjar,
"oi" is water in Bima and a call in chat, "so" and "su" are "sudah" before a verb in
eastern Malay. No word table can read them alone; the message's other words can. A
message is taken to be written in a variety when it holds one of the variety's marker
words (``data/varieties.tsv``) other than the word being read, and the word is read so
only when no other variety present reads it differently ("kana" in a message with both
Sundanese and Banjar markers is left as typed).

A word keeps its Indonesian sense beside the neighbours its row names ("teh celup" is
tea even in Sundanese, "tiang listrik" a pole even in Balinese), and an aspect marker
that closes its clause ("so?") is no "sudah". The text is rewritten before it is
tokenised, so the phrase tables read the result ("kawa kah" and "bisa kah" alike).
One scan of the message's words: the cost does not grow with the knowledge base.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache

from knowledge_base.data_tables import table_rows

END = "<end>"  # in a row's "kept" cell: a word that closes its clause keeps its sense
DROPPED = "-"  # a reading that drops a particle carrying no meaning ("teh")
_WORD = re.compile(r"[^\W\d_]+")
_CLAUSE_BREAK = re.compile(r"[.,;:!?()\n]")


@dataclass(frozen=True)
class VarietyReading:
    """How one variety reads a word, and the neighbours beside which it does not."""

    variety: str
    reading: str
    kept_beside: frozenset[str]
    kept_at_end: bool


@dataclass(frozen=True)
class VarietyWords:
    """Each variety's marker words and the words read by variety."""

    markers: Mapping[str, frozenset[str]]
    readings: Mapping[str, tuple[VarietyReading, ...]]

    def varieties_of(self, words: frozenset[str], word: str) -> frozenset[str]:
        """The varieties a message of ``words`` is written in, by markers other than
        ``word``."""
        return frozenset(
            variety for variety, markers in self.markers.items() if (words & markers) - {word}
        )

    def read(self, text: str) -> str:
        """``text`` with each word read by the variety the message is written in."""
        # most messages have no word read by variety: found by the words alone, before
        # their places are taken
        if self.readings.keys().isdisjoint([w.casefold() for w in _WORD.findall(text)]):
            return text
        spans = [(m.start(), m.end(), m.group().casefold()) for m in _WORD.finditer(text)]
        words = frozenset(word for _, _, word in spans)
        pieces: list[str] = []
        last = 0
        for i, (start, end, word) in enumerate(spans):
            if word not in self.readings:
                continue
            before = _neighbour(text, spans, i, -1)
            after = _neighbour(text, spans, i, 1)
            reading = self._reading(word, words, before, after)
            if reading is None:
                continue
            pieces.append(text[last:start])
            pieces.append("" if reading == DROPPED else reading)
            last = end
        pieces.append(text[last:])
        return "".join(pieces)

    def _reading(self, word: str, words: frozenset[str], before: str, after: str) -> str | None:
        present = self.varieties_of(words, word)
        found = {
            r.reading
            for r in self.readings[word]
            if r.variety in present and _fits(r, before, after)
        }
        return found.pop() if len(found) == 1 else None


def _fits(reading: VarietyReading, before: str, after: str) -> bool:
    if reading.kept_at_end and not after:
        return False
    return before not in reading.kept_beside and after not in reading.kept_beside


def _neighbour(text: str, spans: list[tuple[int, int, str]], i: int, step: int) -> str:
    """The word next to the ``i``-th in the same clause ("" at a clause's edge)."""
    j = i + step
    if not 0 <= j < len(spans):
        return ""
    left, right = (spans[j][1], spans[i][0]) if step < 0 else (spans[i][1], spans[j][0])
    return "" if _CLAUSE_BREAK.search(text[left:right]) else spans[j][2]


@lru_cache(maxsize=1)
def variety_words() -> VarietyWords:
    """The shipped table ``data/varieties.tsv``."""
    markers: dict[str, frozenset[str]] = {}
    readings: dict[str, list[VarietyReading]] = {}
    for row in table_rows("varieties.tsv"):
        kind, *cells = row.cells
        if kind == "marker" and len(cells) == 2:
            markers[cells[0]] = markers.get(cells[0], frozenset()) | frozenset(cells[1].split())
        elif kind == "read" and len(cells) in (3, 4):
            kept = frozenset(cells[3].split()) if len(cells) == 4 else frozenset()
            for variety in cells[0].split(","):
                reading = VarietyReading(variety, cells[2], kept - {END}, END in kept)
                readings.setdefault(cells[1], []).append(reading)
        else:
            raise row.error(
                "expected marker, variety, words or read, varieties, word, reading[, kept]"
            )
    unknown = {r.variety for rows in readings.values() for r in rows} - markers.keys()
    if unknown:
        raise ValueError(f"varieties.tsv reads for varieties with no markers: {sorted(unknown)}")
    return VarietyWords(markers, {word: tuple(rows) for word, rows in readings.items()})


def read_by_variety(text: str) -> str:
    """``text`` with its words read by the variety it is written in (:class:`VarietyWords`)."""
    return variety_words().read(text)
