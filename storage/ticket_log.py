"""One log line per ticket created, escalated and closed, written once the transaction
that did it has committed.

Conversations and the sweep record these events in the transaction that causes them;
a batch that is rolled back (and redone one update at a time), or a savepoint that
fails, must not leave lines for tickets that do not exist. So each line waits in the
session until the commit, tied to the (nested) transaction that was open when it was
noted; a rollback drops the lines of the transaction it ends and of those inside it.
Lines name the ticket code, kind, agency and channel only: never a resident's name,
contact or words (the log is kept longer and read more widely than the database).
"""

from __future__ import annotations

import logging
from typing import Any

from sqlalchemy import event
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Session, SessionTransaction

log = logging.getLogger("aduan.tickets")

_KEY = "aduan_ticket_log"
CLOSING_ACTIONS = frozenset({"resolved", "confirmed", "decided", "closed"})


def note(session: AsyncSession | Session, line: str, *args: object) -> None:
    """Log ``line % args`` when the current transaction commits (never if it rolls back)."""
    sync = session.sync_session if isinstance(session, AsyncSession) else session
    transaction = sync.get_nested_transaction() or sync.get_transaction()
    sync.info.setdefault(_KEY, []).append((transaction, line, args))


def note_event(
    session: AsyncSession | Session,
    code: str | None,
    action: str,
    actor: str,
    detail: str | None = None,
    status: str | None = None,
) -> None:
    """Log the events an operator follows: escalated, closed (``status``: the ticket's
    after the event; the sweep's ``auto_closed`` always closes)."""
    if code is None:
        return
    if action.startswith("sla_escalated_"):
        level = action.removeprefix("sla_escalated_")
        note(session, "ticket %s escalated to the supervisors (level %s)", code, level)
    elif action == "auto_closed" or (status == "closed" and action in CLOSING_ACTIONS):
        how = f"{action}: {detail}" if action == "decided" and detail else action
        note(session, "ticket %s closed (%s, by %s)", code, how, _who(actor))


def _who(actor: str) -> str:
    """The kind of actor, not the person: ``staff``, ``resident``, ``sla``…"""
    return actor.split(":", 1)[0]


def _inside(transaction: SessionTransaction | None, ended: SessionTransaction) -> bool:
    while transaction is not None:
        if transaction is ended:
            return True
        transaction = transaction.parent
    return False


@event.listens_for(Session, "after_commit")
def _emit(session: Session) -> None:
    for _, line, args in session.info.pop(_KEY, []):
        log.info(line, *args)


@event.listens_for(Session, "after_soft_rollback")
def _drop(session: Session, previous_transaction: SessionTransaction) -> None:
    waiting: list[tuple[Any, str, tuple[object, ...]]] = session.info.get(_KEY, [])
    if previous_transaction.parent is None:
        session.info.pop(_KEY, None)  # the whole transaction: nothing of it happened
    elif waiting:
        session.info[_KEY] = [w for w in waiting if not _inside(w[0], previous_transaction)]
