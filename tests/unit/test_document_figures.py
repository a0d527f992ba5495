"""How figures read in every export, read back: a fraction with the decimal separator of
the table's language (Indonesian 2,5; English 2.5) in PDF, CSV and Markdown, a real
number in XLSX; a missing value "–" everywhere, as the dashboard shows it, and 0 still 0."""

from __future__ import annotations

import csv
import io

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from domain.documents.markdown import table_markdown
from domain.documents.pdf import TableBlock, write_pdf
from domain.documents.table import HeaderGroup, Table, figure_text
from domain.documents.tabular import write_csv, write_xlsx
from domain.i18n import number_text

# a water utility's complaints per district: a district with none yet has no mean time
# (missing), one with complaints all fixed the same day has 0 hours and 0 late
HEADERS = ("District", "Complaints", "Mean hours to fix", "Late")


def water(language: str, grouped: bool = False) -> Table:
    rows = [("Kota Lama", 12, 2.5, 1), ("Tanjung Harapan", 0, None, None),
            ("Sungai Baru", 4, 0.0, 0)]  # fmt: skip
    groups = (HeaderGroup(""), HeaderGroup("Figures", 3)) if grouped else ()
    return Table("Water", HEADERS, rows, groups=groups, sub_headers=HEADERS if grouped else (),
                 language=language)  # fmt: skip


def pdf_words(table: Table) -> str:
    data = write_pdf("Water", [TableBlock(table)])
    return " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages).split())


@pytest.mark.parametrize(("language", "mean"), [("id", "2,5"), ("en", "2.5")])
@pytest.mark.parametrize("grouped", [False, True])
def test_a_pdf_writes_fractions_as_its_language_does_and_a_missing_figure_as_a_dash(
    language: str, mean: str, grouped: bool
) -> None:
    text = pdf_words(water(language, grouped))
    assert f"Kota Lama 12 {mean} 1" in text
    assert "Tanjung Harapan 0 – –" in text  # none: a dash; no complaints: 0
    assert f"Sungai Baru 4 0{mean[1]}0 0" in text


@pytest.mark.parametrize(("language", "mean"), [("id", "2,5"), ("en", "2.5")])
def test_csv_and_markdown_write_the_same_text_as_the_pdf(language: str, mean: str) -> None:
    rows = list(csv.reader(io.StringIO(write_csv(water(language)).decode("utf-8-sig"))))
    assert rows[1:] == [["Kota Lama", "12", mean, "1"], ["Tanjung Harapan", "0", "–", "–"],
                        ["Sungai Baru", "4", f"0{mean[1]}0", "0"]]  # fmt: skip
    lines = table_markdown(water(language)).splitlines()
    assert lines[4:] == [f"| Kota Lama | 12 | {mean} | 1 |", "| Tanjung Harapan | 0 | – | – |",
                         f"| Sungai Baru | 4 | 0{mean[1]}0 | 0 |"]  # fmt: skip
    assert lines[3] == "|---|---:|---:|---:|"  # a column of figures and dashes: a number one


@pytest.mark.parametrize("language", ["id", "en"])
def test_xlsx_keeps_figures_as_numbers_and_shows_a_missing_one_as_a_dash(language: str) -> None:
    sheet = load_workbook(io.BytesIO(write_xlsx([water(language)]))).worksheets[0]
    rows = list(sheet.iter_rows(min_row=3, values_only=True))
    assert rows == [("Kota Lama", 12, 2.5, 1), ("Tanjung Harapan", 0, "–", "–"),
                    ("Sungai Baru", 4, 0, 0)]  # fmt: skip
    # the format code is locale-free: Excel and LibreOffice show 2,5 or 2.5 as their
    # reader's settings say, and the figure still sums
    assert sheet["C3"].number_format == "0.0" and sheet["C3"].data_type == "n"
    assert sheet["C4"].alignment.horizontal == "right"  # the dash under the figures


def test_a_missing_figure_is_a_dash_and_a_zero_stays_a_figure() -> None:
    assert [figure_text(v, "id") for v in (None, 0.0, 2.5)] == ["–", "0,0", "2,5"]
    assert [figure_text(v, "en", 0) for v in (None, 0.0, 85.2)] == ["–", "0", "85"]


def test_numbers_follow_the_language_without_thousands_separators() -> None:
    assert [number_text(v, "id") for v in (1234.56, 0.0, 66.666)] == ["1234,6", "0,0", "66,7"]
    assert [number_text(v, "en") for v in (1234.56, 0.0, 66.666)] == ["1234.6", "0.0", "66.7"]
    assert number_text(85.2, "id", 0) == "85" and number_text(3, "xx") == "3,0"
