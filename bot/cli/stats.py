"""``aduan stats``: the service's figures for a period, per agency, as a table on the
terminal, CSV, XLSX or JSON."""

from __future__ import annotations

import json
import sys
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from bot.cli.common import fail, output_file, settings_or_exit
from bot.cli.database import in_transaction
from domain.agencies import AgenciesFileError, load_agencies
from domain.documents.table import Table, cell_text
from domain.documents.tabular import write_csv, write_xlsx
from domain.figures.periods import Period, PeriodError, parse_period
from domain.figures.summary import Overview
from domain.figures.tables import categories_table, overview_table, record
from domain.i18n import LANGUAGES, Translator

if TYPE_CHECKING:
    from sqlalchemy.ext.asyncio import AsyncSession


class Format(StrEnum):
    TABLE = "table"
    CSV = "csv"
    XLSX = "xlsx"
    JSON = "json"


class Kind(StrEnum):
    ALL = "all"
    COMPLAINT = "complaint"
    INFO = "info"


def _text(table: Table) -> str:
    """A table for the terminal: columns padded to their widest cell."""
    texts = [[cell_text(v, table.language) for v in row] for row in table.rows]
    grid = [list(table.headers), *texts]
    widths = [max(len(row[i]) for row in grid) for i in range(len(table.headers))]
    lines = [table.title, ""]
    for number, row in enumerate(grid):
        cells = [row[0].ljust(widths[0])] + [
            c.rjust(w) for c, w in zip(row[1:], widths[1:], strict=True)
        ]
        lines.append("  ".join(cells).rstrip())
        if number == 0:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines)


def _json(overview: Overview, period: Period, kind: str | None) -> str:
    agencies = [
        {"agency": code, **record(overview.get(code, kind))} for code in overview.agencies()
    ]
    body = {
        "period": period.label, "from": period.start.isoformat(),
        "to": period.last_day.isoformat(), "kind": kind or "all", "agencies": agencies,
        "total": record(overview.get(None, kind)),
        "categories": [{"category": c.name, "tickets": c.count} for c in overview.categories],
    }  # fmt: skip
    return json.dumps(body, ensure_ascii=False, indent=2)


def stats(
    period: Annotated[
        str, typer.Option(help="2026-11 (a month), 2026, 2026-Q3, or 2026-01-05..2026-02-10")
    ],
    agency: Annotated[str | None, typer.Option(help="Only this agency (its code)")] = None,
    kind: Annotated[Kind, typer.Option(help="Which tickets")] = Kind.ALL,
    output_format: Annotated[Format, typer.Option("--format", help="Output")] = Format.TABLE,
    output: Annotated[
        Path | None, typer.Option(help="Write to this file (XLSX: default aduan-stats-PERIOD.xlsx)")
    ] = None,
    language: Annotated[
        str | None, typer.Option(help="id or en (default: ADUAN_DEFAULT_LANGUAGE)")
    ] = None,
) -> None:
    """Figures per agency for a period: received, waiting and overdue now, first response
    and resolution times in working hours (median, p90), on-time shares, reassigned,
    rejected, reopened, ratings, channels."""
    settings = settings_or_exit()
    try:
        chosen = parse_period(period)
        directory = load_agencies(settings.agencies)
    except (PeriodError, AgenciesFileError) as exc:
        raise fail(exc) from exc
    if language is not None and language not in LANGUAGES:
        raise fail(ValueError(f"--language must be one of {', '.join(LANGUAGES)}"))
    from storage.figures import overview

    async def work(session: AsyncSession) -> Overview:
        scope = [agency] if agency else None
        return await overview(session, chosen, settings.zone, datetime.now(UTC), scope)

    figures = in_transaction(settings, work)
    t = Translator(language or settings.default_language)
    wanted = None if kind is Kind.ALL else kind.value
    names = {a.code: a.short_name for a in directory.agencies}
    title = t("fig-title-kind", period=chosen.label, kind=t(f"fig-kind-{kind.value}"))
    table = overview_table(figures, names, t, title, wanted)
    name = f"aduan-stats-{chosen.label}"
    if output_format is Format.JSON:
        _emit(_json(figures, chosen, wanted).encode() + b"\n", output, f"{name}.json")
    elif output_format is Format.CSV:
        _emit(write_csv(table), output, f"{name}.csv")
    elif output_format is Format.XLSX:
        categories = categories_table(figures, t, t("fig-categories-title", period=chosen.label))
        target = output_file(output, f"{name}.xlsx")
        target.write_bytes(write_xlsx([table, categories]))
        typer.echo(f"wrote {target}")
    else:
        _emit((_text(table) + "\n").encode(), output, f"{name}.txt")


def _emit(data: bytes, output: Path | None, default_name: str) -> None:
    """To ``output`` (a folder: ``default_name`` in it) when given, else to stdout."""
    if output is not None:
        target = output_file(output, default_name)
        target.write_bytes(data)
        typer.echo(f"wrote {target}")
        return
    sys.stdout.buffer.write(data)
    sys.stdout.flush()


def register(app: typer.Typer) -> None:
    app.command()(stats)
