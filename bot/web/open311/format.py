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


def w3c(moment: datetime | None, zone: ZoneInfo) -> str | None:
    return None if moment is None else moment.astimezone(zone).isoformat(timespec="seconds")


def error(status: int, description: str) -> web.Response:
    """GeoReport v2's error list, with the HTTP status as its code."""
    return web.json_response([{"code": status, "description": description}], status=status)


def service(agency: Agency) -> dict[str, Any]:
    return {
        "service_code": agency.code,
        "service_name": agency.name,
        "description": f"Pengaduan untuk {agency.name} / Complaints for {agency.name}",
        "metadata": True,
        "type": "realtime",
        "keywords": ", ".join(agency.keywords),
        "group": agency.short_name,
    }


def service_definition(agency: Agency) -> dict[str, Any]:
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
    for order, (code, label) in enumerate(AREA_ATTRIBUTES, start=2):
        attributes.append(
            {
                "variable": True,
                "code": code,
                "datatype": "string",
                "required": False,
                "datatype_description": "Nama wilayah / area name",
                "order": order,
                "description": label,
            }
        )
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
