"""The ``aduan`` command."""

from __future__ import annotations

import asyncio
import logging
import sys
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, TypeVar

import typer

from bot.agencies import AgenciesFileError, load_agencies
from bot.config import ConfigError, Settings, load_settings
from knowledge_base.cli import kb_app
from knowledge_base.loader import KnowledgeBaseError

if TYPE_CHECKING:
    from sqlalchemy.ext.asyncio import AsyncSession

_T = TypeVar("_T")

app = typer.Typer(
    help="aduan: complaint and FAQ chatbot for Indonesian local governments.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
db_app = typer.Typer(help="Database migrations.", no_args_is_help=True)
app.add_typer(db_app, name="db")
app.add_typer(kb_app, name="kb")
outbox_app = typer.Typer(help="Messages that could not be delivered.", no_args_is_help=True)
app.add_typer(outbox_app, name="outbox")


def _settings() -> Settings:
    try:
        settings = load_settings()
    except ConfigError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from exc
    logging.basicConfig(
        level=settings.log_level.upper(),
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    return settings


def _fail(exc: Exception) -> typer.Exit:
    typer.echo(f"error: {exc}", err=True)
    return typer.Exit(2)


@app.command()
def run() -> None:
    """Run the bot on Telegram (long polling), and on WhatsApp when it is configured."""
    settings = _settings()
    from bot.telegram_runner import run_polling

    try:
        if settings.whatsapp_access_token:
            from bot.whatsapp_runner import run_with_whatsapp

            asyncio.run(run_with_whatsapp(settings))
        else:
            asyncio.run(run_polling(settings))
    except (ConfigError, AgenciesFileError, KnowledgeBaseError, ValueError) as exc:
        raise _fail(exc) from exc


@app.command()
def demo() -> None:
    """Try aduan in the terminal: SQLite, the sample agencies and KB, a console chat."""
    settings = _settings()
    if not any(k.startswith("ADUAN_LOG") for k in __import__("os").environ):
        logging.getLogger().setLevel(logging.WARNING)
    from bot.demo import main as demo_main

    try:
        raise typer.Exit(demo_main(settings))
    except (AgenciesFileError, KnowledgeBaseError) as exc:
        raise _fail(exc) from exc


@app.command("check-config")
def check_config() -> None:
    """Validate settings, the agencies file and the knowledge base, then exit."""
    settings = _settings()
    try:
        agencies = load_agencies(settings.agencies)
        from bot.sla.rules import environment_overrides, load_sla
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
        raise _fail(exc) from exc
    typer.echo(
        f"ok: {len(agencies.agencies)} agencies, {len(kb)} KB entries, "
        f"database {settings.database_url.split('@')[-1]}"
    )


@app.command()
def health(
    max_wait: Annotated[
        int, typer.Option(help="Seconds a pending update or message may wait")
    ] = 300,
) -> None:
    """Exit 0 when the database answers and nothing has waited too long (Docker health)."""
    from storage.engine import create_engine, session_factory
    from storage.health import backlog

    async def go() -> str | None:
        engine = create_engine(_settings().database_url)
        try:
            async with session_factory(engine)() as session:
                state = await backlog(session, datetime.now(UTC))
        finally:
            await engine.dispose()
        limit = timedelta(seconds=max_wait)
        typer.echo(
            f"inbox pending {state.inbox_pending}, outbox pending {state.outbox_pending}, "
            f"outbox dead {state.outbox_dead}"
        )
        if state.oldest_inbox_wait and state.oldest_inbox_wait > limit:
            return f"an update has waited {state.oldest_inbox_wait} to be processed"
        if state.oldest_outbox_wait and state.oldest_outbox_wait > limit:
            return f"a message has waited {state.oldest_outbox_wait} to be delivered"
        return None

    try:
        problem = asyncio.run(go())
    except Exception as exc:
        raise _fail(exc) from exc
    if problem:
        typer.echo(f"unhealthy: {problem}", err=True)
        raise typer.Exit(1)


def _migrate(action: str, revision: str) -> None:
    from storage import migrate
    from storage.engine import create_engine

    async def go() -> str | None:
        engine = create_engine(_settings().database_url)
        try:
            await getattr(migrate, action)(engine, revision)
            return await migrate.current_revision(engine)
        finally:
            await engine.dispose()

    typer.echo(f"database at revision {asyncio.run(go())}")


@db_app.command("upgrade")
def db_upgrade(revision: Annotated[str, typer.Argument()] = "head") -> None:
    """Apply migrations up to REVISION (default: the newest)."""
    _migrate("upgrade", revision)


@db_app.command("downgrade")
def db_downgrade(revision: str) -> None:
    """Undo migrations down to REVISION ('base' removes every table)."""
    _migrate("downgrade", revision)


@kb_app.command("gaps")
def kb_gaps(
    days: Annotated[int, typer.Option(help="Look back this many days (0: all)")] = 30,
    limit: Annotated[int, typer.Option(help="How many questions to list")] = 30,
) -> None:
    """The questions residents asked most that the KB did not answer (or not well)."""
    from storage import kb_log
    from storage.engine import create_engine, session_factory
    from storage.migrate import upgrade

    since = datetime.now(UTC) - timedelta(days=days) if days > 0 else None

    logging.getLogger("alembic").setLevel(logging.WARNING)

    async def go() -> list[kb_log.Gap]:
        engine = create_engine(_settings().database_url)
        try:
            await upgrade(engine)
            async with session_factory(engine)() as session:
                return list(await kb_log.top_gaps(session, since=since, limit=limit))
        finally:
            await engine.dispose()

    gaps = asyncio.run(go())
    if not gaps:
        typer.echo("no unanswered questions recorded")
        return
    typer.echo(f"{'count':>5}  {'last seen':16}  outcomes                     question")
    for gap in gaps:
        typer.echo(
            f"{gap.count:>5}  {gap.last_seen:%Y-%m-%d %H:%M}  {gap.outcomes:27}  {gap.example}"
        )


def _outbox(work: Callable[[AsyncSession], Awaitable[_T]]) -> _T:
    """Run ``work`` in one transaction on the configured database."""
    from storage.engine import create_engine, session_factory
    from storage.migrate import upgrade

    logging.getLogger("alembic").setLevel(logging.WARNING)

    async def go() -> _T:
        engine = create_engine(_settings().database_url)
        try:
            await upgrade(engine)
            async with session_factory(engine).begin() as session:
                return await work(session)
        finally:
            await engine.dispose()

    return asyncio.run(go())


@outbox_app.command("list")
def outbox_list(
    limit: Annotated[int, typer.Option(help="How many to list, newest first")] = 50,
) -> None:
    """List dead letters: messages given up on, with the reason."""
    from storage import outbox

    rows = _outbox(lambda session: outbox.dead_letters(session, limit))
    if not rows:
        typer.echo("no dead letters")
        return
    typer.echo(f"{'id':>6}  {'channel':8}  {'chat':16}  {'tries':>5}  {'created':16}  error")
    for row in rows:
        error = (row.last_error or "").replace("\n", " ")[:80]
        typer.echo(
            f"{row.id:>6}  {row.channel:8}  {row.chat_id:16}  {row.attempts:>5}  "
            f"{row.created_at:%Y-%m-%d %H:%M}  {error}"
        )


@outbox_app.command("retry")
def outbox_retry(message_id: int) -> None:
    """Send dead letter MESSAGE_ID again (with fresh attempts)."""
    from storage import outbox

    count = _outbox(lambda session: outbox.retry_dead(session, datetime.now(UTC), message_id))
    if not count:
        typer.echo(f"error: no dead letter {message_id}", err=True)
        raise typer.Exit(1)
    typer.echo(f"dead letter {message_id} queued again")


@outbox_app.command("retry-all")
def outbox_retry_all() -> None:
    """Send every dead letter again (with fresh attempts)."""
    from storage import outbox

    count = _outbox(lambda session: outbox.retry_dead(session, datetime.now(UTC)))
    typer.echo(f"{count} dead letters queued again")


def main() -> None:
    if sys.stdout.encoding and sys.stdout.encoding.lower() != "utf-8":
        sys.stdout.reconfigure(encoding="utf-8")  # type: ignore[union-attr]
    app()


__all__ = ["Path", "app", "main"]
