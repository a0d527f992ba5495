"""``aduan kb``: check a knowledge base, match messages against it."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, BinaryIO

import typer

from bot.cli.common import settings_or_exit
from bot.cli.kb_warnings import warn_about_empty_files
from bot.config import sample_kb_path
from domain.agencies import AgenciesFileError, load_agencies
from knowledge_base.checker import read_kb
from knowledge_base.loader import KnowledgeBaseError, load_kb
from knowledge_base.matcher import Matcher

if TYPE_CHECKING:
    from sqlalchemy.ext.asyncio import AsyncSession

kb_app = typer.Typer(
    help="Knowledge base: check YAML files, match residents' messages.", no_args_is_help=True
)

KbOption = Annotated[
    Path | None,
    typer.Option("--kb", help="Knowledge-base folder (default: ADUAN_KB, else the sample KB)"),
]


def _default_kb() -> Path:
    """``ADUAN_KB`` (from the environment or ``.env``), as the bot would load it."""
    return settings_or_exit().kb


def _checked_files(kb: Path | None, agencies: Path | None) -> tuple[Path, Path]:
    """The KB folder and agencies file to check: those given, else the settings' (read
    once, and not at all when both are given)."""
    if kb is not None and agencies is not None:
        return kb, agencies
    settings = settings_or_exit()
    return kb or settings.kb, agencies or settings.agencies


def _agency_codes(source: Path) -> frozenset[str]:
    try:
        return frozenset(load_agencies(source).codes())
    except AgenciesFileError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from exc


@kb_app.command()
def check(
    kb: KbOption = None,
    agencies: Annotated[
        Path | None,
        typer.Option("--agencies", help="Agencies file (default: ADUAN_AGENCIES, else the sample)"),
    ] = None,
) -> None:
    """Validate a knowledge base; print every problem as path:line: message."""
    folder, agencies_file = _checked_files(kb, agencies)
    documents, problems = read_kb(folder, _agency_codes(agencies_file))
    for problem in problems:
        typer.echo(str(problem))
    if problems:
        typer.echo(f"{len(problems)} problem(s)", err=True)
        raise typer.Exit(1)
    entries = sum(len(root.value) for _, root in documents)
    warn_about_empty_files(folder, documents)
    typer.echo(f"ok: {entries} entries in {_shown(folder)}", err=True)


def _shown(path: Path) -> str:
    """``path``, or what it is when it is a default: which KB was checked must be plain."""
    return "the sample knowledge base" if path == sample_kb_path() else str(path)


def _lines(stream: BinaryIO) -> Iterator[str]:
    for raw in stream:
        yield raw.decode("utf-8", errors="replace").rstrip("\r\n")


def _binary(stream: object) -> BinaryIO | None:
    buffer = getattr(stream, "buffer", None)
    return buffer if buffer is not None and hasattr(buffer, "write") else None


@kb_app.command()
def match(
    kb: KbOption = None,
    emergency: Annotated[
        bool, typer.Option("--emergency", help="Add whether to point to 112 first")
    ] = False,
) -> None:
    """Read one message per line on stdin; write one JSON object per line."""
    try:
        matcher = Matcher(load_kb(kb or _default_kb()))
    except KnowledgeBaseError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from exc
    stdin = _binary(sys.stdin)
    lines = _lines(stdin) if stdin is not None else (line.rstrip("\r\n") for line in sys.stdin)
    stdout = _binary(sys.stdout)
    for line in lines:
        record = json.dumps(matcher.match(line).as_json_dict(emergency), ensure_ascii=False)
        if stdout is not None:
            stdout.write(record.encode("utf-8", errors="replace") + b"\n")
            stdout.flush()
        else:
            sys.stdout.write(record + "\n")
            sys.stdout.flush()


@kb_app.command("gaps")
def kb_gaps(
    days: Annotated[int, typer.Option(help="Look back this many days (0: all)")] = 30,
    limit: Annotated[int, typer.Option(help="How many questions to list")] = 30,
) -> None:
    """The questions residents asked most that the KB did not answer (or not well), and
    the complaints it answered as questions (a resident found the answer unhelpful, then
    filed a report)."""
    from bot.cli.database import in_transaction
    from storage import kb_log

    since = datetime.now(UTC) - timedelta(days=days) if days > 0 else None

    async def work(session: AsyncSession) -> tuple[list[kb_log.Gap], list[kb_log.Gap]]:
        gaps = await kb_log.top_gaps(session, since=since, limit=limit)
        misread = await kb_log.top_gaps(session, since, limit, outcomes=kb_log.MISREAD)
        return list(gaps), list(misread)

    gaps, misread = in_transaction(settings_or_exit(), work)
    if not gaps:
        typer.echo("no unanswered questions recorded")
    else:
        typer.echo(f"{'count':>5}  {'last seen':16}  outcomes                     question")
        for gap in gaps:
            typer.echo(
                f"{gap.count:>5}  {gap.last_seen:%Y-%m-%d %H:%M}  {gap.outcomes:27}  {gap.example}"
            )
    if misread:
        typer.echo("\ncomplaints answered as questions (an unhelpful answer, then a report):")
        typer.echo(f"{'count':>5}  {'last seen':16}  {'answered with':27}  message")
        for gap in misread:
            typer.echo(
                f"{gap.count:>5}  {gap.last_seen:%Y-%m-%d %H:%M}  {gap.entries:27}  {gap.example}"
            )
