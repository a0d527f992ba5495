"""Question matching: from a resident's message to a decision.

(Initial simple version; the knowledge-base issue replaces the internals and keeps
this interface.)
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from rapidfuzz import fuzz, process

from knowledge_base.entries import KnowledgeBase


class Intent(StrEnum):
    FAQ = "faq"
    COMPLAINT = "complaint"
    SMALLTALK = "smalltalk"
    NONE = "none"


class Smalltalk(StrEnum):
    GREETING = "greeting"
    THANKS = "thanks"
    BYE = "bye"
    ACK = "ack"


@dataclass(frozen=True)
class MatchResult:
    query: str
    intent: Intent
    entry_id: str | None
    score: float
    suggestions: tuple[str, ...] = ()
    smalltalk: Smalltalk | None = None

    def as_json_dict(self) -> dict[str, object]:
        return {
            "query": self.query,
            "intent": self.intent.value,
            "entry": self.entry_id,
            "score": round(self.score, 1),
            "suggestions": list(self.suggestions),
        }


class Matcher:
    """Matches messages against one loaded knowledge base. Build once, query often."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        self._choices: list[str] = []
        self._owners: list[str] = []
        for entry in kb.entries:
            for question in entry.questions:
                self._choices.append(question.lower())
                self._owners.append(entry.id)

    def match(self, text: str) -> MatchResult:
        query = text.strip().lower()
        if not query or not self._choices:
            return MatchResult(text, Intent.NONE, None, 0.0)
        hits = process.extract(query, self._choices, scorer=fuzz.token_set_ratio, limit=10)
        ranked: list[tuple[str, float]] = []
        for _, score, index in hits:
            owner = self._owners[index]
            if owner not in (o for o, _ in ranked):
                ranked.append((owner, float(score)))
        best_id, best = ranked[0]
        suggestions = tuple(o for o, s in ranked[:3] if s >= 50)
        if best >= 85:
            return MatchResult(text, Intent.FAQ, best_id, best, suggestions)
        return MatchResult(text, Intent.NONE, None, best, suggestions)
