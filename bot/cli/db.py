"""``aduan db``: database migrations."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.cli.common import settings_or_exit
from bot.cli.database import migration_context, with_engine
from storage import migrate
from storage.backup import BackupError, backup_sqlite
from storage.engine import sqlite_path

db_app = typer.Typer(help="Database migrations.", no_args_is_help=True)


def _migrate(action: str, revision: str) -> None:
    settings = settings_or_exit()

    async def go(engine: AsyncEngine) -> tuple[str | None, str | None]:
        before = await migrate.current_revision(engine)
        if action == "upgrade":
            await migrate.upgrade(engine, revision, context=migration_context(settings))
        else:
            await migrate.downgrade(engine, revision)
        return before, await migrate.current_revision(engine)

    before, after = with_engine(settings, go)
    was = "" if before == after else f" (was {before or 'empty'})"
    typer.echo(f"database at revision {after}{was}")


def db_upgrade(revision: Annotated[str, typer.Argument()] = "head") -> None:
    """Apply migrations up to REVISION (default: the newest)."""
    _migrate("upgrade", revision)


def db_downgrade(revision: str) -> None:
    """Undo migrations down to REVISION ('base' removes every table)."""
    _migrate("downgrade", revision)


def db_backup(
    path: Annotated[Path, typer.Argument(help="The new file to write the copy to")],
) -> None:
    """Copy the SQLite database to PATH, safely while the bot runs (PostgreSQL: pg_dump)."""
    settings = settings_or_exit()
    source = sqlite_path(settings.database_url)
    if source is None:
        typer.echo(
            "error: 'aduan db backup' copies a SQLite database; back up PostgreSQL with "
            "pg_dump -Fc (see the README, 'Backup and restore')",
            err=True,
        )
        raise typer.Exit(2)
    try:
        report = backup_sqlite(source, path)
    except BackupError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from exc
    typer.echo(
        f"backed up {source} to {report.path}: {report.size} bytes, {report.tickets} tickets"
    )


db_app.command("upgrade")(db_upgrade)
db_app.command("backup")(db_backup)
db_app.command("downgrade")(db_downgrade)
