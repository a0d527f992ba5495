"""Dashboard logins, sessions and the audit log.

A login link carries a random token; only its SHA-256 is stored, and redeeming it is a
compare-and-set (unused and unexpired, then marked used), so a link works once. The
session cookie works the same way: the database keeps its hash, who it is, when it
ends, and the CSRF token of its forms. Every view of a ticket and every export is an
audit row."""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Text, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import Column, Field, SQLModel, col, select

from domain.dashboard.access import LINK_LIFETIME, SESSION_LIFETIME, Role, Viewer
from storage.types import UtcDateTime


class DashboardLogin(SQLModel, table=True):
    __tablename__ = "dashboard_login"

    token_hash: str = Field(primary_key=True, max_length=64)
    user_id: str = Field(max_length=64)
    name: str = Field(default="", max_length=128)
    role: str = Field(max_length=16)
    agency_code: str | None = Field(default=None, max_length=32)
    created_at: datetime = Field(sa_type=UtcDateTime)
    expires_at: datetime = Field(sa_type=UtcDateTime)
    used_at: datetime | None = Field(default=None, sa_type=UtcDateTime)


class DashboardSession(SQLModel, table=True):
    __tablename__ = "dashboard_session"

    id: int | None = Field(default=None, primary_key=True)
    token_hash: str = Field(max_length=64, unique=True)
    user_id: str = Field(max_length=64)
    name: str = Field(default="", max_length=128)
    role: str = Field(max_length=16)
    agency_code: str | None = Field(default=None, max_length=32)
    csrf: str = Field(max_length=64)
    created_at: datetime = Field(sa_type=UtcDateTime)
    expires_at: datetime = Field(sa_type=UtcDateTime, index=True)
    ended_at: datetime | None = Field(default=None, sa_type=UtcDateTime)


class AuditEntry(SQLModel, table=True):
    __tablename__ = "audit_log"

    id: int | None = Field(default=None, primary_key=True)
    at: datetime = Field(sa_type=UtcDateTime, index=True)
    actor: str = Field(max_length=128)
    action: str = Field(max_length=32)
    target: str = Field(default="", max_length=128)
    detail: str | None = Field(default=None, sa_column=Column(Text))


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _viewer(row: DashboardLogin | DashboardSession) -> Viewer:
    return Viewer(row.user_id, row.name, Role(row.role), row.agency_code)


async def issue_login(session: AsyncSession, viewer: Viewer, now: datetime) -> str:
    """A new one-time login token for ``viewer`` (valid ten minutes)."""
    token = secrets.token_urlsafe(32)
    session.add(
        DashboardLogin(
            token_hash=_hash(token), user_id=viewer.user_id, name=viewer.name[:128],
            role=viewer.role.value, agency_code=viewer.agency_code, created_at=now,
            expires_at=now + LINK_LIFETIME,
        )
    )  # fmt: skip
    return token


@dataclass(frozen=True)
class Opened:
    token: str  # for the cookie
    viewer: Viewer
    expires_at: datetime


async def redeem_login(session: AsyncSession, token: str, now: datetime) -> Opened | None:
    """Use a login token once: a new session, or ``None`` when the token is unknown,
    used already or expired."""
    table = DashboardLogin.__table__  # type: ignore[attr-defined]
    claimed = await session.execute(
        update(table)
        .where(table.c.token_hash == _hash(token), table.c.used_at.is_(None))
        .where(table.c.expires_at > now)
        .values(used_at=now)
        .returning(table.c.user_id, table.c.name, table.c.role, table.c.agency_code)
    )
    row = claimed.one_or_none()
    if row is None:
        return None
    viewer = Viewer(row.user_id, row.name, Role(row.role), row.agency_code)
    cookie = secrets.token_urlsafe(32)
    expires = now + SESSION_LIFETIME
    session.add(
        DashboardSession(
            token_hash=_hash(cookie), user_id=viewer.user_id, name=viewer.name,
            role=viewer.role.value, agency_code=viewer.agency_code,
            csrf=secrets.token_urlsafe(24), created_at=now, expires_at=expires,
        )
    )  # fmt: skip
    return Opened(cookie, viewer, expires)


async def session_of(
    session: AsyncSession, cookie: str, now: datetime
) -> tuple[Viewer, str] | None:
    """The viewer and CSRF token of a live session cookie."""
    row = (
        await session.execute(
            select(DashboardSession).where(DashboardSession.token_hash == _hash(cookie))
        )
    ).scalar_one_or_none()
    if row is None or row.ended_at is not None or row.expires_at <= now:
        return None
    return _viewer(row), row.csrf


async def end_session(session: AsyncSession, cookie: str, now: datetime) -> None:
    await session.execute(
        update(DashboardSession)
        .where(col(DashboardSession.token_hash) == _hash(cookie))
        .values(ended_at=now)
    )


async def live_sessions(session: AsyncSession, now: datetime) -> Sequence[DashboardSession]:
    result = await session.execute(
        select(DashboardSession)
        .where(col(DashboardSession.ended_at).is_(None), col(DashboardSession.expires_at) > now)
        .order_by(col(DashboardSession.id))
    )
    return result.scalars().all()


async def revoke(
    session: AsyncSession, now: datetime, session_id: int | None = None, user_id: str | None = None
) -> int:
    """End sessions by id or by person (every live one of theirs); how many ended."""
    statement = update(DashboardSession).where(col(DashboardSession.ended_at).is_(None))
    if session_id is not None:
        statement = statement.where(col(DashboardSession.id) == session_id)
    if user_id is not None:
        statement = statement.where(col(DashboardSession.user_id) == user_id)
    result = await session.execute(statement.values(ended_at=now))
    return int(result.rowcount or 0)  # type: ignore[attr-defined]


def audit(
    session: AsyncSession, viewer: Viewer, action: str, target: str, detail: str | None,
    now: datetime,
) -> None:  # fmt: skip
    session.add(
        AuditEntry(at=now, actor=viewer.actor(), action=action, target=target[:128], detail=detail)
    )


async def audit_trail(session: AsyncSession, limit: int = 100) -> Sequence[AuditEntry]:
    result = await session.execute(
        select(AuditEntry).order_by(col(AuditEntry.id).desc()).limit(limit)
    )
    return result.scalars().all()


async def audited_since(
    session: AsyncSession, viewer: Viewer, action: str, target: str, since: datetime
) -> bool:
    """Whether ``viewer`` already has an ``action`` row on ``target`` at or after
    ``since`` (a range on the indexed ``at`` column: a few minutes of the log)."""
    found = await session.execute(
        select(col(AuditEntry.id))
        .where(col(AuditEntry.at) >= since, col(AuditEntry.actor) == viewer.actor())
        .where(col(AuditEntry.action) == action, col(AuditEntry.target) == target[:128])
        .limit(1)
    )
    return found.first() is not None
