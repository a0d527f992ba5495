"""POST requests.json: reading and checking a new service request's fields.

Every field is hostile until checked here: lengths are bounded, control characters
dropped, numbers parsed, the service code and privacy looked up. What comes out is an
:class:`~handlers.open311.ApiRequest` or a :class:`PostError` with the HTTP status
GeoReport v2 names for it (400 missing or malformed, 404 unknown service)."""

from __future__ import annotations

import math
import re
from collections.abc import Mapping

from domain.agencies import AgencyDirectory
from domain.areas import fold
from domain.messages import Location
from domain.tickets import Privacy
from handlers.open311 import ApiRequest

MIN_DESCRIPTION = 10
MAX_DESCRIPTION = 4000
REQUESTER_FIELDS = {
    "email": 254, "phone": 32, "first_name": 64, "last_name": 64,
    "device_id": 64, "account_id": 64,
}  # fmt: skip
AREA_FIELDS = ("kecamatan", "desa")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_EMAIL = re.compile(r"^[^@\s]{1,64}@[^@\s]+\.[^@\s]+$")


class PostError(ValueError):
    def __init__(self, status: int, description: str) -> None:
        super().__init__(description)
        self.status = status
        self.description = description


def clean(value: str | None, limit: int) -> str:
    return _CONTROL.sub("", value or "").strip()[:limit]


def _location(form: Mapping[str, str]) -> Location | None:
    lat, long = form.get("lat", "").strip(), form.get("long", "").strip()
    if not lat and not long:
        return None
    try:
        latitude, longitude = float(lat), float(long)
    except ValueError as exc:
        raise PostError(400, "lat and long must both be decimal degrees (WGS84)") from exc
    if not (math.isfinite(latitude) and math.isfinite(longitude)):
        raise PostError(400, "lat and long must be finite numbers")
    if not (-90 <= latitude <= 90 and -180 <= longitude <= 180):
        raise PostError(400, "lat must be within -90..90 and long within -180..180")
    return Location(latitude, longitude)


def _privacy(form: Mapping[str, str]) -> Privacy:
    value = form.get("attribute[privacy]", "").strip().lower() or Privacy.PUBLIC.value
    try:
        return Privacy(value)
    except ValueError as exc:
        raise PostError(
            400, "attribute[privacy] must be public, anonymous or confidential"
        ) from exc


def _requester(form: Mapping[str, str]) -> dict[str, str]:
    requester = {key: clean(form.get(key), limit) for key, limit in REQUESTER_FIELDS.items()}
    requester = {key: value for key, value in requester.items() if value}
    if "email" in requester and not _EMAIL.match(requester["email"]):
        raise PostError(400, "email is not an e-mail address")
    return requester


def api_request(form: Mapping[str, str], client: str, agencies: AgencyDirectory) -> ApiRequest:
    code = clean(form.get("service_code"), 64)
    if not code:
        raise PostError(400, "service_code was not provided")
    agency = agencies.get(code)
    if agency is None:
        raise PostError(404, f"service_code {code!r} was not found")
    description = clean(form.get("description"), MAX_DESCRIPTION + 1)
    if len(description) < MIN_DESCRIPTION:
        raise PostError(400, f"description must have at least {MIN_DESCRIPTION} characters")
    if len(description) > MAX_DESCRIPTION:
        raise PostError(400, f"description is limited to {MAX_DESCRIPTION} characters")
    location = _location(form)
    address = clean(form.get("address_string"), 500) or None
    if location is None and address is None:
        raise PostError(400, "lat and long, or address_string, are required")
    area = {key: clean(form.get(f"attribute[{key}]"), 100) for key in AREA_FIELDS}
    kecamatan = [d.name for d in agencies.areas.districts]
    area["kecamatan"] = _one_of(area["kecamatan"], kecamatan, "kecamatan")
    # a category only ever one the agency configured (none accepted when it lists none)
    category = _one_of(clean(form.get("attribute[category]"), 64), [*agency.categories], "category")
    return ApiRequest(
        client=client,
        agency_code=agency.code,
        description=description,
        privacy=_privacy(form),
        location=location,
        address=address,
        area={key: value for key, value in area.items() if value},
        requester=_requester(form),
        category=category or None,
    )


def _one_of(value: str, allowed: list[str], attribute: str) -> str:
    """``value`` as configured (matched without case or spacing), ``""`` for none; a
    value outside a listed attribute's ``values`` is refused. The kecamatan without
    configured ``areas`` is free text."""
    if not value or (attribute == "kecamatan" and not allowed):
        return value
    for name in allowed:
        if fold(name) == fold(value):
            return name
    raise PostError(400, f"attribute[{attribute}] must be one of the service's listed values")
