"""Documents the bot writes itself (a PPID's written notice as a PDF letter, the
supervisors' monthly report), kept in the database like WhatsApp residents' photos.

An outbox row names a document by its row id (a :class:`~domain.messages.FileRef` of
:attr:`~domain.messages.Channel.STORED`); the sender of whichever process delivers it
reads the bytes back here, so a restart between the decision and the delivery loses
nothing. Each document has a ``key`` that says what it is (``ppid-notice:<ticket>:<lang>``):
writing the same key again returns the row already kept (the letter sent again is the
letter sent first)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Column, LargeBinary
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import Field, SQLModel, select

from storage.dialect import upsert_insert
from storage.types import UtcDateTime

PDF = "application/pdf"


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
