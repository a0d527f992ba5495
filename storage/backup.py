"""Online backup of a SQLite database (``aduan db backup PATH``), safe while the bot
runs: SQLite's backup API copies one consistent snapshot (aduan's databases are in WAL
mode, where a reader holds up no writer), into a temporary file beside the target
that is checked (``PRAGMA integrity_check``) and then renamed, so ``PATH`` is either a
whole, sound copy or absent. PostgreSQL is backed up with its own tools (``pg_dump``;
see the README)."""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path


class BackupError(Exception):
    """The backup could not be made; the message says why."""


@dataclass(frozen=True)
class BackupReport:
    path: Path
    size: int
    tickets: int


def backup_sqlite(source: Path, target: Path) -> BackupReport:
    """Copy the database at ``source`` to ``target`` (which must not exist yet)."""
    if not source.exists():
        raise BackupError(f"no database at {source}")
    if target.exists():
        raise BackupError(f"{target} exists already: choose a new file name")
    if target.resolve() == source.resolve():
        raise BackupError("the backup must go to another file than the database")
    if not target.parent.is_dir():
        folder = target.parent
        raise BackupError(f"there is no folder {folder}: create it first (mkdir -p {folder})")
    partial = target.with_name(f".{target.name}.partial")
    partial.unlink(missing_ok=True)
    try:
        _copy(source, partial)
        os.replace(partial, target)
    except (sqlite3.Error, OSError) as exc:
        partial.unlink(missing_ok=True)
        raise BackupError(f"backup of {source} failed: {exc}") from exc
    return BackupReport(target, target.stat().st_size, _tickets(target))


def _copy(source: Path, target: Path) -> None:
    src = sqlite3.connect(source, timeout=30)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)  # one step: a consistent snapshot of the source
            dst.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
            (verdict,) = dst.execute("PRAGMA integrity_check").fetchone()
            if verdict != "ok":
                raise sqlite3.DatabaseError(f"the copy fails its integrity check: {verdict}")
        finally:
            dst.close()
    finally:
        src.close()


def _tickets(path: Path) -> int:
    connection = sqlite3.connect(path)
    try:
        return int(connection.execute("SELECT count(*) FROM ticket").fetchone()[0])
    except sqlite3.OperationalError:
        return 0  # not an aduan database (yet)
    finally:
        connection.close()
