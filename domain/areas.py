"""The regency's kecamatan and desa/kelurahan (the ``areas`` list of the agencies file),
and finding them in what a resident wrote or the pin they dropped.

```yaml
areas:
  - kecamatan: Sukamaju Kota
    desa: [Sukamaju, Sukasari, Margahayu]
    center: [-6.9175, 107.6191]   # optional: a pin within ``radius_km`` of it is here
```

The public page, the open data and Open311 show a report's kecamatan and desa (never
the exact address of an anonymous one); the complaint reads them from the address or
the pin when it can and otherwise asks for the kecamatan with buttons (skippable).
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass
from typing import Any

from domain.config_errors import AgenciesFileError
from domain.known_keys import unknown_keys

AREA_KEYS = frozenset({"kecamatan", "desa", "center"})
DEFAULT_RADIUS_KM = 8.0
MAX_NAME = 100
# words that name the kind of area, not the area (``Kec. Sukamaju`` is ``Sukamaju``)
_PREFIXES = re.compile(r"\b(kecamatan|kec|desa|kelurahan|kel|ds)\b")


@dataclass(frozen=True)
class District:
    """A kecamatan, its desa/kelurahan, and optionally its centre (lat, lon)."""

    name: str
    villages: tuple[str, ...] = ()
    center: tuple[float, float] | None = None


@dataclass(frozen=True)
class Area:
    kecamatan: str
    desa: str | None = None

    def as_details(self) -> dict[str, str]:
        found = {"kecamatan": self.kecamatan}
        if self.desa:
            found["desa"] = self.desa
        return found


def fold(text: str) -> str:
    """Lower case, punctuation as spaces, padded: whole names match as `` name ``."""
    text = unicodedata.normalize("NFKC", text).lower()
    return " " + " ".join(re.sub(r"[^\w]+", " ", text).split()) + " "


@dataclass(frozen=True)
class Gazetteer:
    districts: tuple[District, ...] = ()
    radius_km: float = DEFAULT_RADIUS_KM

    def __bool__(self) -> bool:
        return bool(self.districts)

    def in_text(self, text: str) -> Area | None:
        """The area a written address names: a desa (with its kecamatan), else a
        kecamatan. A desa name two kecamatan share counts only with its kecamatan."""
        folded = fold(text)
        named = [d for d in self.districts if fold(d.name) in folded]
        villages = [
            (district, village)
            for district in self.districts
            for village in district.villages
            if fold(village) in folded
        ]
        if named:
            villages = [(d, v) for d, v in villages if d in named] or villages
        if len({d.name for d, _ in villages}) == 1:
            district, village = max(villages, key=lambda found: len(found[1]))
            return Area(district.name, village)
        if len(named) == 1:
            return Area(named[0].name)
        return None

    def near(self, latitude: float, longitude: float) -> Area | None:
        """The kecamatan whose centre is nearest the pin, within ``radius_km``."""
        best: tuple[float, District] | None = None
        for district in self.districts:
            if district.center is None:
                continue
            distance = _km(latitude, longitude, *district.center)
            if distance <= self.radius_km and (best is None or distance < best[0]):
                best = (distance, district)
        return Area(best[1].name) if best else None

    def by_typed_name(self, text: str) -> Area | None:
        """A kecamatan typed instead of pressed (``kec. sukamaju``), or a desa."""
        typed = fold(_PREFIXES.sub(" ", fold(text)))
        for district in self.districts:
            if fold(district.name) == typed:
                return Area(district.name)
        return self.in_text(text)


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(a))


def _name(value: Any, where: str) -> str:
    name = " ".join(str(value or "").split())
    if not name or len(name) > MAX_NAME:
        raise AgenciesFileError(f"{where}: a name of 1-{MAX_NAME} characters is required")
    return name


def _center(value: Any, where: str) -> tuple[float, float] | None:
    if value is None:
        return None
    try:
        latitude, longitude = (float(v) for v in value)
    except (TypeError, ValueError) as exc:
        raise AgenciesFileError(f"{where}.center: expected [latitude, longitude]") from exc
    if not (-90 <= latitude <= 90 and -180 <= longitude <= 180):
        raise AgenciesFileError(f"{where}.center: latitude -90..90, longitude -180..180")
    return latitude, longitude


def _district(raw: Any, where: str) -> District:
    if not isinstance(raw, dict):
        raise AgenciesFileError(f"{where}: expected a mapping with 'kecamatan' and 'desa'")
    problems = unknown_keys(raw, AREA_KEYS)
    if problems:
        raise AgenciesFileError(f"{where}: " + "; ".join(problems))
    villages = raw.get("desa") or []
    if not isinstance(villages, list):
        raise AgenciesFileError(f"{where}.desa: expected a list of names")
    return District(
        name=_name(raw.get("kecamatan"), f"{where}.kecamatan"),
        villages=tuple(_name(v, f"{where}.desa") for v in villages),
        center=_center(raw.get("center"), where),
    )


def parse_areas(raw: Any, radius: Any, source: str) -> Gazetteer:
    """The ``areas`` list (and ``areas_radius_km``) of the agencies file."""
    if raw is None:
        return Gazetteer()
    if not isinstance(raw, list):
        raise AgenciesFileError(f"{source}: 'areas' must be a list of kecamatan")
    districts = tuple(_district(item, f"{source}: areas[{i}]") for i, item in enumerate(raw))
    names = [fold(d.name) for d in districts]
    if len(set(names)) != len(names):
        raise AgenciesFileError(f"{source}: 'areas' names a kecamatan twice")
    try:
        radius_km = float(radius) if radius is not None else DEFAULT_RADIUS_KM
    except (TypeError, ValueError) as exc:
        raise AgenciesFileError(f"{source}: 'areas_radius_km' must be a number") from exc
    return Gazetteer(districts, radius_km)
