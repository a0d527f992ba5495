"""Questions the knowledge base could not answer, or answered unhelpfully."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col, select

from storage.models import KbQuestionLog


def record(
    session: AsyncSession,
    outcome: str,
    masked_text: str,
    normalised: str,
    entry_id: str | None,
    now: datetime,
) -> None:
    """Store one question; ``masked_text`` must already have personal data masked."""
    session.add(
        KbQuestionLog(
            at=now,
            outcome=outcome,
            text=masked_text[:1000],
            normalised=normalised[:1000],
            entry_id=entry_id,
        )
    )


GAP_OUTCOMES = ("unanswered", "unhelpful")
MISREAD = ("misread",)  # an unhelpful answer followed by a filed complaint


@dataclass(frozen=True)
class Gap:
    normalised: str
    example: str
    count: int
    outcomes: str
    last_seen: datetime
    entries: str = ""  # the entries given as answers, if any


async def top_gaps(
    session: AsyncSession,
    since: datetime | None = None,
    limit: int = 30,
    outcomes: Sequence[str] = GAP_OUTCOMES,
) -> Sequence[Gap]:
    """The most frequent questions with these ``outcomes`` (by default unanswered or
    unhelpful; :data:`MISREAD` for complaints the KB answered as questions), grouped by
    normalised text."""
    query = (
        select(
            KbQuestionLog.normalised,
            func.min(KbQuestionLog.text),
            func.count(),
            func.max(KbQuestionLog.at),
        )
        .where(col(KbQuestionLog.outcome).in_(outcomes))
        .group_by(col(KbQuestionLog.normalised))
        .order_by(func.count().desc(), func.max(KbQuestionLog.at).desc())
        .limit(limit)
    )
    if since is not None:
        query = query.where(col(KbQuestionLog.at) >= since)
    rows = (await session.execute(query)).all()
    gaps = []
    for normalised, example, count, last_seen in rows:
        outcome_rows = await session.execute(
            select(KbQuestionLog.outcome, KbQuestionLog.entry_id, func.count())
            .where(KbQuestionLog.normalised == normalised)
            .where(col(KbQuestionLog.outcome).in_(outcomes))
            .group_by(col(KbQuestionLog.outcome), col(KbQuestionLog.entry_id))
        )
        counted: dict[str, int] = {}
        answered: set[str] = set()
        for outcome, entry_id, number in outcome_rows.all():
            counted[outcome] = counted.get(outcome, 0) + int(number)
            if entry_id:
                answered.add(str(entry_id))
        summary = ", ".join(f"{o} {c}" for o, c in sorted(counted.items()))
        if last_seen is not None and last_seen.tzinfo is None:
            from datetime import UTC

            last_seen = last_seen.replace(tzinfo=UTC)
        gap = Gap(normalised, example, int(count), summary, last_seen, ", ".join(sorted(answered)))
        gaps.append(gap)
    return gaps
