"""What every ``aduan`` command shares: settings with one-line errors, and logging."""

from __future__ import annotations

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


def fail(exc: Exception) -> typer.Exit:
    """Report ``exc`` on one line; the caller raises the returned exit (status 2)."""
    typer.echo(f"error: {exc}", err=True)
    return typer.Exit(2)
