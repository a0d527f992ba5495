"""The overview's XLSX and PDF read back: the dashboard's grouped headers (a group's
label over its columns' short names, a column standing alone spanning both header
rows), columns that fit what they hold, frozen header rows, a landscape page whose
header and rows come out whole."""

from __future__ import annotations

import io
from collections.abc import AsyncIterator

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from tests.dashboard.site import SUPERVISOR, SUPERVISORS, Site, dashboard_site

GROUPS_ID = (
    "Perangkat daerah", "Diterima", "Menunggu sekarang", "Lewat tenggat sekarang",
    "Tanggapan pertama (jam kerja)", None, "Penyelesaian (jam kerja)", None,
    "Tepat waktu (%)", None, "Dialihkan", "Ditolak", "Dibuka kembali", "Penilaian", None,
    None, "Kanal", None,
)  # fmt: skip
SUBS_ID = (
    None, None, None, None, "Median", "p90", "Median", "p90", "Ditanggapi", "Selesai", None,
    None, None, "Rata-rata", "Dinilai (%)", "Nilai 4–5 (%)", "Telegram", "WhatsApp",
)  # fmt: skip
# PUPR's December (tests.figures.seed): received, waiting, overdue, first response and
# resolution median and p90 (working hours), on time (%), reassigned, rejected, reopened,
# rating, rated (%), rated 4-5 (%), Telegram, WhatsApp
PUPR = ("Dinas PUPR", 3, 2, 2, 5.0, 7.4, 12.0, 20.0, 66.7, 100.0, 0, 0, 0, 5.0, 50.0, 100.0, 2, 1)
HEADER_EN = (
    "Agency Received Waiting now Overdue now First response (working hours) Resolution "
    "(working hours) On time (%) Reassigned Rejected Reopened Rating Channel Median p90 "
    "Median p90 Answered Resolved Mean Rated (%) Rated 4–5 (%) Telegram WhatsApp"
)


@pytest.fixture
async def site(sqlite_url: str) -> AsyncIterator[Site]:
    async with dashboard_site(sqlite_url) as running:
        await running.login(SUPERVISORS, SUPERVISOR)
        yield running


async def test_the_xlsx_has_the_grouped_header_frozen_over_columns_that_fit(site: Site) -> None:
    answer = await site.client.get("/dasbor/ringkasan.xlsx?periode=2026-12")
    book = load_workbook(io.BytesIO(await answer.read()))
    # short, valid sheet names; the whole title in the first row
    assert book.sheetnames == ["Kinerja layanan 2026-12", "Kategori terbanyak 2026-12"]
    sheet = book.worksheets[0]
    assert sheet["A1"].value == "Kinerja layanan 2026-12 — Semua jenis"
    rows = list(sheet.iter_rows(min_row=2, values_only=True))
    assert rows[0] == GROUPS_ID and rows[1] == SUBS_ID
    merged = {str(r) for r in sheet.merged_cells.ranges}
    assert {"A2:A3", "E2:F2", "G2:H2", "I2:J2", "M2:M3", "N2:P2", "Q2:R2"} <= merged
    assert sheet.freeze_panes == "A4"  # the title and both header rows stay in view
    assert PUPR in rows and rows[-1][:2] == ("Seluruh perangkat daerah", 5)
    assert sheet["F6"].number_format == "0.0"  # PUPR's 7.4 hours, as the PDF shows it
    for column, cells in enumerate(sheet.iter_cols(min_row=2, values_only=True), start=1):
        width = sheet.column_dimensions[chr(64 + column)].width
        values = [str(v) for v in cells[2:] if v is not None]
        words = [w for v in cells[:2] if isinstance(v, str) and v in SUBS_ID + GROUPS_ID[:4]
                 for w in v.split()]  # fmt: skip
        assert width >= max(map(len, values + words)), (column, width)
    assert sheet.row_dimensions[2].height and sheet.row_dimensions[3].height  # wrapped text


async def test_the_pdf_is_a_landscape_page_with_the_two_row_header_whole(site: Site) -> None:
    answer = await site.client.get("/dasbor/ringkasan.pdf?periode=2026-12&lang=en")
    first = PdfReader(io.BytesIO(await answer.read())).pages[0]
    assert first.mediabox.width > first.mediabox.height  # A4 across: eighteen columns
    text = " ".join(first.extract_text().split())
    # the groups, then the short names beneath; no word broken for want of room
    assert HEADER_EN in text
    # in English a decimal point, as the English dashboard shows them
    # and the agencies and the regency by their English names
    assert "Public Works 3 2 2 5.0 7.4 12.0 20.0 66.7 100.0 0 0 0 5.0 50.0 100.0 2 1" in text
    assert "Sukamaju Regency" in text and "Dinas PUPR" not in text
    assert "All agencies 5 2 2 8.0 33.6" in text
    starts: list[float] = []

    def seen(text: str, cm: list[float], tm: list[float], *_: object) -> None:
        if text.strip():
            starts.append(tm[4] * cm[0] + cm[4])

    first.extract_text(visitor_text=seen)
    margin = 20 / 25.4 * 72  # 20 mm
    assert margin - 5 < min(starts) and max(starts) < float(first.mediabox.width) - margin
