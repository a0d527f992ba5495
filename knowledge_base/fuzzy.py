"""The fuzzy signal of ranking (see :mod:`scorer`): a rapidfuzz similarity between the
message and each candidate entry's best variant (questions and keywords)."""

from __future__ import annotations

from collections.abc import Callable, Mapping

import numpy
from rapidfuzz import fuzz, process

from knowledge_base.index import KbIndex

Scorer = Callable[..., float]

SCORERS: dict[str, Scorer] = {
    "token_set_ratio": fuzz.token_set_ratio,
    "token_sort_ratio": fuzz.token_sort_ratio,
    "WRatio": fuzz.WRatio,
    "QRatio": fuzz.QRatio,
    "partial_token_set_ratio": fuzz.partial_token_set_ratio,
}


def best_fuzzy(
    index: KbIndex,
    text: str,
    positions: list[int],
    scorer: str,
    known: Mapping[int, float] | None,
) -> dict[int, float]:
    """Per entry position, the best score of ``text`` against its variants; ``known``:
    positions' scores already computed for this very text (a long message read again
    with other term weights), not computed again."""
    if not known:
        return fuzzy_scores(index, text, positions, scorer)
    found = {p: known[p] for p in positions if p in known}
    missing = [p for p in positions if p not in found]
    if missing:
        found.update(fuzzy_scores(index, text, missing, scorer))
    return found


def fuzzy_scores(index: KbIndex, text: str, positions: list[int], scorer: str) -> dict[int, float]:
    """Per entry position, the best rapidfuzz score of the message against its variants."""
    entries = index.entries
    choices: list[str] = []
    for position in positions:
        choices.extend(entries[position].variants)
    # one score per choice, in the choices' order: ``cdist`` fills a row in C++, where
    # ``extract`` sorts its results and hands each one to a Python loop; with some 150
    # variants per message (the English ones too) that loop was a tenth of ``match``
    # (float64: the very values ``extract`` gives)
    row: list[float] = process.cdist([text], choices, scorer=SCORERS[scorer], dtype=numpy.float64)[
        0
    ].tolist()
    best: dict[int, float] = {}
    start = 0
    for position in positions:
        end = start + len(entries[position].variants)
        best[position] = max(row[start:end], default=0.0)
        start = end
    return best
