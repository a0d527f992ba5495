"""``aduan ppid register`` and ``aduan ppid report`` on the seeded year: the XLSX read
back with openpyxl, the CSV with the csv module, the PDF's text extracted with pypdf."""

from __future__ import annotations

import asyncio
import csv
import io
from datetime import datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from storage.engine import create_engine, session_factory
from storage.migrate import upgrade
from tests.config.cli import Aduan
from tests.ppid.seed import seed_year


@pytest.fixture(scope="module")
def seeded_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    folder = tmp_path_factory.mktemp("ppid")
    url = f"sqlite+aiosqlite:///{folder}/ppid.db"

    async def prepare() -> None:
        engine = create_engine(url)
        await upgrade(engine)
        await seed_year(session_factory(engine))
        await engine.dispose()

    asyncio.run(prepare())
    return url


@pytest.fixture
def aduan(seeded_url: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Aduan:
    """``aduan`` in-process, in the test's folder, on the seeded database."""
    return Aduan(monkeypatch, tmp_path).set(database_url=seeded_url)


def test_the_register_workbook_has_both_registers_in_a_ppids_columns(
    aduan: Aduan, tmp_path: Path
) -> None:
    result = aduan(
        "ppid", "register", "--from", "2026-01-01", "--to", "2026-12-31")  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "10 requests, 4 objections" in result.stdout
    book = load_workbook(tmp_path / "ppid-register-2026-01-01_2026-12-31.xlsx")
    assert book.sheetnames == ["Register Permohonan", "Register Keberatan"]
    requests = list(book["Register Permohonan"].iter_rows(min_row=2, values_only=True))
    assert requests[0][:8] == (
        "No.", "Tanggal Permohonan", "Nomor Pendaftaran", "Nama Pemohon",
        "Nomor Telepon/E-mail", "Pekerjaan", "Rincian Informasi yang Dibutuhkan",
        "Tujuan Penggunaan Informasi",
    )  # fmt: skip
    assert len(requests) == 11
    last = dict(zip(requests[0], requests[-1], strict=True))
    assert last["Tanggal Permohonan"] == datetime(2026, 12, 31, 23, 30)  # WIB, as written
    assert last["Tanggal Pemberitahuan Tertulis"] == datetime(2027, 1, 6, 9, 0)
    assert last["Jangka Waktu (hari kerja)"] == 2
    objections = list(book["Register Keberatan"].iter_rows(min_row=2, values_only=True))
    assert objections[0][2] == "Nomor Registrasi Keberatan" and len(objections) == 5
    assert objections[2][9] == "Keberatan diterima"


def test_the_register_as_csv_is_two_files_for_one_agency(aduan: Aduan, tmp_path: Path) -> None:
    result = aduan(
        "ppid", "register", "--from", "2026-01-01", "--to", "2026-06-30", "--agency", "dinkes",
        "--format", "csv", "--output", str(tmp_path / "out"))  # fmt: skip
    assert result.exit_code == 0, result.output
    raw = tmp_path / "out" / "ppid-register-permohonan-2026-01-01_2026-06-30-dinkes.csv"
    rows = list(csv.DictReader(io.StringIO(raw.read_text(encoding="utf-8-sig"))))
    assert [r["Nomor Pendaftaran"] for r in rows] == ["INF-2602-0001", "INF-2603-0001"]
    assert rows[0]["Tanggal Permohonan"] == "02-02-2026 09:00"
    assert rows[1]["Jangka Waktu (hari kerja)"] == "12"
    kept = tmp_path / "out" / "ppid-register-keberatan-2026-01-01_2026-06-30-dinkes.csv"
    assert len(kept.read_text(encoding="utf-8-sig").splitlines()) == 3


def test_a_wrong_agency_or_date_is_refused_in_one_line(aduan: Aduan, tmp_path: Path) -> None:
    bad = aduan("ppid", "register", "--from", "2026-13-01", "--to", "2026-12-31")  # fmt: skip
    assert bad.exit_code == 2 and "not a date like" in bad.stderr
    unknown = aduan("ppid", "report", "--year", "2026", "--agency", "nope")  # fmt: skip
    assert unknown.exit_code == 2 and "no agency 'nope'" in unknown.stderr


def test_output_to_a_folder_writes_the_usual_name_in_it_and_a_missing_folder_is_named(
    aduan: Aduan, tmp_path: Path
) -> None:
    (tmp_path / "laporan").mkdir()
    year = ("--from", "2026-01-01", "--to", "2026-12-31")
    assert aduan("ppid", "register", *year, "--output", "laporan").exit_code == 0
    assert aduan("ppid", "report", "--year", "2026", "--output", "laporan").exit_code == 0
    written = sorted(p.name for p in (tmp_path / "laporan").iterdir())
    assert written == ["ppid-register-2026-01-01_2026-12-31.xlsx", "ppid-report-2026.pdf"]
    missing = aduan("ppid", "report", "--year", "2026", "--output", "arsip/2026.pdf")
    assert missing.exit_code == 2
    assert "there is no folder arsip: create it first (mkdir -p arsip)" in missing.stderr
    assert not (tmp_path / "arsip").exists()


def test_the_report_pdf_has_a_table_per_section_and_the_months_chart(
    aduan: Aduan, tmp_path: Path
) -> None:
    result = aduan("ppid", "report", "--year", "2026", "--format", "pdf")  # fmt: skip
    assert result.exit_code == 0, result.output
    reader = PdfReader(tmp_path / "ppid-report-2026.pdf")
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert "Laporan Layanan Informasi Publik Tahun 2026" in text  # table cells: a line each
    assert "Kabupaten Sukamaju, seluruh PPID" in text
    for heading in ("Ringkasan permohonan", "Dasar pengecualian (pasal 17)", "Waktu memutuskan",
                    "Keberatan per alasan (pasal 35)", "Saluran permohonan",
                    "Permohonan per bulan"):  # fmt: skip
        assert heading in text
    assert "Rata-rata (hari kerja)\n7,4" in text and "Median (hari kerja)\n6,0" in text
    assert "Diputuskan dalam 10 hari kerja\n5\n62,5" in text
    assert "Biaya yang tidak wajar\n1\n0\n1\n0" in text
    assert "Nov\nDes" in text  # the chart's months
    assert "Januari 2026\n2\nFebruari 2026\n1" in text


def test_the_report_as_markdown_and_xlsx_for_a_semester_of_one_agency(
    aduan: Aduan, tmp_path: Path
) -> None:
    md = aduan(
        "ppid", "report", "--year", "2026", "--semester", "1", "--agency", "disdukcapil",
        "--format", "md", "--language", "en")  # fmt: skip
    assert md.exit_code == 0, md.output
    text = (tmp_path / "ppid-report-2026-S1-disdukcapil.md").read_text(encoding="utf-8")
    assert text.startswith("# Public Information Service Report Semester 1 2026 — Dinas")
    assert "| Requests received | 2 | 100.0 |" in text  # English: a decimal point
    assert "| Granted in part | 1 | 50.0 |" in text
    xlsx = aduan("ppid", "report", "--year", "2026", "--format", "xlsx")  # fmt: skip
    assert xlsx.exit_code == 0, xlsx.output
    book = load_workbook(tmp_path / "ppid-report-2026.xlsx")
    assert len(book.sheetnames) == 6
    summary = {row[0]: row[1] for row in book["Ringkasan permohonan"].iter_rows(values_only=True)}
    assert summary["Permohonan diterima"] == 10 and summary["Ditolak (dikecualikan)"] == 2
    channels = list(book["Saluran permohonan"].iter_rows(min_row=2, values_only=True))
    assert channels[1:] == [("Telegram", 5, 50.0), ("WhatsApp", 4, 40.0),
                            ("Open311 (aplikasi lain)", 1, 10.0)]  # fmt: skip


def test_the_report_and_register_workbooks_size_every_column_to_what_it_holds(
    aduan: Aduan, tmp_path: Path
) -> None:
    assert aduan("ppid", "report", "--year", "2026", "--format", "xlsx").exit_code == 0
    assert aduan("ppid", "register", "--from", "2026-01-01", "--to", "2026-12-31").exit_code == 0
    for name in ("ppid-report-2026.xlsx", "ppid-register-2026-01-01_2026-12-31.xlsx"):
        for sheet in load_workbook(tmp_path / name).worksheets:
            assert sheet.freeze_panes == "A3", sheet.title  # the title and the header
            for cells in sheet.iter_cols(min_row=2):
                width = sheet.column_dimensions[cells[0].column_letter].width
                header = max(len(word) for word in str(cells[0].value).split())
                assert width >= header * 1.15, (sheet.title, cells[0].value, width)  # whole words
                for cell in cells[1:]:  # each value whole on a line, or wrapped
                    text = f"{cell.value:%d-%m-%Y %H:%M}" if cell.is_date else str(cell.value)
                    assert width >= len(text) or cell.alignment.wrap_text, (cell.coordinate, width)
    summary = load_workbook(tmp_path / "ppid-report-2026.xlsx")["Ringkasan permohonan"]
    assert summary.column_dimensions["A"].width > 30  # the labels ("Dikabulkan sebagian"…)
    timing = list(load_workbook(tmp_path / "ppid-report-2026.xlsx")["Waktu memutuskan"].values)
    assert timing[3][0].startswith("Rata-rata") and timing[3][2] == "–"  # no share of a mean
