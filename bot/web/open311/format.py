"""GeoReport v2 shapes: services, service definitions, service requests, errors.

Field names and values follow the GeoReport v2 specification; a service is an
agency (its code is the ``service_code``). Times are W3C date-times in the regency's
time zone, with their offset."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from aiohttp import web

from domain.agencies import Agency, AgencyDirectory
from domain.areas import Gazetteer
from domain.publication.rules import open311_status
from domain.tickets import Privacy
from storage.models import PublishedReport

SPECIFICATION = "http://wiki.open311.org/GeoReport_v2"
PRIVACY_NAMES = {
    Privacy.PUBLIC: "Publik: laporan dan nama pelapor terlihat petugas / Public",
    Privacy.ANONYMOUS: "Anonim: petugas tidak melihat pelapor / Anonymous",
    Privacy.CONFIDENTIAL: "Rahasia: tidak pernah dipublikasikan / Confidential, never published",
}
AREA_ATTRIBUTES = (("kecamatan", "Kecamatan (district)"), ("desa", "Desa / kelurahan (village)"))
CATEGORY_LABEL = "Kategori pengaduan / Complaint category"


def w3c(moment: datetime | None, zone: ZoneInfo) -> str | None:
    return None if moment is None else moment.astimezone(zone).isoformat(timespec="seconds")


def error(status: int, description: str) -> web.Response:
    """GeoReport v2's error list, with the HTTP status as its code."""
    return web.json_response([{"code": status, "description": description}], status=status)


def _category_label(agency: Agency, name: str) -> str:
    english = agency.category_in(name, "en")
    return name if english == name else f"{name} / {english}"


def service(agency: Agency) -> dict[str, Any]:
    """The agency as a service; its categories (``attribute[category]``) are listed in
    its description and lead its keywords."""
    description = f"Pengaduan untuk {agency.name} / Complaints for {agency.name}"
    if agency.categories:
        names = "; ".join(_category_label(agency, name) for name in agency.categories)
        description += f". Kategori / Categories: {names}"
    return {
        "service_code": agency.code,
        "service_name": agency.name,
        "description": description,
        "metadata": True,
        "type": "realtime",
        "keywords": ", ".join(dict.fromkeys((*agency.categories, *agency.keywords))),
        "group": agency.short_name,
    }


def _listed(code: str, order: int, label: str, values: list[dict[str, str]]) -> dict[str, Any]:
    """An optional attribute: one of ``values`` when there are some, else free text."""
    attribute: dict[str, Any] = {
        "variable": True,
        "code": code,
        "datatype": "singlevaluelist" if values else "string",
        "required": False,
        "datatype_description": "Salah satu nilai / one of the values"
        if values
        else "Nama wilayah / area name",
        "order": order,
        "description": label,
    }
    if values:
        attribute["values"] = values
    return attribute


def service_definition(agency: Agency, areas: Gazetteer | None = None) -> dict[str, Any]:
    """Privacy, the configured kecamatan as ``kecamatan``'s values, the desa, and the
    agency's categories (when it lists some)."""
    attributes: list[dict[str, Any]] = [
        {
            "variable": True,
            "code": "privacy",
            "datatype": "singlevaluelist",
            "required": False,
            "datatype_description": "public (default), anonymous or confidential",
            "order": 1,
            "description": "Siapa yang boleh melihat laporan ini / Who may see this report",
            "values": [{"key": p.value, "name": PRIVACY_NAMES[p]} for p in Privacy],
        }
    ]
    districts = [{"key": d.name, "name": d.name} for d in (areas.districts if areas else ())]
    attributes.append(_listed("kecamatan", 2, AREA_ATTRIBUTES[0][1], districts))
    attributes.append(_listed("desa", 3, AREA_ATTRIBUTES[1][1], []))
    if agency.categories:
        categories = [{"key": c, "name": _category_label(agency, c)} for c in agency.categories]
        attributes.append(_listed("category", 4, CATEGORY_LABEL, categories))
    return {"service_code": agency.code, "attributes": attributes}


def service_request(
    report: PublishedReport, agencies: AgencyDirectory, zone: ZoneInfo
) -> dict[str, Any]:
    agency = agencies.get(report.agency_code)
    name = agency.name if agency else report.agency_code
    return {
        "service_request_id": report.code,
        "status": open311_status(report.status),
        "status_notes": report.reply,
        "service_name": name,
        "service_code": report.agency_code,
        "description": report.description,
        "agency_responsible": name,
        "service_notice": None,
        "requested_datetime": w3c(report.requested_at, zone),
        "updated_datetime": w3c(report.updated_at, zone),
        "expected_datetime": None,
        "address": report.address or report.area,
        "address_id": None,
        "zipcode": None,
        "lat": report.latitude,
        "long": report.longitude,
        "media_url": None,
    }
