"""From scored candidates and cues to a decision: faq, complaint, smalltalk or none.

A wrong answer is worse than "did you mean": an entry is answered only when both the
combined score and the IDF-weighted coverage clear their thresholds; otherwise close
entries become suggestions.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from knowledge_base.complaint import ComplaintSignal
from knowledge_base.scorer import Candidate


class Intent(StrEnum):
    FAQ = "faq"
    COMPLAINT = "complaint"
    SMALLTALK = "smalltalk"
    NONE = "none"


@dataclass(frozen=True)
class Thresholds:
    answer_score: float = 55.0
    min_coverage: float = 0.35
    suggest_score: float = 40.0
    complaint_cues: float = 1.2
    interrogative_discount: float = 0.5
    confident_answer: float = 80.0
    clear_lead_coverage: float = 0.3
    clear_lead_score: float = 50.0
    clear_lead_ratio: float = 2.0
    tie_margin: float = 1.0
    max_suggestions: int = 3


@dataclass(frozen=True)
class Decision:
    intent: Intent
    entry_id: str | None
    score: float
    suggestions: tuple[str, ...]


def _suggestions(
    candidates: Sequence[Candidate], skip: str | None, t: Thresholds
) -> tuple[str, ...]:
    close = [c.entry_id for c in candidates if c.score >= t.suggest_score and c.entry_id != skip]
    return tuple(close[: t.max_suggestions])


def is_answerable(candidates: Sequence[Candidate], t: Thresholds) -> bool:
    """The best candidate clears both thresholds, or leads the runner-up clearly
    (long messages dilute coverage), and names no service the entry lacks."""
    best = candidates[0]
    if best.missing_salient:
        return False
    if len(candidates) > 1 and candidates[1].score > best.score - t.tie_margin:
        return False  # two entries fit equally well: ask "did you mean" instead
    if best.score >= t.answer_score and best.coverage >= t.min_coverage:
        return True
    runner_up = candidates[1].coverage if len(candidates) > 1 else 0.0
    return (
        best.coverage >= t.clear_lead_coverage and best.coverage >= t.clear_lead_ratio * runner_up
    )


def is_complaint(signal: ComplaintSignal, best: Candidate | None, t: Thresholds) -> bool:
    net = signal.cues - t.interrogative_discount * signal.interrogatives
    if net < t.complaint_cues:
        return False
    # a confident FAQ match phrased as a question stays a question
    confident = best is not None and best.score >= t.confident_answer and best.coverage >= 0.8
    return not (confident and signal.interrogatives > 0)


def decide(candidates: Sequence[Candidate], signal: ComplaintSignal, t: Thresholds) -> Decision:
    best = candidates[0] if candidates else None
    if is_complaint(signal, best, t):
        score = min(100.0, 40.0 + 20.0 * signal.cues)
        return Decision(Intent.COMPLAINT, None, score, _suggestions(candidates, None, t))
    if best is not None and is_answerable(candidates, t):
        return Decision(
            Intent.FAQ, best.entry_id, best.score, _suggestions(candidates, best.entry_id, t)
        )
    score = best.score if best else 0.0
    return Decision(Intent.NONE, None, score, _suggestions(candidates, None, t))
