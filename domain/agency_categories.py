"""An agency's ``categories`` in the agencies file: what a resident picks from after
choosing the agency. Each entry is a short name, or a mapping with its English name
for residents who chose English::

    categories:
      - Jalan rusak                                  # the same name in English
      - {name: Jembatan, name_en: Bridges}

The Indonesian ``name`` is what the ticket stores (the figures, the public page and
Open311 group by it); ``name_en`` is only shown. Both 1-64 characters, neither listed
twice; a misspelt key is an error naming the nearest valid one, as elsewhere in the
file (:mod:`domain.known_keys`)."""

from __future__ import annotations

from typing import Any

from domain.config_errors import AgenciesFileError
from domain.known_keys import unknown_keys

CATEGORY_KEYS = frozenset({"name", "name_en"})
MAX_NAME = 64

Categories = tuple[tuple[str, ...], tuple[tuple[str, str], ...]]  # names, (name, English)


def _name(raw: Any, where: str) -> str:
    name = " ".join(str(raw or "").split())
    if not name or len(name) > MAX_NAME:
        raise AgenciesFileError(f"{where}: each category needs 1-{MAX_NAME} characters")
    return name


def _entry(raw: Any, where: str) -> tuple[str, str | None]:
    if not isinstance(raw, dict):
        return _name(raw, where), None
    problems = unknown_keys(raw, CATEGORY_KEYS)
    if problems:
        raise AgenciesFileError(f"{where}: {problems[0]}")
    if "name" not in raw:
        raise AgenciesFileError(f"{where}: a category written as a mapping needs 'name'")
    english = _name(raw["name_en"], f"{where}.name_en") if "name_en" in raw else None
    return _name(raw["name"], where), english


def parse_categories(raw: Any, where: str) -> Categories:
    """The agency's category names and, for those that have one, their English names."""
    if raw is None:
        return (), ()
    if not isinstance(raw, list):
        raise AgenciesFileError(f"{where}: 'categories' must be a list of short names")
    entries = [_entry(item, f"{where}: categories[{i}]") for i, item in enumerate(raw)]
    names = tuple(name for name, _ in entries)
    if len({n.lower() for n in names}) != len(names):
        raise AgenciesFileError(f"{where}: a category is listed twice")
    english = tuple((name, en) for name, en in entries if en)
    if len({en.lower() for _, en in english}) != len(english):
        raise AgenciesFileError(f"{where}: an English category name is listed twice")
    return names, english
