"""The ``aduan`` command."""

from __future__ import annotations

import asyncio
import logging
import sys
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta, tzinfo
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
    web: Annotated[
        bool,
        typer.Option(
            help="Ask the running bot's /healthz (which also checks its workers) when "
            "it serves one (webhook mode or ADUAN_WEB_PORT); --no-web checks the "
            "database only"
        ),
    ] = True,
) -> None:
    """Exit 0 when healthy, 1 when not (Docker's HEALTHCHECK); the reasons on stderr."""
    settings = _settings()
    if web and (settings.webhook_url or settings.web_port is not None):
        problems = _web_health(settings)
    else:
        problems = _database_health(settings, timedelta(seconds=max_wait))
    if problems:
        for problem in problems:
            typer.echo(f"unhealthy: {problem}", err=True)
        raise typer.Exit(1)


def _database_health(settings: Settings, max_wait: timedelta) -> list[str]:
    from storage.engine import create_engine, session_factory
    from storage.health import Backlog, backlog, backlog_problems

    async def go() -> Backlog:
        engine = create_engine(settings.database_url)
        try:
            async with asyncio.timeout(10), session_factory(engine)() as session:
                return await backlog(session, datetime.now(UTC))
        finally:
            await engine.dispose()

    try:
        state = asyncio.run(go())
    except Exception as exc:
        reason = (str(exc).strip().splitlines() or [""])[0][:300]
        return [f"database error: {type(exc).__name__}: {reason}"]
    typer.echo(
        f"inbox pending {state.inbox_pending}, outbox pending {state.outbox_pending}, "
        f"outbox dead {state.outbox_dead}"
    )
    return backlog_problems(state, max_wait)


def _web_health(settings: Settings) -> list[str]:
    import json
    import urllib.error
    import urllib.request

    from bot.telegram_runner import DEFAULT_WEB_PORT

    host = settings.web_host if settings.web_host not in ("0.0.0.0", "::", "") else "127.0.0.1"
    port = settings.web_port if settings.web_port is not None else DEFAULT_WEB_PORT
    url = f"http://{host}:{port}/healthz"
    try:
        with urllib.request.urlopen(url, timeout=10) as answer:
            body = json.loads(answer.read())
    except urllib.error.HTTPError as exc:
        try:
            body = json.loads(exc.read())
        except ValueError:
            return [f"{url} answered {exc.code}"]
    except (OSError, ValueError) as exc:
        return [f"no answer from {url}: {exc}"]
    typer.echo(
        f"inbox pending {body.get('inbox_pending')}, outbox pending "
        f"{body.get('outbox_pending')}, outbox dead {body.get('outbox_dead')}"
    )
    return [str(p) for p in body.get("problems", [])] or (
        [] if body.get("ok") else [f"{url} reports not ok"]
    )


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
    from sqlalchemy.exc import SQLAlchemyError

    from storage.engine import create_engine, session_factory
    from storage.migrate import upgrade

    settings = _settings()
    logging.getLogger("alembic").setLevel(logging.WARNING)

    async def go() -> _T:
        engine = create_engine(settings.database_url)
        try:
            await upgrade(engine)
            async with session_factory(engine).begin() as session:
                return await work(session)
        finally:
            await engine.dispose()

    try:
        return asyncio.run(go())
    except (OSError, SQLAlchemyError) as exc:
        typer.echo(f"error: database {settings.database_url.split('@')[-1]}: {exc}", err=True)
        raise typer.Exit(2) from exc


def _local(moment: datetime, zone: tzinfo) -> str:
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return f"{moment.astimezone(zone):%Y-%m-%d %H:%M}"


ChatOption = Annotated[str | None, typer.Option("--chat", help="Only dead letters to this chat id")]
ChannelOption = Annotated[
    str | None, typer.Option("--channel", help="Only this channel (telegram, whatsapp)")
]


