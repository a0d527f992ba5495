"""SLA persistence: each ticket's running deadline lives in indexed columns
(``sla_stage``, ``sla_level``, ``sla_due_at``, ``next_due_at``); the sweep finds due
tickets with one index range scan and records each step with a compare-and-set UPDATE,
so a step is done once whatever restarts or concurrent sweeps occur.

Call :func:`reschedule` after every change of a ticket's status, first response or
extension (ticket creation does): it recomputes the running deadline and, when the
stage changes, restarts its steps.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import and_, bindparam, case, insert, literal, or_, tuple_, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col, select

from domain.messages import OutgoingMessage
from domain.sla.policy import Stage, TicketClock, steps_for, timer_for
from domain.sla.rules import SlaRules
from domain.tickets import OPEN_STATUSES, TicketKind, TicketStatus
from storage import ticket_log
from storage.dialect import upsert_insert
from storage.models import OutboxEntry, SlaJobRun, Ticket, TicketEvent
from storage.types import UtcDateTime

RUNNING = (Stage.RESPONSE.value, Stage.RESOLUTION.value)
RULES_KEY = "sla_rules"
_DEFAULT_RULES: SlaRules | None = None


def clock_of(ticket: Ticket) -> TicketClock:
    # An information request's clock runs until its decision (the written notice, UU
    # 14/2008 art. 22(7)), which ends the request: a reply on the way does not stop it.
    info = ticket.kind == TicketKind.INFO_REQUEST.value
    answered = ticket.status == TicketStatus.ANSWERED.value
    return TicketClock(
        kind=ticket.kind,
        status=TicketStatus.IN_PROGRESS.value if info and answered else ticket.status,
        created_at=ticket.created_at,
        first_response_at=None if info else ticket.first_response_at,
        extended=ticket.sla_extended_at is not None,
        stage=ticket.sla_stage,
        stage_started_at=ticket.sla_started_at,
    )


def rules_of(session: AsyncSession) -> SlaRules:
    """The rules the application configured on its sessions (``build_app`` puts them in
    ``session.info``), else the built-in defaults."""
    rules = session.info.get(RULES_KEY)
    if isinstance(rules, SlaRules):
        return rules
    global _DEFAULT_RULES
    if _DEFAULT_RULES is None:
        _DEFAULT_RULES = SlaRules.defaults()
    return _DEFAULT_RULES


def reschedule(
    session: AsyncSession, ticket: Ticket, now: datetime, rules: SlaRules | None = None
) -> None:
    """Recompute ``ticket``'s running deadline after a change (creation, a status
    transition, a first response, an extension). Steps already done are kept while the
    same deadline runs; a new deadline starts its steps afresh. Only assigns columns;
    the caller's transaction writes them."""
    policy = (rules or rules_of(session)).policy_for(ticket.agency_code)
    timer = timer_for(policy, clock_of(ticket), now)
    if timer is None:
        if ticket.sla_stage is not None or ticket.next_due_at is not None:
            ticket.sla_stage = None
            ticket.sla_level = 0
            ticket.sla_started_at = None
            ticket.sla_due_at = None
            ticket.next_due_at = None
        return
    if (
        ticket.sla_stage == timer.stage.value
        and ticket.sla_due_at == timer.due_at
        and ticket.sla_started_at == timer.started_at
    ):
        return  # the same deadline keeps running; do not touch the sweep's columns
    steps = steps_for(policy, timer)
    ticket.sla_stage = timer.stage.value
    ticket.sla_level = 0
    ticket.sla_started_at = timer.started_at
    ticket.sla_due_at = timer.due_at
    ticket.next_due_at = steps[0].at if steps else None


async def due_batch(
    session: AsyncSession, now: datetime, after: tuple[datetime, int] | None, limit: int
) -> Sequence[Ticket]:
    """Up to ``limit`` tickets whose next step is due, in (next_due_at, id) order."""
    statement = select(Ticket).where(col(Ticket.next_due_at) <= now)
    if after is not None:
        statement = statement.where(
            tuple_(col(Ticket.next_due_at), col(Ticket.id)) > tuple_(*after)
        )
    statement = statement.order_by(col(Ticket.next_due_at), col(Ticket.id)).limit(limit)
    return (await session.execute(statement)).scalars().all()


ticket_table = Ticket.__table__  # type: ignore[attr-defined]
outbox_table = OutboxEntry.__table__  # type: ignore[attr-defined]
event_table = TicketEvent.__table__  # type: ignore[attr-defined]


@dataclass
class Writes:
    """Outbox rows and audit events of one sweep batch, inserted together (one
    multi-row INSERT each, in the batch's transaction) instead of object by object."""

    outbox: list[dict[str, object]] = field(default_factory=list)
    events: list[dict[str, object]] = field(default_factory=list)

    def send(
        self, message: OutgoingMessage, now: datetime, purpose: str, ticket_id: int | None
    ) -> None:
        self.outbox.append(
            {
                "channel": message.channel.value, "chat_id": message.chat_id,
                "payload": message.to_json(), "purpose": purpose, "ticket_id": ticket_id,
                "status": "pending", "attempts": 0, "available_at": now, "created_at": now,
                "sent_at": None, "last_error": None, "message_ids": [],
            }
        )  # fmt: skip

    logged: list[tuple[str | None, str, str]] = field(default_factory=list)

    def event(  # code: the ticket's, for the operator's log (escalations, closing)
        self, ticket_id: int, actor: str, action: str, detail: str | None, now: datetime,
        code: str | None = None,
    ) -> None:  # fmt: skip
        self.events.append(
            {"ticket_id": ticket_id, "at": now, "actor": actor, "action": action,
             "detail": detail}
        )  # fmt: skip
        self.logged.append((code, action, actor))

    async def flush(self, session: AsyncSession) -> None:
        if self.outbox:
            await session.execute(insert(outbox_table), self.outbox)
        if self.events:
            await session.execute(insert(event_table), self.events)
        for code, action, actor in self.logged:
            ticket_log.note_event(session, code, action, actor)
        self.outbox, self.events, self.logged = [], [], []


