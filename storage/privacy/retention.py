"""The retention policy (``ADUAN_RETENTION_*``), applied once a day by the process
that sweeps deadlines:

- received updates (the raw payloads in the inbox) are deleted ``inbox_days`` after
  they arrived, once processed (a pending one waits for its turn);
- photos of a ticket (the references, and the bytes aduan keeps of WhatsApp photos)
  are deleted ``photo_days`` after the ticket closed;
- a resident whose tickets are all closed is anonymised (see
  :mod:`storage.privacy.anonymise`) ``contact_days`` after the last one closed, and
  so are the PPID letters written for them;
- a resident with no tickets is anonymised ``contact_days`` after they were last heard
  from, staff excepted (:mod:`storage.privacy.quiet`).

The supervisors' monthly report PDFs (``stored_document``) are figures, not personal
data, and are kept.

A rejected ticket counts as closed from its last change (a rejection is final unless
the resident reopens it, and no one closes it afterwards). 0 keeps that kind of data
for ever. Work goes in bounded batches, one transaction
each, so a large first run never holds the database for long.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import partial

from sqlalchemy import String, case, cast, delete, func, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.sql.elements import ColumnElement
from sqlmodel import col, select

from storage.models import Contact, InboxEntry, Ticket
from storage.privacy.anonymise import anonymise, forget_photos, media_ids
from storage.privacy.quiet import quiet_residents, staff_ids
from storage.transaction import SessionFactory

BATCH = 500
FINISHED = ("closed", "rejected")


def _finished_at() -> ColumnElement[datetime]:
    """When a finished ticket finished: a rejected one has no ``closed_at``."""
    return func.coalesce(col(Ticket.closed_at), col(Ticket.updated_at))


@dataclass(frozen=True)
class RetentionPolicy:
    inbox_days: int = 30
    photo_days: int = 365
    contact_days: int = 730


@dataclass
class RetentionReport:
    inbox: int = 0
    photos: int = 0
    contacts: int = 0
    quiet: int = 0  # residents with no tickets

    def summary(self) -> str:
        return (
            f"{self.inbox} received updates deleted, photos of {self.photos} tickets "
            f"deleted, {self.contacts} residents anonymised, {self.quiet} residents "
            "without tickets anonymised"
        )


async def _inbox(session: AsyncSession, before: datetime) -> int:
    ids = select(InboxEntry.id).where(
        col(InboxEntry.received_at) < before, col(InboxEntry.status) != "pending"
    )
    batch = (await session.execute(ids.limit(BATCH))).scalars().all()
    if not batch:
        return 0
    await session.execute(delete(InboxEntry).where(col(InboxEntry.id).in_(batch)))
    return len(batch)


async def _photos(session: AsyncSession, before: datetime) -> int:
    rows = (
        await session.execute(
            select(Ticket.id, Ticket.photos)
            .where(
                col(Ticket.status).in_(FINISHED),
                _finished_at() < before,
                cast(col(Ticket.photos), String) != "[]",
            )
            .limit(BATCH)
        )
    ).all()
    if not rows:
        return 0
    await forget_photos(session, [m for _, photos in rows for m in media_ids(photos)])
    await session.execute(
        update(Ticket).where(col(Ticket.id).in_([tid for tid, _ in rows])).values(photos=[])
    )
    return len(rows)


async def _contacts(session: AsyncSession, before: datetime) -> int:
    finished = (
        select(Ticket.contact_id)
        .group_by(col(Ticket.contact_id))
        .having(func.max(_finished_at()) < before)
        .having(func.sum(case((col(Ticket.status).in_(FINISHED), 0), else_=1)) == 0)
    )
    contacts = (
        (
            await session.execute(
                select(Contact)
                .where(
                    col(Contact.id).in_(finished), ~col(Contact.external_id).startswith("erased:")
                )
                .limit(BATCH)
            )
        )
        .scalars()
        .all()
    )
    for contact in contacts:
        await anonymise(session, contact)
    return len(contacts)


async def apply_retention(
    sessions: SessionFactory,
    policy: RetentionPolicy,
    now: datetime,
    staff: Collection[str] = (),
) -> RetentionReport:
    """Apply ``policy`` as of ``now``, batch by batch until nothing is left to do.
    ``staff``: platform user ids never anonymised for silence (the agencies' admins),
    besides those the tickets show acting as staff."""
    report = RetentionReport()
    async with sessions() as session:
        known = set(staff) | await staff_ids(session)
    steps = (
        ("inbox", policy.inbox_days, _inbox),
        ("photos", policy.photo_days, _photos),
        ("contacts", policy.contact_days, _contacts),
        ("quiet", policy.contact_days, partial(quiet_residents, staff=known, limit=BATCH)),
    )
    for name, days, step in steps:
        if days <= 0:
            continue
        before = now - timedelta(days=days)
        while True:
            async with sessions.begin() as session:
                done = await step(session, before)
            setattr(report, name, getattr(report, name) + done)
            if done < BATCH:
                break
    return report
