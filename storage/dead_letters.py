"""Dead letters: outbox messages given up on. The one module that makes them, tells
the supervisors about them, lists them and queues them again.

A dead letter is made by the delivery worker after the last attempt (or at once for a
permanent failure) and by the WhatsApp webhook when WhatsApp reports a failure after it
accepted a message (:func:`give_up`); the supervisors hear of each one in the same
transaction (:func:`enqueue_notice`). For operators (``aduan outbox``), the listing joins
what is needed to judge one (the resident's name, the ticket code, the text and the
reason) and retrying puts chosen dead letters back in the queue with fresh attempts;
the running delivery worker picks them up at its next pass (a few tenths of a second),
in any process of the deployment.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import ColumnElement, func, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col, select

from domain.i18n import Translator
from domain.messages import Channel, OutgoingMessage
from storage import outbox
from storage.models import Contact, OutboxEntry, Ticket

DEAD = "dead"
NOTICE_PURPOSE = "dead_letter"  # the outbox purpose of a notice to the supervisors


@dataclass(frozen=True)
class DeadLetter:
    """A message given up on: what the supervisors are told and the operator lists."""

    id: int
    channel: str
    chat_id: str
    purpose: str
    attempts: int
    failed_at: datetime
    error: str
    # what the operator's listing adds (left empty where a dead letter is just made)
    chat_name: str = ""
    ticket_code: str | None = None
    created_at: datetime | None = None
    text: str = ""  # plain text (HTML tags removed, entities decoded)


async def give_up(
    session: AsyncSession,
    row: outbox.DueMessage | OutboxEntry,
    now: datetime,
    error: str,
) -> DeadLetter:
    """Make the outbox ``row`` a dead letter (marking it counts one more attempt)."""
    row_id, attempts = row.id or 0, row.attempts + 1
    await outbox.mark_dead(session, row_id, now, error)
    return DeadLetter(row_id, row.channel, row.chat_id, row.purpose, attempts, now, error)


def enqueue_notice(
    session: AsyncSession,
    dead: DeadLetter,
    now: datetime,
    supervisors: tuple[Channel, str],
    language: str,
) -> bool:
    """Tell the supervisors (channel, chat id) about ``dead`` in ``session``'s
    transaction; return whether a notice was queued. A notice that failed is never
    reported (no loops), nor a message to the supervisors' chat itself."""
    channel, chat_id = supervisors
    if dead.purpose == NOTICE_PURPOSE or (dead.channel, dead.chat_id) == (channel.value, chat_id):
        return False
    text = Translator(language)(
        "delivery-dead-letter",
        chat=html.escape(dead.chat_id),
        attempts=dead.attempts,
        id=dead.id,
        reason=html.escape(dead.error[:300]),
    )
    message = OutgoingMessage(channel=channel, chat_id=chat_id, text=text)
    outbox.enqueue(session, message, now, purpose=NOTICE_PURPOSE)
    return True


@dataclass(frozen=True)
class Filters:
    chat_id: str | None = None
    channel: str | None = None

    def conditions(self) -> list[ColumnElement[bool]]:
        found = [col(OutboxEntry.status) == DEAD]
        if self.chat_id is not None:
            found.append(col(OutboxEntry.chat_id) == self.chat_id)
        if self.channel is not None:
            found.append(col(OutboxEntry.channel) == self.channel)
        return found


async def count(session: AsyncSession, filters: Filters = Filters()) -> int:
    total = await session.scalar(
        select(func.count()).select_from(OutboxEntry).where(*filters.conditions())
    )
    return int(total or 0)


async def listing(
    session: AsyncSession, filters: Filters = Filters(), limit: int = 50
) -> list[DeadLetter]:
    """Dead letters matching ``filters``, newest first."""
    name = (
        select(Contact.display_name)
        .where(
            col(Contact.channel) == OutboxEntry.channel,
            col(Contact.chat_id) == OutboxEntry.chat_id,
        )
        .order_by(col(Contact.id))
        .limit(1)
        .correlate(OutboxEntry)
        .scalar_subquery()
    )
    statement = (
        select(OutboxEntry, name, Ticket.code)
        .outerjoin(Ticket, col(Ticket.id) == col(OutboxEntry.ticket_id))
        .where(*filters.conditions())
    )
    rows = await session.execute(statement.order_by(col(OutboxEntry.id).desc()).limit(limit))
    return [
        DeadLetter(
            id=row.id or 0,
            channel=row.channel,
            chat_id=row.chat_id,
            purpose=row.purpose,
            attempts=row.attempts,
            failed_at=row.available_at,  # mark_dead stamps the moment it gave up
            error=row.last_error or "",
            chat_name=chat_name or "",
            ticket_code=code,
            created_at=row.created_at,
            text=payload_text(row.payload),
        )
        for row, chat_name, code in rows
    ]


async def statuses(session: AsyncSession, ids: Collection[int]) -> dict[int, str]:
    """The status of each of ``ids`` that exists (to explain why one cannot be retried)."""
    if not ids:
        return {}
    rows = await session.execute(
        select(OutboxEntry.id, OutboxEntry.status).where(col(OutboxEntry.id).in_(list(ids)))
    )
    return {int(i): str(s) for i, s in rows}


async def retry(
    session: AsyncSession,
    now: datetime,
    ids: Collection[int] | None = None,
    filters: Filters = Filters(),
) -> list[int]:
    """Queue dead letters again with fresh attempts: those among ``ids`` (all when
    ``None``) that match ``filters``. Return the ids queued, ascending. A row that is
    not dead (already queued again, sent, pending) is left alone, so retrying twice
    never sends twice."""
    statement = update(OutboxEntry).where(*filters.conditions())
    if ids is not None:
        if not ids:
            return []
        statement = statement.where(col(OutboxEntry.id).in_(list(ids)))
    result = await session.execute(
        statement.values(status="pending", attempts=0, available_at=now, last_error=None)
        .returning(col(OutboxEntry.id))
        .execution_options(synchronize_session=False)
    )
    return sorted(int(i) for i in result.scalars() if i is not None)


_TAG = re.compile(r"<[^>]*>")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069]+")


def payload_text(payload: str) -> str:
    """The message's text as a person would read it: tags removed, entities decoded."""
    try:
        data = json.loads(payload)
        text = str(data.get("text") or "") if isinstance(data, dict) else ""
    except ValueError:
        text = payload
    return html.unescape(_TAG.sub("", text))


def one_line(text: str, width: int) -> str:
    """``text`` safe for one terminal line: control characters and bidirectional
    overrides (which could rewrite what the operator sees) become spaces, runs of
    space collapse, and anything past ``width`` is cut with an ellipsis."""
    flat = " ".join(_CONTROL.sub(" ", text).split())
    if len(flat) <= width:
        return flat
    return flat[: max(width - 1, 0)] + "…"


__all__: Sequence[str] = (
    "NOTICE_PURPOSE",
    "DeadLetter",
    "Filters",
    "count",
    "enqueue_notice",
    "give_up",
    "listing",
    "one_line",
    "payload_text",
    "retry",
    "statuses",
)
