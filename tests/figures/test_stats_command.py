"""``aduan stats`` on the seeded December: a table, CSV, JSON and an XLSX read back
(in-process, typer's runner: the seeded database is migrated and filled once)."""

from __future__ import annotations

import asyncio
import csv
import io
import json
from pathlib import Path

import pytest
from openpyxl import load_workbook

from storage.engine import create_engine, session_factory
from storage.migrate import upgrade
from tests.config.cli import Aduan
from tests.figures.seed import seed_december


@pytest.fixture(scope="module")
def seeded_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    folder = tmp_path_factory.mktemp("stats")
    url = f"sqlite+aiosqlite:///{folder}/stats.db"

    async def prepare() -> None:
        engine = create_engine(url)
        await upgrade(engine)
        await seed_december(session_factory(engine))
        await engine.dispose()

    asyncio.run(prepare())
    return url


@pytest.fixture
def aduan(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, seeded_url: str) -> Aduan:
    """``aduan`` on the seeded database, in this test's own folder."""
    return Aduan(monkeypatch, tmp_path).set(database_url=seeded_url)


def test_the_table_shows_each_agency_and_the_total_in_indonesian(aduan: Aduan) -> None:
    result = aduan("stats", "--period", "2026-12")
    assert result.exit_code == 0, result.stderr
    assert "Kinerja layanan 2026-12" in result.stdout
    lines = result.stdout.splitlines()
    pupr = next(line for line in lines if line.startswith("Dinas PUPR"))
    assert pupr.split()[2:4] == ["3", "2"]  # received, waiting now (also November's)
    assert any(line.startswith("Seluruh perangkat daerah") for line in lines)


def test_csv_and_json_carry_the_same_figures(aduan: Aduan) -> None:
    as_csv = aduan(
        "stats", "--period", "2026-12", "--format", "csv", "--language", "en",
    )  # fmt: skip
    rows = list(csv.DictReader(io.StringIO(as_csv.stdout.lstrip("\ufeff"))))
    dlh = next(row for row in rows if row["Agency"] == "DLH")
    assert dlh["First response, median (working hours)"] == "40.0"  # English: a point
    assert dlh["Answered on time (%)"] == "0.0"
    indonesian = aduan("stats", "--period", "2026-12", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(indonesian.stdout.lstrip("\ufeff"))))
    dlh = next(row for row in rows if row["Perangkat daerah"] == "DLH")
    assert dlh["Tanggapan pertama, median (jam kerja)"] == "40,0"  # Indonesian: a comma
    as_json = aduan(
        "stats", "--period", "2026-12", "--agency", "dlh", "--format", "json",
    )  # fmt: skip
    body = json.loads(as_json.stdout)
    assert [a["agency"] for a in body["agencies"]] == ["dlh"]
    assert body["total"]["response_median_seconds"] == 40 * 3600
    assert body["total"]["reassigned"] == 1 and body["total"]["behind_targets"] is True


def test_xlsx_is_written_with_the_figures_and_categories(aduan: Aduan, tmp_path: Path) -> None:
    result = aduan("stats", "--period", "2026-Q4", "--format", "xlsx")
    assert result.exit_code == 0, result.stderr
    book = load_workbook(tmp_path / "aduan-stats-2026-Q4.xlsx")
    figures, categories = book.worksheets
    assert book.sheetnames == ["Kinerja layanan 2026-Q4", "Kategori terbanyak 2026-Q4"]
    rows = list(figures.iter_rows(values_only=True))
    assert rows[0][0] == "Kinerja layanan 2026-Q4 — Semua jenis"  # the title, whole
    assert rows[1][0] == "Perangkat daerah"
    assert rows[-1][:2] == ("Seluruh perangkat daerah", 6)  # November's ticket too
    assert list(categories.iter_rows(values_only=True))[2] == ("jalan rusak", 2)


def test_a_period_that_is_not_one_is_refused_in_one_line(aduan: Aduan) -> None:
    result = aduan("stats", "--period", "desember")
    assert result.exit_code == 2 and "2026-Q3" in result.stderr


def test_stats_written_to_a_folder_take_their_usual_name_and_a_missing_folder_is_named(
    aduan: Aduan, tmp_path: Path
) -> None:
    (tmp_path / "angka").mkdir()
    for output_format in ("xlsx", "csv"):
        result = aduan(
            "stats", "--period", "2026-12", "--format", output_format, "--output", "angka"
        )
        assert result.exit_code == 0, result.output
    written = sorted(p.name for p in (tmp_path / "angka").iterdir())
    assert written == ["aduan-stats-2026-12.csv", "aduan-stats-2026-12.xlsx"]
    missing = aduan("stats", "--period", "2026-12", "--format", "json", "--output", "x/s.json")
    assert missing.exit_code == 2 and "there is no folder x: create it first" in missing.stderr
