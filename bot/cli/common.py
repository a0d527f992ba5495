"""What every ``aduan`` command shares: settings with one-line errors, and logging."""

from __future__ import annotations

from pathlib import Path

import typer

from bot.config import ConfigError, Settings, load_settings
from bot.log_setup import configure_logging


def settings_or_exit() -> Settings:
    """The settings, or exit 2 with the message naming the setting at fault."""
    try:
        settings = load_settings()
    except ConfigError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from exc
    configure_logging(settings.log_level, settings.log_format)
    return settings


def output_file(given: Path | None, default_name: str) -> Path:
    """Where a command writes its file: ``given`` (a folder: ``default_name`` in it),
    else ``default_name`` here; exits 2, saying so, when the folder does not exist."""
    target = given or Path(default_name)
    if target.is_dir():
        target = target / default_name
    if not target.parent.is_dir():
        folder = target.parent
        raise fail(OSError(f"there is no folder {folder}: create it first (mkdir -p {folder})"))
    return target


def fail(exc: Exception) -> typer.Exit:
    """Report ``exc`` on one line; the caller raises the returned exit (status 2)."""
    typer.echo(f"error: {exc}", err=True)
    return typer.Exit(2)
