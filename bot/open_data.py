"""Open data: the published reports (and, beside them, the figures) of one month as
CSV and JSON, with the data dictionary and the licence. The same files are served
under ``/transparansi/data/`` and written by ``aduan opendata export``."""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy.ext.asyncio import AsyncSession

from domain.agencies import AgencyDirectory
from domain.publication.dictionary import REPORT_COLUMNS, Column, dictionary
from domain.publication.rules import open311_status
from storage import public_reports
from storage.models import PublishedReport

MONTH = re.compile(r"^(\d{4})-(0[1-9]|1[0-2])$")


@dataclass(frozen=True)
class Month:
    year: int
    month: int

    @classmethod
    def parse(cls, text: str) -> Month:
        match = MONTH.match(text.strip())
        if match is None or not 2000 <= int(match.group(1)) <= 2100:
            raise ValueError(f"not a month (YYYY-MM): {text[:20]!r}")
        return cls(int(match.group(1)), int(match.group(2)))

    @classmethod
    def of(cls, moment: datetime, zone: ZoneInfo) -> Month:
        local = moment.astimezone(zone)
        return cls(local.year, local.month)

    def __str__(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"

    def previous(self) -> Month:
        return Month(self.year - 1, 12) if self.month == 1 else Month(self.year, self.month - 1)

    def bounds(self, zone: ZoneInfo) -> tuple[datetime, datetime]:
        """[first moment of the month, first moment of the next) in the regency's zone."""
        start = datetime(self.year, self.month, 1, tzinfo=zone)
        following = (
            Month(self.year + 1, 1) if self.month == 12 else Month(self.year, self.month + 1)
        )
        return start, datetime(following.year, following.month, 1, tzinfo=zone)


def _when(moment: datetime | None, zone: ZoneInfo) -> str | None:
    return None if moment is None else moment.astimezone(zone).isoformat(timespec="seconds")


def report_row(
    report: PublishedReport, agencies: AgencyDirectory, zone: ZoneInfo, licence: str
) -> dict[str, Any]:
    agency = agencies.get(report.agency_code)
    return {
        "code": report.code,
        "agency_code": report.agency_code,
        "agency_name": agency.name if agency else report.agency_code,
        "category": report.category,
        "area": report.area,
        "address": report.address,
        "latitude": report.latitude,
        "longitude": report.longitude,
        "status": report.status,
        "status_open311": open311_status(report.status),
        "requested_at": _when(report.requested_at, zone),
        "updated_at": _when(report.updated_at, zone),
        "resolved_at": _when(report.resolved_at, zone),
        "description": report.description,
        "reply": report.reply,
        "licence": licence,
    }


def to_csv(columns: Sequence[Column], rows: Sequence[dict[str, Any]]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([c.name for c in columns])
    for row in rows:
        writer.writerow(["" if row.get(c.name) is None else row[c.name] for c in columns])
    return out.getvalue().encode("utf-8")


def to_json(
    title: str,
    month: Month,
    columns: Sequence[Column],
    rows: Sequence[dict[str, Any]],
    licence: str,
    publisher: str,
) -> bytes:
    document = {
        "title": title,
        "publisher": publisher,
        "period": str(month),
        "licence": licence,
        "fields": dictionary(tuple(columns)),
        "records": list(rows),
    }
    return json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8")


async def month_reports(
    session: AsyncSession,
    month: Month,
    agencies: AgencyDirectory,
    zone: ZoneInfo,
    licence: str,
) -> list[dict[str, Any]]:
    start, end = month.bounds(zone)
    found = await public_reports.in_period(session, start, end)
    return [report_row(r, agencies, zone, licence) for r in found]


def reports_files(
    month: Month, rows: Sequence[dict[str, Any]], licence: str, publisher: str
) -> dict[str, bytes]:
    """``laporan-YYYY-MM.csv`` and ``.json``: the month's published reports."""
    name = f"laporan-{month}"
    title = f"Laporan pengaduan yang dipublikasikan, {month}"
    return {
        f"{name}.csv": to_csv(REPORT_COLUMNS, rows),
        f"{name}.json": to_json(title, month, REPORT_COLUMNS, rows, licence, publisher),
    }
