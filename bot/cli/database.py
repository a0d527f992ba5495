"""The one way a CLI command opens the configured database: an engine for the length
of the command, migrated first when asked, disposed of at the end, and a database error
turned into one line naming the database (never a traceback).

Commands that read what the bot stored open only a database that exists and holds
aduan's tables: run from the wrong folder, they say which database they looked for
instead of creating an empty one and reporting that there is nothing to see."""

from __future__ import annotations

import asyncio
import logging
import sqlite3
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import TypeVar

import typer
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession

from bot.config import Settings
from bot.startup import describe, first_line, shown_url
from storage.engine import open_engine, session_factory, sqlite_path
from storage.migrate import current_revision, upgrade

_T = TypeVar("_T")

__all__ = ["in_transaction", "missing_database", "shown_url", "with_engine"]


class NotCreatedError(Exception):
    """The database exists but aduan never created its tables there."""


def missing_database(settings: Settings) -> str | None:
    """Why the configured SQLite database cannot be read (its file does not exist),
    or ``None``."""
    path = sqlite_path(settings.database_url)
    if path is None or path.exists():
        return None
    return (
        f"no database at {path.absolute()} (ADUAN_DATABASE_URL "
        f"{shown_url(settings.database_url)}, folder {Path.cwd()}): run the command in the "
        "bot's folder or set ADUAN_DATABASE_URL; 'aduan db upgrade' creates a new database"
    )


def migration_context(settings: Settings) -> dict[str, object]:
    """What migrations may use from the configuration (a backfill's SLA calendar and
    agencies); empty when the files do not load (``aduan check-config`` says why)."""
    from domain.agencies import AgenciesFileError, load_agencies
    from domain.sla.rules import environment_overrides, load_sla

    try:
        rules = load_sla(
            settings.agencies,
            settings.zone,
            environment_overrides(
                settings.sla_calendar, settings.sla_first_response, settings.sla_resolution
            ),
        )
        return {"sla_rules": rules, "agencies": load_agencies(settings.agencies)}
    except AgenciesFileError:
        return {}


def with_engine(settings: Settings, work: Callable[[AsyncEngine], Awaitable[_T]]) -> _T:
    """Run ``work`` with an engine on the configured database."""

    async def go() -> _T:
        async with open_engine(settings.database_url) as engine:
            return await work(engine)

    shown = shown_url(settings.database_url)
    try:
        return asyncio.run(go())
    except NotCreatedError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from exc
    except (OSError, SQLAlchemyError, sqlite3.Error) as exc:
        told = describe(exc, shown) or f"database {shown}: {first_line(exc)}"
        typer.echo(f"error: {told}", err=True)
        raise typer.Exit(2) from exc


def in_transaction(
    settings: Settings, work: Callable[[AsyncSession], Awaitable[_T]], migrate: bool = True
) -> _T:
    """Run ``work`` in one transaction on the configured database, which must exist and
    hold aduan's tables (migrated to the newest version first)."""
    logging.getLogger("alembic").setLevel(logging.WARNING)
    if (missing := missing_database(settings)) is not None:
        typer.echo(f"error: {missing}", err=True)
        raise typer.Exit(2)

    async def go(engine: AsyncEngine) -> _T:
        if await current_revision(engine) is None:
            raise NotCreatedError(
                f"database {shown_url(settings.database_url)} holds no aduan tables: "
                "check ADUAN_DATABASE_URL ('aduan db upgrade' creates them)"
            )
        if migrate:
            await upgrade(engine, context=migration_context(settings))
        async with session_factory(engine).begin() as session:
            return await work(session)

    return with_engine(settings, go)
