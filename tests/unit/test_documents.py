"""The generic document writers: what goes in comes back out (XLSX read back with
openpyxl, CSV parsed, PDF text extracted with pypdf)."""

from __future__ import annotations

import csv
import io
from datetime import UTC, date, datetime

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from domain.documents.pdf import BarChart, Fields, Heading, Letterhead, TableBlock, Text, write_pdf
from domain.documents.table import Table
from domain.documents.tabular import write_csv, write_xlsx

TABLE = Table(
    "Register: permohonan/2026",
    ("No", "Tanggal", "Nama", "Hari"),
    [
        (1, date(2026, 1, 5), "Budi “Santoso” – Kec. Sukamaju", 7),
        (2, datetime(2026, 2, 3, 9, 30, tzinfo=UTC), '=HYPERLINK("x")', None),
    ],
)


def pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def test_xlsx_holds_each_table_as_a_sheet_with_real_dates_and_text_never_a_formula() -> None:
    book = load_workbook(io.BytesIO(write_xlsx([TABLE, Table("Kosong", ("a",))])))
    assert book.sheetnames == ["Register  permohonan 2026", "Kosong"]
    rows = list(book.worksheets[0].iter_rows(values_only=True))
    assert rows[0] == ("No", "Tanggal", "Nama", "Hari")
    assert rows[1] == (1, datetime(2026, 1, 5), "Budi “Santoso” – Kec. Sukamaju", 7)
    assert rows[2] == (2, datetime(2026, 2, 3, 9, 30), '=HYPERLINK("x")', None)
    assert book.worksheets[0]["C3"].data_type == "s"


def test_csv_is_utf8_with_a_bom_and_defuses_formulas() -> None:
    data = write_csv(TABLE)
    assert data.startswith("\ufeff".encode())
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert rows[1] == ["1", "05-01-2026", "Budi “Santoso” – Kec. Sukamaju", "7"]
    assert rows[2][2].startswith("'=")


def test_a_row_of_the_wrong_length_is_refused() -> None:
    with pytest.raises(ValueError, match="row 1 has 1 cells"):
        Table("x", ("a", "b"), [("only",)])


def test_pdf_shows_indonesian_text_and_drops_what_the_font_cannot_draw() -> None:
    data = write_pdf(
        "Uji",
        [
            Letterhead(("PEMERINTAH KABUPATEN SUKAMAJU", "Jl. Merdeka No. 1")),
            Heading("Pemberitahuan Tertulis 📄"),
            Text("Informasi “akta kelahiran” … diberikan sebagian – 5 hari kerja."),
            Fields((("Nomor permohonan", "INF-2611-0001"),)),
            TableBlock(TABLE),
            BarChart("Permohonan per bulan", ("Jan", "Feb"), (3, 5)),
        ],
    )
    text = pdf_text(data)
    assert "PEMERINTAH KABUPATEN SUKAMAJU" in text
    assert "Informasi “akta kelahiran” … diberikan sebagian – 5 hari kerja." in text
    assert "INF-2611-0001" in text and "Budi “Santoso”" in text
    assert "📄" not in text and "Permohonan per bulan" in text
