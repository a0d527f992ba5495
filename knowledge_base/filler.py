"""Discourse filler: the politeness, self-narration, hedges and time expressions that
residents wrap around a question ("selamat pagi, saya mau tanya, anak saya ... terima
kasih sebelumnya"). Removing them before measuring coverage keeps long messages from
diluting the share of the question that an entry covers. Question words are never
filler (see :data:`knowledge_base.lexicon.QUESTION_WORDS`)."""

from __future__ import annotations

from collections.abc import Sequence

from knowledge_base.index import KbIndex
from knowledge_base.lexicon import Lexicon
from knowledge_base.memo import last_answer
from knowledge_base.smalltalk import strip_leading_chatter


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


def question_core(
    index: KbIndex, tokens: tuple[str, ...], lexicon: Lexicon
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """``tokens`` without the greeting that opens them (see
    :func:`knowledge_base.smalltalk.strip_leading_chatter`) and without filler, and
    their terms: what ranking reads. Remembered for the last tokens: a long message's
    story readings (see :func:`knowledge_base.focus.story_reading`) have the very same
    tokens, and the filler walk and the terms cost them as much as the first reading."""

    def read() -> tuple[tuple[str, ...], tuple[str, ...]]:
        core = strip_filler(strip_leading_chatter(tokens, lexicon), lexicon)
        return core, index.normaliser.terms(core)

    return last_answer(index.cache, "question_core", tokens, read)
