"""Lexicon phrases replaced in a message's tokens (slang, domain words, English)."""

from __future__ import annotations

from collections.abc import Mapping

from knowledge_base.lexicon import Phrase
from knowledge_base.stemmer import strip_particle

__all__ = ["apply_replacements", "indonesian_table"]


def apply_replacements(
    tokens: list[str],
    replacements: Mapping[Phrase, Phrase],
    max_phrase: int,
    min_phrase: int = 1,
    starts: Mapping[str, int] | None = None,
) -> list[str]:
    """Replace lexicon phrases, longest match first, left to right, in one pass.
    ``starts`` (first word -> longest phrase it opens) only makes it faster. A particle
    or possessive closes a whole phrase, so it is read off the phrase's last word
    ("penerangan jalannya" is "penerangan jalan" + "-nya")."""
    out: list[str] = []
    append, found = out.append, replacements.get
    opens = None if starts is None else starts.get  # looked up once per word: bound once
    i = 0
    n = len(tokens)
    while i < n:
        token = tokens[i]
        longest = max_phrase if opens is None else opens(token, 0)
        if longest < min_phrase:  # most words open no phrase: no window to try
            append(token)
            i += 1
            continue
        for size in range(min(longest, n - i), min_phrase - 1, -1):
            window = tokens[i : i + size]
            target = found(tuple(window))
            if target is None and size > 1:
                last = strip_particle(window[-1])
                if last != window[-1]:
                    target = found((*window[:-1], last))
            if target is not None:
                out.extend(target)
                i += size
                break
        else:
            append(token)
            i += 1
    return out


def indonesian_table(
    replacements: Mapping[Phrase, Phrase], false_friends: frozenset[Phrase]
) -> Mapping[Phrase, Phrase]:
    """The replacements a message not written in English is read with: without the
    English bridge's false friends, English words that are also Indonesian words of
    another meaning ("cat" is paint, not "kucing"; "map" a folder, not "peta")."""
    if not false_friends:
        return replacements
    return {k: v for k, v in replacements.items() if k not in false_friends}
