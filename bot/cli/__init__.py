"""The ``aduan`` command: one module per group of subcommands, assembled here.

Each module owns its commands; :mod:`bot.cli.common` loads the settings and
:mod:`bot.cli.database` opens the database for all of them.
"""

from __future__ import annotations

import sys

import typer

from bot.cli import (
    apikey,
    db,
    health,
    kb,
    opendata,
    outbox,
    ppid,
    privacy,
    publication,
    runtime,
    sessions,
    stats,
)


def build_app() -> typer.Typer:
    """The ``aduan`` command with every subcommand."""
    root = typer.Typer(
        help="aduan: complaint and FAQ chatbot for Indonesian local governments.",
        no_args_is_help=True,
        add_completion=False,
        pretty_exceptions_enable=False,
    )
    runtime.register(root)
    health.register(root)
    stats.register(root)
    root.add_typer(db.db_app, name="db")
    root.add_typer(kb.kb_app, name="kb")
    root.add_typer(outbox.outbox_app, name="outbox")
    root.add_typer(apikey.apikey_app, name="apikey")
    root.add_typer(publication.publication_app, name="publication")
    root.add_typer(opendata.opendata_app, name="opendata")
    root.add_typer(sessions.sessions_app, name="sessions")
    root.add_typer(ppid.ppid_app, name="ppid")
    root.add_typer(privacy.privacy_app, name="privacy")
    return root


app = build_app()


def main() -> None:
    if sys.stdout.encoding and sys.stdout.encoding.lower() != "utf-8":
        sys.stdout.reconfigure(encoding="utf-8")  # type: ignore[union-attr]
    app()


__all__ = ["app", "build_app", "main"]
