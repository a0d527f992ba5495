"""A message read with its rankings of the knowledge base counted: the tests that check
a ranking skipped or shared changes no reading compare readings and counts with it."""

from __future__ import annotations

from knowledge_base.matcher import Matcher
from knowledge_base.readings import Reading


def read_counting_rankings(matcher: Matcher, text: str) -> tuple[Reading, int]:
    """The message's reading and how many times it ranked the knowledge base."""
    rankings = 0
    rank = matcher.candidates

    def counted(*args: object) -> list[object]:
        nonlocal rankings
        rankings += 1
        return rank(*args)  # type: ignore[arg-type, return-value]

    matcher.candidates = counted  # type: ignore[assignment, method-assign]
    try:
        return matcher.reading(*matcher.read(text)), rankings
    finally:
        del matcher.candidates
