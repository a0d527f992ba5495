"""Lexicon phrases replaced in a message's tokens (slang, domain words, English)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from knowledge_base.lexicon import Lexicon, Phrase
from knowledge_base.stemmer import strip_particle

__all__ = ["PhraseReader", "apply_replacements", "indonesian_table", "lexicon_readers"]


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
            target = phrase_read(tokens[i : i + size], found)
            if target is not None:
                out.extend(target)
                i += size
                break
        else:
            append(token)
            i += 1
    return out


def phrase_read(window: list[str], found: Callable[[Phrase], Phrase | None]) -> Phrase | None:
    """What ``window`` is replaced with, if anything. A particle or possessive closes a
    whole phrase, so it is read off the phrase's last word ("penerangan jalannya" is
    "penerangan jalan" + "-nya")."""
    target = found(tuple(window))
    if target is None and len(window) > 1:
        last = strip_particle(window[-1])
        if last != window[-1]:
            target = found((*window[:-1], last))
    return target


@dataclass(frozen=True)
class PhraseReader:
    """:func:`apply_replacements` with one table, and per first word the lengths of the
    table's phrases it opens, longest first, built with the normaliser: a message's
    words are read three times per text, and trying every length up to the longest a
    word opens ("surat" opens five-word phrases) cost a look-up per length for the few
    lengths a phrase has. The very same replacements: a window is replaced only by a
    phrase of its own length opening with its first word."""

    table: dict[Phrase, Phrase]
    sizes: dict[str, tuple[int, ...]]

    @classmethod
    def of(
        cls, table: Mapping[Phrase, Phrase], max_phrase: int, starts: Mapping[str, int] | None
    ) -> PhraseReader:
        """``starts`` (first word -> the longest phrase tried from it; None:
        ``max_phrase``) bounds the lengths, as in :func:`apply_replacements`."""
        found: dict[str, set[int]] = {}
        for phrase in table:
            longest = max_phrase if starts is None or not phrase else starts.get(phrase[0], 0)
            if phrase and len(phrase) <= longest:
                found.setdefault(phrase[0], set()).add(len(phrase))
        return cls(dict(table), {w: tuple(sorted(s, reverse=True)) for w, s in found.items()})

    def read(self, tokens: list[str], min_phrase: int = 1) -> list[str]:
        """``tokens`` with the table's phrases of ``min_phrase`` words or more replaced."""
        out: list[str] = []
        append, found, opened = out.append, self.table.get, self.sizes.get
        i, n = 0, len(tokens)
        while i < n:
            token, read = tokens[i], 0
            for size in opened(token, ()):
                if size < min_phrase:
                    break
                if size > n - i:
                    continue
                target = phrase_read(tokens[i : i + size], found)
                if target is not None:
                    out.extend(target)
                    read = size
                    break
            if read:
                i += read
            else:
                append(token)
                i += 1
        return out


def lexicon_readers(lexicon: Lexicon, *tables: Mapping[Phrase, Phrase]) -> list[PhraseReader]:
    """A :class:`PhraseReader` of each table, its phrases bounded as the lexicon's are."""
    return [PhraseReader.of(t, lexicon.max_phrase, lexicon.replacement_starts) for t in tables]


def indonesian_table(
    replacements: Mapping[Phrase, Phrase], false_friends: frozenset[Phrase]
) -> Mapping[Phrase, Phrase]:
    """The replacements a message not written in English is read with: without the
    English bridge's false friends, English words that are also Indonesian words of
    another meaning ("cat" is paint, not "kucing"; "map" a folder, not "peta")."""
    if not false_friends:
        return replacements
    return {k: v for k, v in replacements.items() if k not in false_friends}
