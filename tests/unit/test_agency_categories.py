"""Agency categories with English names (issue 14, item 9): an entry is a short name
or a mapping with ``name`` and ``name_en``; checked like every other key of the
agencies file."""

from __future__ import annotations

from typing import Any

import pytest

from domain.agencies import AgenciesFileError, parse_agencies
from domain.agency_categories import parse_categories


def _file(categories: Any) -> dict[str, Any]:
    agency = {"code": "pupr", "name": "Dinas PUPR", "staff_chat_id": "-1001",
              "categories": categories}  # fmt: skip
    return {"regency": "Kabupaten Contoh", "default_agency": "pupr", "agencies": [agency]}


def test_a_category_may_carry_its_english_name_and_a_plain_one_keeps_its_own() -> None:
    categories = ["Jalan rusak", {"name": "Jembatan", "name_en": "Bridges"}]
    pupr = parse_agencies(_file(categories))["pupr"]
    assert pupr.categories == ("Jalan rusak", "Jembatan")  # what tickets store
    assert pupr.category_in("Jembatan", "en") == "Bridges"
    assert pupr.category_in("Jembatan", "id") == "Jembatan"
    assert pupr.category_in("Jalan rusak", "en") == "Jalan rusak"


@pytest.mark.parametrize(
    ("categories", "says"),
    [
        ([{"name": "J", "nama_en": "X"}], r"\[0\]: unknown key 'nama_en' \(did you mean 'name_en"),
        ([{"name_en": "Bridges"}], "needs 'name'"),
        ([{"name": "Jembatan", "name_en": ""}], "name_en: each category needs 1-64"),
        ([{"name": "Jembatan", "name_en": "x" * 65}], "1-64"),
        ([{"name": "A", "name_en": "Road"}, {"name": "B", "name_en": "road"}], "English .* twice"),
        (["Jembatan", {"name": "jembatan", "name_en": "Bridges"}], "listed twice"),
    ],
)  # fmt: skip
def test_a_malformed_english_category_is_refused_naming_the_agency_entry_and_key(
    categories: list[Any], says: str
) -> None:
    with pytest.raises(AgenciesFileError, match=says) as refused:
        parse_agencies(_file(categories))
    assert "pupr" in str(refused.value)


def test_no_categories_is_none() -> None:
    assert parse_categories(None, "x") == ((), ())
