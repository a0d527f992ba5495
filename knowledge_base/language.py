"""Which language a resident wrote in: English or (by default) Indonesian.

A message is English when at least a third of its words, and at least two, are common
English words that Indonesian chat does not use (``data/english_words.txt``).
Code-mixed Indonesian ("bayar pbb lewat e-wallet bisa ga") stays Indonesian."""

from __future__ import annotations

from functools import lru_cache
from importlib.resources import files

from knowledge_base.tokens import words_of


@lru_cache(maxsize=1)
def english_words() -> frozenset[str]:
    text = (files("knowledge_base") / "data" / "english_words.txt").read_text(encoding="utf-8")
    lines = (line for line in text.splitlines() if not line.startswith("#"))
    return frozenset(word for line in lines for word in line.split())


@lru_cache(maxsize=16)
def language_of(text: str) -> str:
    """``"en"`` for an English message, ``"id"`` otherwise; remembered for the last few
    texts: the normaliser, the English readings and the match result ask it of the same
    message (a long one's words are counted three times otherwise)."""
    known = english_words()
    words = [w for w in words_of(text) if w.isalpha()]
    english = sum(map(known.__contains__, words))
    return "en" if english >= 2 and 3 * english >= len(words) else "id"
