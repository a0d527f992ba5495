"""Discourse filler: the politeness, self-narration, hedges and time expressions that
residents wrap around a question ("selamat pagi, saya mau tanya, anak saya ... terima
kasih sebelumnya"). Removing them before measuring coverage keeps long messages from
diluting the share of the question that an entry covers. Question words are never
filler (see :data:`knowledge_base.lexicon.QUESTION_WORDS`)."""

from __future__ import annotations

from collections.abc import Sequence

from knowledge_base.lexicon import Lexicon


def strip_filler(tokens: Sequence[str], lexicon: Lexicon) -> tuple[str, ...]:
    """The tokens without filler phrases (longest match first); the original tokens
    when nothing else would remain."""
    phrases = lexicon.filler
    if not phrases:
        return tuple(tokens)
    starts = lexicon.filler_starts
    kept: list[str] = []
    i = 0
    while i < len(tokens):
        longest = lexicon.max_filler if starts is None else starts.get(tokens[i], 0)
        if not longest:  # most words open no filler phrase: no window to try
            kept.append(tokens[i])
            i += 1
            continue
        for size in range(min(longest, len(tokens) - i), 0, -1):
            if tuple(tokens[i : i + size]) in phrases:
                i += size
                break
        else:
            kept.append(tokens[i])
            i += 1
    return tuple(kept) or tuple(tokens)
