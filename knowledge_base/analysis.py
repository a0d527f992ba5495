"""A message after normalisation: its tokens, content terms and question mark."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Analysis:
    """A message after normalisation."""

    tokens: tuple[str, ...]
    terms: tuple[str, ...]
    question_mark: bool
    # terms of the story or the given part (see focus.story_reading): they weigh less
    background: frozenset[str] = frozenset()
    needed: frozenset[str] = frozenset()  # what it asks how to get (see given._needed)

    @property
    def text(self) -> str:
        return " ".join(self.tokens)
