"""The regency's kecamatan/desa and agencies' categories in the agencies file, and
finding an area in an address or near a pin."""

from __future__ import annotations

from typing import Any

import pytest

from domain.agencies import AgenciesFileError, parse_agencies
from domain.areas import Area, District, Gazetteer, parse_areas

GAZETTEER = Gazetteer(
    (
        District("Sukamaju Kota", ("Sukamaju", "Margahayu"), (-6.90, 107.60)),
        District("Sukasari", ("Cibeureum", "Margahayu"), (-7.10, 107.80)),
    ),
    radius_km=8,
)


def _file(**extra: Any) -> dict[str, Any]:
    agency = {"code": "pupr", "name": "Dinas PUPR", "staff_chat_id": "-1001"}
    agency.update(extra.pop("agency", {}))
    return {"default_agency": "pupr", "agencies": [agency], **extra}


def test_a_desa_names_its_kecamatan_and_a_kecamatan_alone_is_kept() -> None:
    assert GAZETTEER.in_text("Jl. Melati 5, desa CIBEUREUM") == Area("Sukasari", "Cibeureum")
    assert GAZETTEER.in_text("Kecamatan Sukasari, dekat pasar") == Area("Sukasari")
    assert GAZETTEER.in_text("Margahayu, Kec. Sukasari") == Area("Sukasari", "Margahayu")


def test_a_desa_in_two_kecamatan_or_no_name_at_all_tells_nothing() -> None:
    assert GAZETTEER.in_text("Desa Margahayu") is None
    assert GAZETTEER.in_text("depan pasar lama") is None
    assert GAZETTEER.in_text("Jl. Sukamajuan") is None  # whole names only


def test_a_pin_tells_the_nearest_kecamatan_within_the_radius() -> None:
    assert GAZETTEER.near(-6.91, 107.61) == Area("Sukamaju Kota")
    assert GAZETTEER.near(-8.5, 110.0) is None


def test_the_agencies_file_reads_areas_and_categories() -> None:
    directory = parse_agencies(
        _file(
            areas=[{"kecamatan": "Sukasari", "desa": ["Cibeureum"], "center": [-7.1, 107.8]}],
            areas_radius_km=5,
            agency={"categories": ["Jalan rusak", "Jembatan"]},
        )
    )
    assert directory.areas.districts[0].villages == ("Cibeureum",)
    assert directory.areas.radius_km == 5
    assert directory["pupr"].categories == ("Jalan rusak", "Jembatan")
    assert not parse_agencies(_file()).areas  # optional: nothing asked without it


@pytest.mark.parametrize(
    ("extra", "says"),
    [
        ({"areas": [{"kecamatan": "A", "desaa": ["B"]}]}, "desa"),
        ({"areas": [{"kecamatan": "A"}, {"kecamatan": "a"}]}, "twice"),
        ({"areas": [{"kecamatan": "A", "center": [200, 1]}]}, "center"),
        ({"areas": "Sukasari"}, "list"),
        ({"agency": {"categories": ["Jalan", "jalan"]}}, "twice"),
        ({"agency": {"categories": "Jalan"}}, "categories"),
    ],
)
def test_a_malformed_areas_list_or_category_list_is_refused_saying_where(
    extra: dict[str, Any], says: str
) -> None:
    with pytest.raises(AgenciesFileError, match=says):
        parse_agencies(_file(**extra))


def test_no_areas_is_an_empty_gazetteer() -> None:
    assert parse_areas(None, None, "x") == Gazetteer()
