"""``aduan run``, ``aduan demo`` and ``aduan check-config``."""

from __future__ import annotations

import asyncio
import logging
import os

import typer

from bot.cli.common import fail, settings_or_exit
from bot.config import ConfigError
from domain.agencies import AgenciesFileError, load_agencies
from knowledge_base.loader import KnowledgeBaseError


def run() -> None:
    """Run the bot on Telegram (long polling), and on WhatsApp when it is configured."""
    settings = settings_or_exit()
    from bot.telegram_runner import run_polling

    try:
        if settings.whatsapp_access_token:
            from bot.whatsapp_runner import run_with_whatsapp

            asyncio.run(run_with_whatsapp(settings))
        else:
            asyncio.run(run_polling(settings))
    except (ConfigError, AgenciesFileError, KnowledgeBaseError, ValueError) as exc:
        raise fail(exc) from exc


def demo() -> None:
    """Try aduan in the terminal: SQLite, the sample agencies and KB, a console chat."""
    settings = settings_or_exit()
    if not any(k.startswith("ADUAN_LOG") for k in os.environ):
        logging.getLogger().setLevel(logging.WARNING)
    from bot.demo import main as demo_main

    try:
        raise typer.Exit(demo_main(settings))
    except (AgenciesFileError, KnowledgeBaseError) as exc:
        raise fail(exc) from exc


def check_config() -> None:
    """Validate settings, the agencies file and the knowledge base, then exit."""
    settings = settings_or_exit()
    try:
        agencies = load_agencies(settings.agencies)
        from domain.sla.rules import environment_overrides, load_sla
        from knowledge_base.loader import load_kb

        load_sla(
            settings.agencies,
            settings.zone,
            environment_overrides(
                settings.sla_calendar, settings.sla_first_response, settings.sla_resolution
            ),
        )
        kb = load_kb(settings.kb)
    except (AgenciesFileError, KnowledgeBaseError) as exc:
        raise fail(exc) from exc
    typer.echo(
        f"ok: {len(agencies.agencies)} agencies, {len(kb)} KB entries, "
        f"database {settings.database_url.split('@')[-1]}"
    )


def register(app: typer.Typer) -> None:
    app.command()(run)
    app.command()(demo)
    app.command("check-config")(check_config)