_c = ticket_table.c
_SAME_STEP = (
    _c.id == bindparam("t_id"),
    _c.sla_stage == bindparam("t_stage"),
    _c.sla_level == bindparam("t_level"),
    _c.sla_due_at == bindparam("t_due", type_=UtcDateTime()),
)
_CLAIM_STEPS = (
    update(ticket_table)
    .where(*_SAME_STEP)
    .values(
        sla_level=bindparam("new_level"),
        next_due_at=bindparam("new_next", type_=UtcDateTime()),
    )
)
_CLAIM_CLOSE = (
    update(ticket_table)
    .where(
        *_SAME_STEP,
        _c.status.in_((TicketStatus.ANSWERED.value, TicketStatus.RESOLVED.value)),
    )
    .values(
        status=TicketStatus.CLOSED.value,
        closed_at=bindparam("now", type_=UtcDateTime()),
        updated_at=bindparam("now", type_=UtcDateTime()),
        sla_stage=None,
        sla_level=0,
        sla_started_at=None,
        sla_due_at=None,
        next_due_at=None,
    )
)


def _as_read(ticket: Ticket) -> dict[str, Any]:
    return {
        "t_id": ticket.id,
        "t_stage": ticket.sla_stage,
        "t_level": ticket.sla_level,
        "t_due": ticket.sla_due_at,
    }


async def claim_steps(
    session: AsyncSession, ticket: Ticket, level: int, next_at: datetime | None
) -> bool:
    """Compare-and-set: move ``ticket`` from the level it was read at to ``level``.
    ``False`` when someone else moved it first (another sweep, a staff action)."""
    params = {**_as_read(ticket), "new_level": level, "new_next": next_at}
    result = await session.execute(_CLAIM_STEPS, params)
    return bool(result.rowcount == 1)  # type: ignore[attr-defined]


async def claim_close(session: AsyncSession, ticket: Ticket, now: datetime) -> bool:
    """Compare-and-set close of an answered/resolved ticket nobody replied to."""
    result = await session.execute(_CLAIM_CLOSE, {**_as_read(ticket), "now": now})
    return bool(result.rowcount == 1)  # type: ignore[attr-defined]


def _read_as(ticket: Ticket) -> Any:
    return and_(
        _c.id == ticket.id,
        _c.sla_stage == ticket.sla_stage,
        _c.sla_level == ticket.sla_level,
        _c.sla_due_at == ticket.sla_due_at,
    )


async def claim_many(
    session: AsyncSession, claims: Sequence[tuple[Ticket, int, datetime | None]]
) -> set[int]:
    """:func:`claim_steps` for a whole batch in one UPDATE … RETURNING: each ticket
    moves only if it is still as it was read. Returns the ids that moved."""
    if not claims:
        return set()
    statement = (
        update(ticket_table)
        .where(
            _c.id.in_([ticket.id for ticket, _, _ in claims]),  # the primary key narrows first
            or_(*(_read_as(ticket) for ticket, _, _ in claims)),
        )
        .values(
            sla_level=case(*((_c.id == t.id, literal(level)) for t, level, _ in claims)),
            next_due_at=case(*((_c.id == t.id, literal(at, UtcDateTime())) for t, _, at in claims)),
        )
        .returning(_c.id)
    )
    return set((await session.execute(statement)).scalars())


async def close_many(session: AsyncSession, batch: Sequence[Ticket], now: datetime) -> set[int]:
    """:func:`claim_close` for a whole batch; returns the ids closed."""
    if not batch:
        return set()
    statement = (
        update(ticket_table)
        .where(
            _c.id.in_([ticket.id for ticket in batch]),
            or_(*(_read_as(ticket) for ticket in batch)),
            _c.status.in_((TicketStatus.ANSWERED.value, TicketStatus.RESOLVED.value)),
        )
        .values(
            status=TicketStatus.CLOSED.value,
            closed_at=now,
            updated_at=now,
            sla_stage=None,
            sla_level=0,
            sla_started_at=None,
            sla_due_at=None,
            next_due_at=None,
        )
        .returning(_c.id)
    )
    return set((await session.execute(statement)).scalars())


async def untimed_open(session: AsyncSession, after_id: int, limit: int) -> Sequence[Ticket]:
    """Open tickets without a deadline (created before the SLA columns existed)."""
    result = await session.execute(
        select(Ticket)
        .where(
            col(Ticket.id) > after_id,
            col(Ticket.sla_stage).is_(None),
            col(Ticket.status).in_([s.value for s in OPEN_STATUSES | {TicketStatus.RESOLVED}]),
        )
        .order_by(col(Ticket.id))
        .limit(limit)
    )
    return result.scalars().all()


async def claim_job(session: AsyncSession, key: str, now: datetime) -> bool:
    """``True`` once per key, ever: a digest for a period goes out once."""
    statement = (
        upsert_insert(session, SlaJobRun)
        .values(key=key, ran_at=now)
        .on_conflict_do_nothing(index_elements=["key"])
        .returning(SlaJobRun.__table__.c.key)  # type: ignore[attr-defined]
    )
    return (await session.execute(statement)).scalar_one_or_none() is not None
