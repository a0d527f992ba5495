"""A message after normalisation: its tokens, content terms and question mark, and
what its readings mark in it."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Analysis:
    """A message after normalisation."""

    tokens: tuple[str, ...]
    terms: tuple[str, ...]
    question_mark: bool
    # terms heard only in the story around a long message's question (see
    # :func:`knowledge_base.focus.story_reading`) or in what a short message tells as
    # given or disowns (see :mod:`knowledge_base.given`): they weigh less
    background: frozenset[str] = frozenset()
    # what a short message asks how to get, having said it lacks it or must have it
    # first: the entry answered must name it (see :mod:`knowledge_base.asked_cover`)
    needed: frozenset[str] = frozenset()
    # what a short message says it is not asking about ("bukan yang swasta"): an entry
    # named by it is not answered (see :mod:`knowledge_base.asked_cover`)
    disowned: frozenset[str] = frozenset()

    @property
    def text(self) -> str:
        return " ".join(self.tokens)

    def with_words(self, tokens: tuple[str, ...], terms: tuple[str, ...]) -> Analysis:
        """This reading of other words, its marks kept: ``dataclasses.replace`` at a
        third of its cost (the ranking narrows every reading of a message to its
        question's words, twice per reading)."""
        return Analysis(
            tokens, terms, self.question_mark, self.background, self.needed, self.disowned
        )
