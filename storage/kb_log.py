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


@dataclass(frozen=True)
class Gap:
    normalised: str
    example: str
    count: int
    outcomes: str
    last_seen: datetime


async def top_gaps(
    session: AsyncSession, since: datetime | None = None, limit: int = 30
) -> Sequence[Gap]:
    """The most frequent unanswered or unhelpful questions, grouped by normalised text."""
    query = (
        select(
            KbQuestionLog.normalised,
            func.min(KbQuestionLog.text),
            func.count(),
            func.max(KbQuestionLog.at),
        )
        .where(col(KbQuestionLog.outcome).in_(("unanswered", "unhelpful")))
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
            select(KbQuestionLog.outcome, func.count())
            .where(KbQuestionLog.normalised == normalised)
            .where(col(KbQuestionLog.outcome).in_(("unanswered", "unhelpful")))
            .group_by(col(KbQuestionLog.outcome))
        )
        outcomes = ", ".join(f"{o} {c}" for o, c in sorted(outcome_rows.all()))
        if last_seen is not None and last_seen.tzinfo is None:
            from datetime import UTC

            last_seen = last_seen.replace(tzinfo=UTC)
        gaps.append(Gap(normalised, example, int(count), outcomes, last_seen))
    return gaps
