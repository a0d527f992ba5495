"""The sample agencies file shows the optional areas and categories as commented-out
examples: uncommented as an operator would (the "# " removed), they load, and
``aduan check-config`` accepts the file."""

from __future__ import annotations

import re
from pathlib import Path

from bot.config import sample_agencies_path
from domain.agencies import load_agencies
from tests.config.cli import GOOD_TOKEN, Aduan

EXAMPLE = re.compile(
    r"^( *)# ((?:areas|areas_radius_km|categories):"
    r"|  - kecamatan:|    (?:desa|center):|  - \{name:)",
    re.MULTILINE,
)


def uncommented(folder: Path) -> Path:
    text, count = EXAMPLE.subn(r"\1\2", sample_agencies_path().read_text(encoding="utf-8"))
    assert count > 10
    path = folder / "agencies.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_the_sample_s_area_and_category_examples_load_once_uncommented(tmp_path: Path) -> None:
    directory = load_agencies(uncommented(tmp_path))
    districts = {d.name: d.villages for d in directory.areas.districts}
    assert set(districts) == {"Sukamaju Kota", "Cibeureum", "Pasirjambu"}
    assert "Sindangsari" in districts["Cibeureum"]
    assert directory.areas.in_text("Jl. Raya No. 3, Desa Cikondang").kecamatan == "Cibeureum"  # type: ignore[union-attr]
    pupr = directory.get("pupr")
    assert pupr is not None and "Jembatan" in pupr.categories
    assert pupr.category_in("Jembatan", "en") == "Bridge"
    assert {a.code for a in directory.agencies if a.categories} == {"pupr", "dlh", "perkim"}


def test_the_sample_as_shipped_asks_for_no_area_or_category() -> None:
    directory = load_agencies(sample_agencies_path())
    assert not directory.areas and not any(a.categories for a in directory.agencies)


def test_check_config_accepts_the_sample_with_its_examples_uncommented(aduan: Aduan) -> None:
    aduan.set(telegram_token=GOOD_TOKEN, agencies=str(uncommented(aduan.folder)))
    result = aduan("check-config")
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("ok: 15 agencies")
