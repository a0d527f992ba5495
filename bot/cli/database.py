"""The one way a CLI command opens the configured database: an engine for the length
of the command, migrated first when asked, disposed of at the end, and a database error
turned into one line naming the database (never a traceback)."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import TypeVar

import typer
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession

from bot.config import Settings
from storage.engine import create_engine, session_factory
from storage.migrate import upgrade

_T = TypeVar("_T")


def shown_url(url: str) -> str:
    """The database URL without its credentials, for messages."""
    return url.split("@")[-1]


def with_engine(settings: Settings, work: Callable[[AsyncEngine], Awaitable[_T]]) -> _T:
    """Run ``work`` with an engine on the configured database."""

    async def go() -> _T:
        engine = create_engine(settings.database_url)
        try:
            return await work(engine)
        finally:
            await engine.dispose()

    try:
        return asyncio.run(go())
    except (OSError, SQLAlchemyError) as exc:
        typer.echo(f"error: database {shown_url(settings.database_url)}: {exc}", err=True)
        raise typer.Exit(2) from exc


def in_transaction(
    settings: Settings, work: Callable[[AsyncSession], Awaitable[_T]], migrate: bool = True
) -> _T:
    """Run ``work`` in one transaction on the configured database (migrated first)."""
    logging.getLogger("alembic").setLevel(logging.WARNING)

    async def go(engine: AsyncEngine) -> _T:
        if migrate:
            await upgrade(engine)
        async with session_factory(engine).begin() as session:
            return await work(session)

    return with_engine(settings, go)
