"""Open311 API clients and their keys. A key is shown once, when it is made; only its
SHA-256 is stored (a key is 256 random bits, so a plain hash cannot be reversed by
guessing), and a request's key is found by its hash."""

from __future__ import annotations

import hashlib
import re
import secrets
from collections.abc import Sequence
from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col, select

from storage.models import ApiClient

NAME_PATTERN = re.compile(r"^[a-z0-9][a-z0-9-]{1,31}$")
KEY_PREFIX = "adu_"


class ApiClientError(ValueError):
    """A bad client name, a name already taken, or an unknown client."""


def hash_key(key: str) -> str:
    return hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()


async def create(session: AsyncSession, name: str, now: datetime) -> tuple[ApiClient, str]:
    """A new client and its key (the only time the key is seen)."""
    name = name.strip().lower()
    if not NAME_PATTERN.match(name):
        raise ApiClientError("a client name is 2-32 characters: lower-case letters, digits and '-'")
    taken = await session.execute(select(ApiClient).where(col(ApiClient.name) == name))
    if taken.scalar_one_or_none() is not None:
        raise ApiClientError(f"client {name!r} exists; revoke it first or pick another name")
    key = KEY_PREFIX + secrets.token_urlsafe(32)
    client = ApiClient(name=name, key_hash=hash_key(key), key_hint=key[:8], created_at=now)
    session.add(client)
    await session.flush()
    return client, key


async def listed(session: AsyncSession) -> Sequence[ApiClient]:
    return (await session.execute(select(ApiClient).order_by(col(ApiClient.name)))).scalars().all()


async def revoke(session: AsyncSession, name: str, now: datetime) -> ApiClient:
    """Revoke the client's key; its name is freed for a new key."""
    found = await session.execute(
        select(ApiClient).where(col(ApiClient.name) == name.strip().lower())
    )
    client = found.scalar_one_or_none()
    if client is None:
        raise ApiClientError(f"no client named {name!r}")
    if client.revoked_at is None:
        client.revoked_at = now
        client.name = f"{client.name[:20]}~{client.id}"[:32]  # the name can be reused
    return client


async def by_key(session: AsyncSession, key: str) -> ApiClient | None:
    """The active client holding ``key``, if any."""
    if not key.startswith(KEY_PREFIX) or len(key) > 100:
        return None
    found = await session.execute(
        select(ApiClient).where(
            col(ApiClient.key_hash) == hash_key(key), col(ApiClient.revoked_at).is_(None)
        )
    )
    return found.scalar_one_or_none()


async def mark_used(session: AsyncSession, name: str, now: datetime) -> None:
    """Note that the client filed something (shown by ``aduan apikey list``)."""
    found = await session.execute(select(ApiClient).where(col(ApiClient.name) == name))
    client = found.scalar_one_or_none()
    if client is not None:
        client.last_used_at = now
