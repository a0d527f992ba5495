"""Suggest the agency for a complaint from its text, using the agencies' keywords.

Pure: a keyword scores when it appears as whole words; longer phrases weigh more, so
"jalan rusak" beats a stray "jalan". Ties and no hits give ``None`` (ask the resident).
A caller may pass ``words``, a function giving the word forms of a text (the knowledge
base's normaliser: slang and English to standard Indonesian, affixes removed), applied
to the text and to every keyword alike, so "berlubang" finds the keyword "lubang" and
"street light" finds "lampu jalan".
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence

from domain.agencies import Agency, AgencyDirectory


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).lower()
    return " " + re.sub(r"[^\w]+", " ", text).strip() + " "


WordForms = Callable[[str], Sequence[str]]


def _spaced(words: Sequence[str]) -> str:
    return " " + " ".join(words) + " "


def agency_scores(
    text: str, directory: AgencyDirectory, words: WordForms | None = None
) -> dict[str, float]:
    folded = _fold(text)
    forms = _spaced(words(text)) if words else ""
    scores: dict[str, float] = {}
    for agency in directory.agencies:
        score = 0.0
        for keyword in agency.keywords:
            phrase = _fold(keyword)
            if not phrase.strip():
                continue
            if phrase in folded or (words and _spaced(words(keyword)) in forms):
                score += len(phrase.split())
        if score:
            scores[agency.code] = score
    return scores


def suggest_agency(
    text: str,
    directory: AgencyDirectory,
    hint: str | None = None,
    words: WordForms | None = None,
) -> Agency | None:
    """The best agency for ``text``; ``hint`` (e.g. from a matched KB entry) breaks ties."""
    scores = agency_scores(text, directory, words)
    if hint and directory.get(hint):
        scores[hint] = scores.get(hint, 0.0) + 0.5
    if not scores:
        return None
    ranked = sorted(scores.items(), key=lambda item: item[1], reverse=True)
    if len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
        return None
    return directory.get(ranked[0][0])
