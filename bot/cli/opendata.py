"""``aduan opendata export``: the month's open-data files, as the public page serves
them, written to a folder."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated

import typer
from sqlalchemy.ext.asyncio import AsyncSession

from bot.cli.common import fail, settings_or_exit
from bot.cli.database import in_transaction
from bot.open_data import Month, month_reports, reports_files
from domain.agencies import load_agencies

opendata_app = typer.Typer(help="Open data of the public page.", no_args_is_help=True)


@opendata_app.command("export")
def export(
    month: Annotated[
        str | None, typer.Option("--month", help="YYYY-MM (default: last month)")
    ] = None,
    out: Annotated[Path, typer.Option("--out", help="Folder to write into")] = Path("."),
) -> None:
    """Write laporan-YYYY-MM.csv and .json (published reports, masked)."""
    settings = settings_or_exit()
    agencies = load_agencies(settings.agencies)
    try:
        chosen = (
            Month.parse(month) if month else Month.of(datetime.now(UTC), settings.zone).previous()
        )
    except ValueError as exc:
        raise fail(exc) from exc
    licence = settings.open_data_licence

    async def work(session: AsyncSession) -> dict[str, bytes]:
        rows = await month_reports(session, chosen, agencies, settings.zone, licence)
        return reports_files(chosen, rows, licence, agencies.regency)

    files = in_transaction(settings, work)
    out.mkdir(parents=True, exist_ok=True)
    for name, body in files.items():
        (out / name).write_bytes(body)
        typer.echo(str(out / name))
