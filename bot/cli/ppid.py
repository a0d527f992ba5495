"""``aduan ppid register`` and ``aduan ppid report``: the PPID's request and objection
registers for a range of days (XLSX or CSV), and the annual or semester service
report (XLSX, PDF or Markdown), for the regency or one agency."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from bot.cli.common import fail, output_file, settings_or_exit
from bot.cli.database import in_transaction
from bot.config import Settings
from domain.agencies import AgenciesFileError, AgencyDirectory, load_agencies
from domain.documents.table import Table
from domain.documents.tabular import write_csv, write_xlsx
from domain.figures.periods import Period, PeriodError, days
from domain.i18n import LANGUAGES, Translator
from domain.ppid.register import ObjectionEntry, RequestEntry, objection_table, request_table
from domain.ppid.report import ReportFigures, report_period, summarise
from domain.ppid.report_tables import report_markdown, report_pdf, report_xlsx
from domain.sla.calendar import Calendar
from domain.sla.rules import SlaRules, environment_overrides, load_sla

if TYPE_CHECKING:
    from sqlalchemy.ext.asyncio import AsyncSession

ppid_app = typer.Typer(help="The PPID's registers and service report.", no_args_is_help=True)


class RegisterFormat(StrEnum):
    XLSX = "xlsx"
    CSV = "csv"


class ReportFormat(StrEnum):
    XLSX = "xlsx"
    PDF = "pdf"
    MD = "md"


@dataclass(frozen=True)
class Config:
    settings: Settings
    agencies: AgencyDirectory
    rules: SlaRules
    t: Translator

    def calendar_for(self, agency_code: str) -> Calendar:
        return self.rules.policy_for(agency_code).calendar

    def scope(self, agency: str | None) -> str:
        """Whose report: the agency's name, or the regency's and "all PPIDs"."""
        chosen = self.agencies.get(agency) if agency else None
        if chosen is not None:
            return chosen.name
        return f"{self.agencies.regency}, {self.t('ppid-rep-all')}"


def _config(language: str | None, agency: str | None) -> Config:
    settings = settings_or_exit()
    try:
        agencies = load_agencies(settings.agencies)
        rules = load_sla(
            settings.agencies,
            settings.zone,
            environment_overrides(
                settings.sla_calendar, settings.sla_first_response, settings.sla_resolution
            ),
        )
    except AgenciesFileError as exc:
        raise fail(exc) from exc
    if agency is not None and agencies.get(agency) is None:
        known = ", ".join(agencies.codes())
        raise fail(ValueError(f"--agency: no agency {agency!r} (known: {known})"))
    if language is not None and language not in LANGUAGES:
        raise fail(ValueError(f"--language must be one of {', '.join(LANGUAGES)}"))
    return Config(settings, agencies, rules, Translator(language or settings.default_language))


def entries(
    config: Config, period: Period, agency: str | None
) -> tuple[list[RequestEntry], list[ObjectionEntry]]:
    """The period's requests and objections, read in one transaction."""
    from storage.ppid.register import objections_between, requests_between

    start, end = period.bounds(config.settings.zone)

    async def work(session: AsyncSession) -> tuple[list[RequestEntry], list[ObjectionEntry]]:
        requests = await requests_between(session, start, end, agency)
        return requests, await objections_between(session, start, end, agency)

    return in_transaction(config.settings, work)


def register_tables(
    config: Config, requests: list[RequestEntry], objections: list[ObjectionEntry]
) -> tuple[Table, Table]:
    t, zone = config.t, config.settings.zone
    return (
        request_table(requests, t, zone, config.calendar_for, t("ppid-reg-title-requests")),
        objection_table(objections, t, zone, t("ppid-reg-title-objections")),
    )


def figures(
    config: Config, period: Period, requests: list[RequestEntry], objections: list[ObjectionEntry]
) -> ReportFigures:
    return summarise(
        period,
        requests,
        objections,
        config.calendar_for,
        config.settings.zone,
    )


def _day(text: str, option: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError as exc:
        raise fail(ValueError(f"{option}: {text!r} is not a date like 2026-01-31")) from exc


@ppid_app.command("register")
def register(
    first: Annotated[str, typer.Option("--from", help="First day, 2026-01-01")],
    last: Annotated[str, typer.Option("--to", help="Last day (included), 2026-12-31")],
    agency: Annotated[str | None, typer.Option(help="Only this agency's PPID (its code)")] = None,
    output_format: Annotated[RegisterFormat, typer.Option("--format")] = RegisterFormat.XLSX,
    output: Annotated[
        Path | None,
        typer.Option(help="XLSX: the file (or its folder); CSV: the folder (default: here)"),
    ] = None,
    language: Annotated[str | None, typer.Option(help="Headers: id (default) or en")] = None,
) -> None:
    """The request register and the objection register for the days given (received
    and filed in the regency's zone), in the columns a PPID keeps them."""
    config = _config(language, agency)
    try:
        period = days(_day(first, "--from"), _day(last, "--to"))
    except PeriodError as exc:
        raise fail(exc) from exc
    requests, objections = entries(config, period, agency)
    tables = register_tables(config, requests, objections)
    suffix = f"{period.start.isoformat()}_{period.last_day.isoformat()}" + (
        f"-{agency}" if agency else ""
    )
    if output_format is RegisterFormat.XLSX:
        target = output_file(output, f"ppid-register-{suffix}.xlsx")
        target.write_bytes(write_xlsx(tables))
        written = [target]
    else:
        folder = output or Path(".")
        folder.mkdir(parents=True, exist_ok=True)
        written = []
        for name, table in zip(("permohonan", "keberatan"), tables, strict=True):
            target = folder / f"ppid-register-{name}-{suffix}.csv"
            target.write_bytes(write_csv(table))
            written.append(target)
    for path in written:
        typer.echo(f"wrote {path}")
    typer.echo(f"{len(requests)} requests, {len(objections)} objections")


@ppid_app.command("report")
def report(
    year: Annotated[int, typer.Option(help="The report's year, 2026", min=2000, max=2999)],
    semester: Annotated[
        int | None, typer.Option(help="1 (January-June) or 2 (July-December)", min=1, max=2)
    ] = None,
    agency: Annotated[str | None, typer.Option(help="Only this agency's PPID (its code)")] = None,
    output_format: Annotated[ReportFormat, typer.Option("--format")] = ReportFormat.PDF,
    output: Annotated[
        Path | None, typer.Option(help="The file to write (or the folder to write it in)")
    ] = None,
    language: Annotated[str | None, typer.Option(help="id (default) or en")] = None,
) -> None:
    """The service report: requests received and how they ended, rejections per
    ground, time to decide, objections per ground and outcome, channels, months."""
    config = _config(language, agency)
    period = report_period(year, semester)
    requests, objections = entries(config, period, agency)
    result = figures(config, period, requests, objections)
    scope = config.scope(agency)
    if output_format is ReportFormat.XLSX:
        data = report_xlsx(result, config.t)
    elif output_format is ReportFormat.MD:
        data = report_markdown(result, config.t, scope)
    else:
        data = report_pdf(result, config.t, config.agencies.regency, scope)
    name = f"ppid-report-{period.label}" + (f"-{agency}" if agency else "")
    target = output_file(output, f"{name}.{output_format.value}")
    target.write_bytes(data)
    typer.echo(f"wrote {target}")
    typer.echo(f"{result.received} requests, {result.objections.filed} objections")
