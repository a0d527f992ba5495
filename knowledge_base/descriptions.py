"""Descriptions of a service read as its name (``data/descriptions.tsv``).

Residents describe what they cannot name: "mobil untuk membawa orang sakit" is an
ambulance, "surat dari dokter yang menyatakan sehat" a health certificate. A synonym
needs the exact words in a row; a description puts a few words of its own between the
ones that carry its meaning. A pattern here is a phrase whose ``*`` skips up to three
words (as in :mod:`knowledge_base.phrases`), written over normalised tokens; the whole
span it matches is replaced by the service's name. Only descriptions that name one
thing whatever fills the gap belong here ("mobil * orang sakit", not "mobil * sakit":
"mobil saya rusak anak sakit" is no ambulance)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache

from knowledge_base.lexicon import Phrase
from knowledge_base.phrases import GAP, GAP_WORD, spaced

__all__ = ["Descriptions", "compile_descriptions"]


@dataclass(frozen=True)
class Descriptions:
    """Per first word, the (pattern, name) pairs it opens, longest pattern first."""

    by_start: Mapping[str, tuple[tuple[re.Pattern[str], str], ...]]

    def apply(self, tokens: list[str]) -> list[str]:
        if self.by_start.keys().isdisjoint(tokens):
            return tokens
        text = spaced(tokens)
        for start in dict.fromkeys(t for t in tokens if t in self.by_start):
            patterns = self.by_start[start]
            for pattern, name in patterns:
                text = pattern.sub(name + " ", text)
        return text.split()


def _pattern(phrase: Phrase) -> re.Pattern[str]:
    body = "".join(GAP if word == GAP_WORD else re.escape(word) + " " for word in phrase)
    return re.compile(r"(?<= )" + body)


@lru_cache(maxsize=4)
def _compiled(rows: tuple[tuple[Phrase, Phrase], ...]) -> Descriptions:
    by_start: dict[str, list[tuple[Phrase, re.Pattern[str], str]]] = {}
    for phrase, name in rows:
        if phrase and phrase[0] != GAP_WORD and phrase[-1] != GAP_WORD and name:
            entry = (phrase, _pattern(phrase), " ".join(name))
            by_start.setdefault(phrase[0], []).append(entry)
    return Descriptions(
        {
            start: tuple((p, n) for _, p, n in sorted(items, key=lambda e: -len(e[0])))
            for start, items in by_start.items()
        }
    )


def compile_descriptions(rows: Iterable[tuple[Phrase, Phrase]]) -> Descriptions:
    """The patterns of ``rows`` compiled once (the same rows share one table)."""
    return _compiled(tuple(rows))
