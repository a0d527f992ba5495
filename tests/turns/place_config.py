"""An agencies file with the regency's kecamatan/desa (``areas``) and categories for
Dinas PUPR: the sample file plus those, written where a test wants it."""

from __future__ import annotations

from pathlib import Path

import yaml

from bot.config import Settings

AREAS = [
    {"kecamatan": "Sukamaju Kota", "desa": ["Sukamaju", "Margahayu"], "center": [-6.90, 107.60]},
    {"kecamatan": "Sukasari", "desa": ["Cibeureum", "Margahayu"], "center": [-7.10, 107.80]},
    {"kecamatan": "Cikalong", "desa": ["Mekarsari"]},
]
PUPR_CATEGORIES = ["Jalan rusak", "Jembatan", "Drainase / saluran air"]


def agencies_with_places(folder: Path) -> Path:
    sample = Settings(database_url="sqlite+aiosqlite://").agencies
    data = yaml.safe_load(sample.read_text(encoding="utf-8"))
    data["areas"] = AREAS
    for agency in data["agencies"]:
        if agency["code"] == "pupr":
            agency["categories"] = PUPR_CATEGORIES
    path = folder / "agencies.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path
