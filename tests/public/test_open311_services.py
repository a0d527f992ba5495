"""Open311 services list what a report can say (issue 17): an agency's categories in
services.json and as its definition's ``category`` attribute, the regency's kecamatan
as the ``kecamatan`` attribute's ``values`` (GeoReport v2 singlevaluelist); a filed
request may use them, and nothing else in a listed attribute."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from sqlalchemy import select

from storage.models import Ticket
from tests.public.rig import PublicRig, public_rig
from tests.turns.place_config import agencies_with_places

REQUESTS = "/open311/v2/requests.json"


def _agencies(tmp_path: Path) -> Path:
    """The sample with areas, and PUPR's categories, one with its English name."""
    path = agencies_with_places(tmp_path)
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    for agency in data["agencies"]:
        if agency["code"] == "pupr":
            agency["categories"] = ["Jalan rusak", {"name": "Jembatan", "name_en": "Bridge"}]
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def _attribute(definition: dict[str, Any], code: str) -> dict[str, Any]:
    return next(a for a in definition["attributes"] if a["code"] == code)


def _form(rig: PublicRig, **attributes: str) -> dict[str, str]:
    return {
        "api_key": rig.api_key,
        "service_code": "pupr",
        "description": "Jembatan kayu di Desa Cibeureum retak, berbahaya untuk motor",
        "address_string": "Jl. Melati 5",
        **{f"attribute[{k}]": v for k, v in attributes.items()},
    }


async def _ticket(rig: PublicRig, code: str) -> Ticket:
    assert rig.harness.app is not None
    async with rig.harness.app.sessions() as session:
        found = await session.execute(select(Ticket).where(Ticket.code == code))
        return found.scalars().one()


async def test_services_list_the_agencys_categories_and_the_kecamatan_as_values(
    sqlite_url: str, tmp_path: Path
) -> None:
    async with public_rig(sqlite_url, agencies=_agencies(tmp_path)) as rig:
        _, services = await rig.get("/open311/v2/services.json")
        pupr = next(s for s in services if s["service_code"] == "pupr")
        assert "Jalan rusak; Jembatan / Bridge" in pupr["description"]
        assert pupr["keywords"].startswith("Jalan rusak, Jembatan")
        status, definition = await rig.get("/open311/v2/services/pupr.json")
        assert status == 200
        kecamatan = _attribute(definition, "kecamatan")
        assert kecamatan["datatype"] == "singlevaluelist"
        assert [v["key"] for v in kecamatan["values"]] == ["Sukamaju Kota", "Sukasari", "Cikalong"]
        category = _attribute(definition, "category")
        assert category["datatype"] == "singlevaluelist"
        assert category["values"] == [
            {"key": "Jalan rusak", "name": "Jalan rusak"},
            {"key": "Jembatan", "name": "Jembatan / Bridge"},
        ]
        _, dinkes = await rig.get("/open311/v2/services/dinkes.json")
        assert "category" not in [a["code"] for a in dinkes["attributes"]]  # it lists none


async def test_a_request_may_name_a_listed_category_and_kecamatan_and_nothing_else(
    sqlite_url: str, tmp_path: Path
) -> None:
    async with public_rig(sqlite_url, agencies=_agencies(tmp_path)) as rig:
        status, created = await rig.post(
            REQUESTS, _form(rig, category="jembatan", kecamatan="sukasari")
        )
        assert status == 201, created
        ticket = await _ticket(rig, created[0]["service_request_id"])
        assert ticket.category == "Jembatan" and ticket.details["category"] == "Jembatan"
        assert ticket.details["kecamatan"] == "Sukasari"  # as configured, whatever the case
        for attributes in ({"category": "Banjir"}, {"kecamatan": "Atlantis"}):
            status, refused = await rig.post(REQUESTS, _form(rig, **attributes))
            assert status == 400 and "listed values" in refused[0]["description"]


async def test_without_configured_areas_the_kecamatan_stays_free_text(sqlite_url: str) -> None:
    async with public_rig(sqlite_url) as rig:
        _, definition = await rig.get("/open311/v2/services/pupr.json")
        kecamatan = _attribute(definition, "kecamatan")
        assert kecamatan["datatype"] == "string" and "values" not in kecamatan
        status, _ = await rig.post(REQUESTS, _form(rig, kecamatan="Kecamatan Mana Saja"))
        assert status == 201
