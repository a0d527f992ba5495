"""``aduan health``: Docker's HEALTHCHECK and an operator's first look."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from typing import Annotated

import typer

from bot.cli.common import settings_or_exit
from bot.config import Settings


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
    settings = settings_or_exit()
    if web and (settings.webhook_url or settings.web_port is not None):
        problems = _web_health(settings)
    else:
        problems = _database_health(settings, timedelta(seconds=max_wait))
    if problems:
        for problem in problems:
            typer.echo(f"unhealthy: {problem}", err=True)
        raise typer.Exit(1)


def _database_health(settings: Settings, max_wait: timedelta) -> list[str]:
    from bot.cli.database import missing_database
    from bot.startup import describe, shown_url
    from storage.engine import open_engine, session_factory
    from storage.health import Backlog, backlog, backlog_problems

    async def go() -> Backlog:
        async with (
            open_engine(settings.database_url) as engine,
            asyncio.timeout(10),
            session_factory(engine)() as session,
        ):
            return await backlog(session, datetime.now(UTC))

    if (missing := missing_database(settings)) is not None:
        return [missing]
    try:  # any failure is an unhealthy answer, never a traceback
        state = asyncio.run(go())
    except Exception as exc:
        if (told := describe(exc, shown_url(settings.database_url))) is not None:
            return [told]  # what failed and what to check, as `aduan run` says it
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

    from bot.runner import DEFAULT_WEB_PORT

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


def register(app: typer.Typer) -> None:
    app.command()(health)
