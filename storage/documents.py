"""Documents the bot writes itself (a PPID's written notice as a PDF letter, the
supervisors' monthly report), kept in the database like WhatsApp residents' photos.

An outbox row names a document by its row id (a :class:`~domain.messages.FileRef` of
:attr:`~domain.messages.Channel.STORED`); the sender of whichever process delivers it
reads the bytes back here, so a restart between the decision and the delivery loses
nothing. Each document has a ``key`` that says what it is (``ppid-notice:<ticket>:<lang>``):
writing the same key again returns the row already kept (the letter sent again is the
letter sent first).

A PPID's letter names the requester, so it is personal data: it goes when its resident
is anonymised (:mod:`storage.privacy.anonymise`, on request or by the retention policy)
and is listed in their export. The monthly reports hold only figures and stay."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import Column, LargeBinary, delete
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.sql.elements import ColumnElement
from sqlmodel import Field, SQLModel, col, or_, select

from storage.dialect import upsert_insert
from storage.types import UtcDateTime

PDF = "application/pdf"
NOTICE = "ppid-notice"


class StoredDocument(SQLModel, table=True):
    __tablename__ = "stored_document"

    id: int | None = Field(default=None, primary_key=True)
    key: str = Field(max_length=128, unique=True)
    name: str = Field(max_length=128)
    mime_type: str = Field(default=PDF, max_length=64)
    data: bytes = Field(sa_column=Column(LargeBinary, nullable=False))
    created_at: datetime = Field(sa_type=UtcDateTime)


async def by_key(session: AsyncSession, key: str) -> StoredDocument | None:
    found = await session.execute(select(StoredDocument).where(StoredDocument.key == key))
    return found.scalar_one_or_none()


async def keep(
    session: AsyncSession, key: str, name: str, data: bytes, now: datetime, mime_type: str = PDF
) -> StoredDocument:
    """The document under ``key``: the one kept before, or ``data`` kept now."""
    await session.execute(
        upsert_insert(session, StoredDocument)
        .values(key=key[:128], name=name[:128], mime_type=mime_type[:64], data=data,
                created_at=now)
        .on_conflict_do_nothing(index_elements=["key"])
    )  # fmt: skip
    row = await by_key(session, key[:128])
    assert row is not None
    return row


async def read(session: AsyncSession, document_id: int) -> StoredDocument | None:
    return await session.get(StoredDocument, document_id)


def notice_key(ticket_id: int, language: str) -> str:
    """The key of an information request's written notice (a letter naming the requester)."""
    return f"{NOTICE}:{ticket_id}:{language}"


def _letters(ticket_ids: Sequence[int]) -> ColumnElement[bool]:
    return or_(*(col(StoredDocument.key).startswith(f"{NOTICE}:{tid}:") for tid in ticket_ids))


async def letters_of(session: AsyncSession, ticket_ids: Sequence[int]) -> Sequence[StoredDocument]:
    """The PPID letters written for these tickets, oldest first."""
    if not ticket_ids:
        return []
    found = await session.execute(
        select(StoredDocument).where(_letters(ticket_ids)).order_by(col(StoredDocument.id))
    )
    return found.scalars().all()


async def forget_letters(session: AsyncSession, ticket_ids: Sequence[int]) -> int:
    """Delete the PPID letters written for these tickets; how many there were."""
    if not ticket_ids:
        return 0
    done = await session.execute(delete(StoredDocument).where(_letters(ticket_ids)))
    return int(done.rowcount or 0)  # type: ignore[attr-defined]