@outbox_app.command("list")
def outbox_list(
    limit: Annotated[int, typer.Option(min=1, help="How many to list, newest first")] = 50,
    chat: ChatOption = None,
    channel: ChannelOption = None,
    as_json: Annotated[
        bool, typer.Option("--json", help="One JSON object per line, full text and error")
    ] = False,
) -> None:
    """List dead letters (messages given up on): to whom, the text, and why."""
    import json

    from storage import dead_letters

    filters = dead_letters.Filters(chat_id=chat, channel=channel)

    async def work(session: AsyncSession) -> tuple[list[dead_letters.DeadLetter], int]:
        return (
            await dead_letters.listing(session, filters, limit),
            await dead_letters.count(session, filters),
        )

    rows, total = _outbox(work)
    if as_json:
        for row in rows:
            record = {
                **{k: v for k, v in row.__dict__.items() if not isinstance(v, datetime)},
                "created_at": row.created_at.isoformat(),
                "failed_at": row.failed_at.isoformat(),
            }
            typer.echo(json.dumps(record))
        return
    if not rows:
        where = f" to chat {dead_letters.one_line(chat, 64)}" if chat is not None else ""
        typer.echo(f"no dead letters{where}")
        return
    from zoneinfo import ZoneInfo

    zone = ZoneInfo(_settings().timezone)
    failed_at = f"failed at {datetime.now(zone).tzname()}"
    typer.echo(
        f"{'id':>7}  {'channel':8}  {'chat':16}  {'name':20}  {'tries':>5}  {failed_at:16}  ticket"
    )
    for row in rows:
        typer.echo(
            f"{row.id:>7}  {dead_letters.one_line(row.channel, 8):8}  "
            f"{dead_letters.one_line(row.chat_id, 16):16}  "
            f"{dead_letters.one_line(row.chat_name, 20):20}  {row.attempts:>5}  "
            f"{_local(row.failed_at, zone):16}  {row.ticket_code or '-'}"
        )
        typer.echo(f"{'':7}  text:  {dead_letters.one_line(row.text, 70)}")
        typer.echo(f"{'':7}  error: {dead_letters.one_line(row.error, 70)}")
    if total > len(rows):
        typer.echo(f"showing the newest {len(rows)} of {total} dead letters (--limit for more)")
    else:
        typer.echo(f"{total} dead letter{'s' if total != 1 else ''}")


@outbox_app.command("retry")
def outbox_retry(
    message_ids: Annotated[
        list[int] | None, typer.Argument(help="Ids shown by 'aduan outbox list'")
    ] = None,
    every: Annotated[
        bool, typer.Option("--all", help="Every dead letter (matching --chat/--channel)")
    ] = False,
    chat: ChatOption = None,
    channel: ChannelOption = None,
) -> None:
    """Queue dead letters again with fresh attempts; the running bot sends them.

    Exit status: 0 when everything asked for was queued (or there was nothing to
    queue with --all/--chat), 1 when an id is not a dead letter, 2 on a usage error.
    """
    from storage import dead_letters

    ids = list(dict.fromkeys(message_ids or []))
    if ids and every:
        typer.echo("error: give ids or --all, not both", err=True)
        raise typer.Exit(2)
    if not ids and not every and chat is None:
        typer.echo("error: name dead letters by id, or use --all or --chat CHAT", err=True)
        raise typer.Exit(2)
    filters = dead_letters.Filters(chat_id=chat, channel=channel)

    async def work(session: AsyncSession) -> tuple[list[int], dict[int, str]]:
        queued = await dead_letters.retry(session, datetime.now(UTC), ids if ids else None, filters)
        missed = [i for i in ids if i not in set(queued)]
        return queued, await dead_letters.statuses(session, missed)

    queued, others = _outbox(work)
    if queued:
        shown = ", ".join(str(i) for i in queued[:20]) + (" …" if len(queued) > 20 else "")
        plural = "s" if len(queued) != 1 else ""
        typer.echo(f"queued again: {len(queued)} dead letter{plural} ({shown})")
    missed = [i for i in ids if i not in set(queued)]
    for message_id in missed:
        status = others.get(message_id)
        if status is None:
            reason = "no such message"
        elif status == "dead":
            reason = "not to the chat/channel given"
        else:
            reason = f"it is {status}, not a dead letter"
        typer.echo(f"error: message {message_id} not queued: {reason}", err=True)
    if missed:
        raise typer.Exit(1)
    if not queued:
        where = f" to chat {dead_letters.one_line(chat, 64)}" if chat is not None else ""
        typer.echo(f"nothing to retry: no dead letters{where}")


@outbox_app.command("retry-all", hidden=True)
def outbox_retry_all() -> None:
    """Same as 'retry --all'."""
    outbox_retry(None, every=True, chat=None, channel=None)


def main() -> None:
    if sys.stdout.encoding and sys.stdout.encoding.lower() != "utf-8":
        sys.stdout.reconfigure(encoding="utf-8")  # type: ignore[union-attr]
    app()


__all__ = ["Path", "app", "main"]
