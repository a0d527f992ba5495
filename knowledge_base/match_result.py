"""What matching a message returns: the decision, its entry and suggestions, and what
else the bot does with the message (chatter's kind, the emergency pointer, the entry a
complaint relates to, the message's language). Read by the handlers; made by
:class:`knowledge_base.matcher.Matcher`.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from knowledge_base.decision import Intent

__all__ = ["MatchResult", "Smalltalk"]


class Smalltalk(StrEnum):
    """The kind of chatter a message is, for the bot's reply in kind."""

    GREETING = "greeting"
    THANKS = "thanks"
    BYE = "bye"
    ACK = "ack"
    CHAT = "chat"  # talk addressed to the bot ("udah makan, min?"): who the bot is


@dataclass(frozen=True)
class MatchResult:
    """One message's outcome (see :class:`knowledge_base.decision.Decision`)."""

    query: str
    intent: Intent
    entry_id: str | None
    score: float
    suggestions: tuple[str, ...] = ()
    smalltalk: Smalltalk | None = None
    emergency: bool = False  # point to 112 first; the decision above still stands
    related: str | None = None  # a complaint's FAQ entry (the answer it would have had)
    language: str = "id"  # the message's language: "en" or "id"
    # a concrete problem told beside the question (complaint_told.tells_problem): an
    # answer to it also offers the report
    problem_told: bool = False

    def as_json_dict(self, with_emergency: bool = False) -> dict[str, object]:
        """The ``aduan kb match`` record; the emergency flag only when asked for, so the
        record keeps exactly the contract's fields by default."""
        record: dict[str, object] = {
            "query": self.query,
            "intent": self.intent.value,
            "entry": self.entry_id,
            "score": round(self.score, 1),
            "suggestions": list(self.suggestions),
        }
        if with_emergency:
            record["emergency"] = self.emergency
        return record
