"""``aduan run``, ``aduan demo`` and ``aduan check-config``.

``run`` and ``check-config`` share :mod:`bot.preflight`: what ``check-config`` calls
fine, ``run`` accepts. Failures of the outside world (database, network) are one line,
never a traceback; ``run`` waits for the ones that heal (:mod:`bot.startup`).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import signal
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Annotated

import typer

from bot.cli.common import fail, settings_or_exit
from bot.cli.config_warnings import warn_about
from bot.cli.kb_warnings import warn_about_empty_files
from bot.config import ConfigError, Settings, sample_agencies_path, sample_kb_path
from bot.preflight import file_problems, online_problems, run_problems
from bot.startup import StartupFailure, describe, shown_url, start_with_retries
from domain.agencies import AgenciesFileError
from knowledge_base.loader import KnowledgeBaseError


def _refuse(problems: list[str]) -> None:
    """Print each problem on its own line and exit 2, when there are any."""
    for problem in problems:
        typer.echo(f"error: {problem}", err=True)
    if problems:
        raise typer.Exit(2)


def _runner(settings: Settings, stop: asyncio.Event) -> Callable[[], Awaitable[None]]:
    from bot.runner import run as run_bot

    return lambda: run_bot(settings, stop, install_signals=False)


async def _serve(settings: Settings) -> None:
    """The bot until SIGINT/SIGTERM, started again after failures that heal."""
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError, RuntimeError):
            loop.add_signal_handler(signum, stop.set)
    await start_with_retries(_runner(settings, stop), shown_url(settings.database_url), stop=stop)


def run() -> None:
    """Run the bot on Telegram (long polling), and on WhatsApp when it is configured."""
    settings = settings_or_exit()
    _refuse(run_problems(settings))
    try:
        asyncio.run(_serve(settings))
    except (StartupFailure, ConfigError, AgenciesFileError, KnowledgeBaseError, ValueError) as exc:
        raise fail(exc) from exc
    except KeyboardInterrupt:
        raise typer.Exit(130) from None


def demo() -> None:
    """Try aduan in the terminal: SQLite, the sample agencies and KB, a console chat."""
    settings = settings_or_exit()
    if not any(k.startswith("ADUAN_LOG") for k in os.environ):
        logging.getLogger().setLevel(logging.WARNING)
    _refuse(file_problems(settings)[1])
    from bot.demo import main as demo_main

    try:
        code = demo_main(settings)
    except (AgenciesFileError, KnowledgeBaseError) as exc:
        raise fail(exc) from exc
    except Exception as exc:
        told = describe(exc, shown_url(settings.database_url))
        if told is None:
            raise
        raise fail(Exception(told)) from exc
    raise typer.Exit(code)


def check_config(
    online: Annotated[
        bool,
        typer.Option("--online", help="Also check that the database, Telegram and WhatsApp answer"),
    ] = False,
) -> None:
    """Check everything 'aduan run' checks before it starts (settings, agencies file,
    knowledge base); with --online also reachability. Exit 0 when all is well."""
    settings = settings_or_exit()
    problems = run_problems(settings)
    if online:
        problems += asyncio.run(online_problems(settings))
    for problem in problems:
        typer.echo(f"problem: {problem}")
    if problems:
        typer.echo(f"{len(problems)} problem(s)", err=True)
        raise typer.Exit(1)
    agencies, _ = file_problems(settings)
    from knowledge_base.loader import load_kb

    kb = load_kb(settings.kb)
    count = len(agencies.agencies) if agencies else 0
    reached = " (reachable: database, Telegram" if online else ""
    if online:
        reached += ", WhatsApp)" if settings.whatsapp_access_token else ")"
    elif not settings.database_url.startswith("sqlite"):
        # A server named here was not contacted: "ok" must not read as "it answers".
        reached = " (not contacted: --online checks that it answers)"
    if agencies is not None:
        warn_about(settings.agencies, agencies)
        warn_about_empty_files(settings.kb)
    agencies_from = _source(settings.agencies, sample_agencies_path(), "AGENCIES")
    typer.echo(
        f"ok: {count} agencies from {agencies_from}, "
        f"{len(kb)} KB entries from {_source(settings.kb, sample_kb_path(), 'KB')}, "
        f"database {shown_url(settings.database_url)}{reached}"
    )


def _source(path: Path, sample: Path, name: str) -> str:
    """``path``, or the sample's when the setting was left out."""
    return f"the sample (ADUAN_{name} not set)" if path == sample else str(path)


def register(app: typer.Typer) -> None:
    app.command()(run)
    app.command()(demo)
    app.command("check-config")(check_config)
