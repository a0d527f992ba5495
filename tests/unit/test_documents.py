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
from domain.documents.table import HeaderGroup, Table
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
    assert book.sheetnames == ["Register permohonan 2026", "Kosong"]
    rows = list(book.worksheets[0].iter_rows(values_only=True))
    assert rows[0] == ("Register: permohonan/2026", None, None, None)  # the title, whole
    assert rows[1] == ("No", "Tanggal", "Nama", "Hari")
    assert rows[2] == (1, datetime(2026, 1, 5), "Budi “Santoso” – Kec. Sukamaju", 7)
    assert rows[3] == (2, datetime(2026, 2, 3, 9, 30), '=HYPERLINK("x")', "–")
    assert book.worksheets[0]["C4"].data_type == "s"


def test_csv_is_utf8_with_a_bom_and_defuses_formulas() -> None:
    data = write_csv(TABLE)
    assert data.startswith("\ufeff".encode())
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert rows[1] == ["1", "05-01-2026", "Budi “Santoso” – Kec. Sukamaju", "7"]
    assert rows[2][2].startswith("'=") and rows[2][3] == "–"  # nothing there: as on the dashboard


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


# a table of a school's marks: the name alone, two groups of columns with short names
MARKS = Table(
    "Nilai",
    ("Nama siswa", "Matematika, ujian tengah", "Matematika, ujian akhir", "Bahasa, lisan",
     "Bahasa, tulis", "Bahasa, rata-rata"),
    [("Rina Kusumawardhani", 81.5, 90.0, 77, 85, 81.0), ("Ali", None, 60.25, 70, 72, 71.0)],
    groups=(HeaderGroup(""), HeaderGroup("Matematika", 2), HeaderGroup("Bahasa Indonesia", 3)),
    sub_headers=("Nama siswa", "UTS", "UAS", "Lisan", "Tulis", "Rata-rata"),
)  # fmt: skip


def test_a_grouped_table_s_xlsx_merges_each_group_over_its_columns_short_names() -> None:
    sheet = load_workbook(io.BytesIO(write_xlsx([MARKS]))).worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))[1:]  # under the title
    assert rows[0] == ("Nama siswa", "Matematika", None, "Bahasa Indonesia", None, None)
    assert rows[1] == (None, "UTS", "UAS", "Lisan", "Tulis", "Rata-rata")
    assert rows[2] == ("Rina Kusumawardhani", 81.5, 90, 77, 85, 81)
    assert {str(r) for r in sheet.merged_cells.ranges} == {"A2:A3", "B2:C2", "D2:F2"}
    assert sheet.freeze_panes == "A4" and sheet["B2"].alignment.horizontal == "center"
    assert sheet.column_dimensions["A"].width >= len("Rina Kusumawardhani")
    assert sheet["C5"].number_format == "0.0"  # 60.25 with one decimal, as in CSV and PDF
    header = write_csv(MARKS).decode("utf-8-sig").splitlines()[0]
    assert header.startswith('Nama siswa,"Matematika, ujian tengah"')  # CSV: the full names


def test_a_grouped_table_wider_than_a_portrait_page_turns_it_a_plain_one_does_not() -> None:
    wide = Table(
        "Lebar", tuple(f"Kolom nomor {n}" for n in range(16)), [tuple(range(1000, 1016))],
        groups=tuple(HeaderGroup(f"Kelompok {n}", 2) for n in range(8)),
        sub_headers=tuple(f"Tahun {n}" for n in range(16)),
    )  # fmt: skip
    for table, across in ((wide, True), (MARKS, False), (TABLE, False)):
        page = PdfReader(io.BytesIO(write_pdf("Uji", [TableBlock(table)]))).pages[0]
        assert (page.mediabox.width > page.mediabox.height) is across, table.title
    text = " ".join(pdf_text(write_pdf("Uji", [TableBlock(MARKS)])).split())
    assert "Nama siswa Matematika Bahasa Indonesia UTS UAS Lisan Tulis Rata-rata" in text
    assert "Rina Kusumawardhani 81,5 90,0 77 85 81,0" in text


def test_header_groups_that_do_not_cover_the_columns_are_refused() -> None:
    with pytest.raises(ValueError, match="header groups"):
        Table("x", ("a", "b", "c"), groups=(HeaderGroup("g", 2),), sub_headers=("a", "b", "c"))
    with pytest.raises(ValueError, match="header groups"):
        Table("x", ("a", "b"), groups=(HeaderGroup("", 2),), sub_headers=("a", "b"))


def test_an_english_export_names_the_month_so_a_day_never_reads_as_a_month() -> None:
    english = Table("Register", TABLE.headers, TABLE.rows, language="en")
    rows = list(csv.reader(io.StringIO(write_csv(english).decode("utf-8-sig"))))
    assert rows[1][1] == "5 Jan 2026" and rows[2][1] == "3 Feb 2026 09:30"
    sheet = load_workbook(io.BytesIO(write_xlsx([english]))).worksheets[0]
    assert sheet["B3"].number_format == "d mmm yyyy"  # Excel shows the month's name
    assert sheet["B4"].number_format == "d mmm yyyy hh:mm"
    assert "5 Jan 2026" in pdf_text(write_pdf("Register", [TableBlock(english)]))
