"""Writes ``openapi.json`` (the OpenAPI 3.0 description served at
``/open311/openapi.json``): ``python -m bot.web.open311.openapi_build``. The file is
kept in the package; a test checks it is what this module writes."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

BASE = "/open311/v2"


def _nullable(kind: str, **extra: Any) -> dict[str, Any]:
    return {"type": kind, "nullable": True, **extra}


ERROR = {
    "type": "array",
    "minItems": 1,
    "items": {
        "type": "object",
        "required": ["code", "description"],
        "properties": {"code": {"type": "integer"}, "description": {"type": "string"}},
    },
}
SERVICE = {
    "type": "object",
    "required": ["service_code", "service_name", "metadata", "type"],
    "properties": {
        "service_code": {"type": "string"},
        "service_name": {"type": "string"},
        "description": {"type": "string"},
        "metadata": {"type": "boolean"},
        "type": {"type": "string", "enum": ["realtime", "batch", "blackbox"]},
        "keywords": {"type": "string"},
        "group": {"type": "string"},
    },
}
ATTRIBUTE = {
    "type": "object",
    "required": ["variable", "code", "datatype", "required", "order", "description"],
    "properties": {
        "variable": {"type": "boolean"},
        "code": {"type": "string"},
        "datatype": {
            "type": "string",
            "enum": ["string", "number", "datetime", "text", "singlevaluelist", "multivaluelist"],
        },
        "required": {"type": "boolean"},
        "datatype_description": {"type": "string"},
        "order": {"type": "integer"},
        "description": {"type": "string"},
        "values": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["key", "name"],
                "properties": {"key": {"type": "string"}, "name": {"type": "string"}},
            },
        },
    },
}
REQUEST = {
    "type": "object",
    "additionalProperties": False,
    "required": [
        "service_request_id", "status", "service_name", "service_code", "description",
        "requested_datetime", "updated_datetime",
    ],
    "properties": {
        "service_request_id": {"type": "string", "pattern": "^(ADU|INF)-[0-9]{4}-[0-9]+$"},
        "status": {"type": "string", "enum": ["open", "closed"]},
        "status_notes": _nullable("string"),
        "service_name": {"type": "string"},
        "service_code": {"type": "string"},
        "description": {"type": "string", "maxLength": 4000},
        "agency_responsible": _nullable("string"),
        "service_notice": _nullable("string"),
        "requested_datetime": {"type": "string", "format": "date-time"},
        "updated_datetime": {"type": "string", "format": "date-time"},
        "expected_datetime": _nullable("string", format="date-time"),
        "address": _nullable("string"),
        "address_id": _nullable("string"),
        "zipcode": _nullable("string"),
        "lat": _nullable("number", minimum=-90, maximum=90),
        "long": _nullable("number", minimum=-180, maximum=180),
        "media_url": _nullable("string"),
    },
}  # fmt: skip
CREATED = {
    "type": "array",
    "minItems": 1,
    "maxItems": 1,
    "items": {
        "type": "object",
        "required": ["service_request_id"],
        "properties": {
            "service_request_id": {"type": "string"},
            "service_notice": _nullable("string"),
            "account_id": _nullable("string"),
        },
    },
}
DISCOVERY = {
    "type": "object",
    "required": ["changeset", "contact", "endpoints"],
    "properties": {
        "changeset": {"type": "string"},
        "contact": {"type": "string"},
        "key_service": {"type": "string"},
        "endpoints": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["specification", "url", "type", "formats"],
                "properties": {
                    "specification": {"type": "string"},
                    "url": {"type": "string"},
                    "changeset": {"type": "string"},
                    "type": {"type": "string"},
                    "formats": {"type": "array", "items": {"type": "string"}},
                },
            },
        },
    },
}


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def _error(text: str) -> dict[str, Any]:
    return {"description": text, "content": {"application/json": {"schema": _ref("Error")}}}


def _ok(schema: dict[str, Any], text: str = "OK") -> dict[str, Any]:
    return {"description": text, "content": {"application/json": {"schema": schema}}}


LIMITED = {
    "description": "Rate limit reached; retry after the Retry-After header's seconds",
    "headers": {"Retry-After": {"schema": {"type": "integer", "minimum": 1}}},
    "content": {"application/json": {"schema": _ref("Error")}},
}


def _query(name: str, text: str, **schema: Any) -> dict[str, Any]:
    return {
        "name": name, "in": "query", "required": False, "description": text,
        "schema": {"type": "string", **schema},
    }  # fmt: skip


def _path(name: str) -> dict[str, Any]:
    return {"name": name, "in": "path", "required": True, "schema": {"type": "string"}}


API_KEY = _query("api_key", "Optional on reads: a valid key gets the key's own rate limit")
BUSY = {
    "description": "The database is busy or unreachable; retry after Retry-After seconds",
    "headers": {"Retry-After": {"schema": {"type": "integer", "minimum": 1}}},
    "content": {"application/json": {"schema": _ref("Error")}},
}
READ_ERRORS = {"403": _error("api_key given but not valid"), "429": LIMITED, "503": BUSY}
POST_FIELDS = {
    "api_key": {"type": "string"},
    "jurisdiction_id": {"type": "string"},
    "service_code": {"type": "string"},
    "lat": {"type": "string", "description": "WGS84 latitude"},
    "long": {"type": "string", "description": "WGS84 longitude"},
    "address_string": {"type": "string"},
    "email": {"type": "string"},
    "device_id": {"type": "string"},
    "account_id": {"type": "string"},
    "first_name": {"type": "string"},
    "last_name": {"type": "string"},
    "phone": {"type": "string"},
    "description": {"type": "string"},
    "media_url": {"type": "string"},
    "attribute[privacy]": {"type": "string", "enum": ["public", "anonymous", "confidential"]},
    "attribute[kecamatan]": {
        "type": "string",
        "description": "one of the kecamatan listed "
        "in the service definition's values, when it lists some",
    },
    "attribute[category]": {
        "type": "string",
        "description": "one of the service's categories (its definition's category attribute)",
    },
    "attribute[desa]": {"type": "string"},
}


def _paths() -> dict[str, Any]:
    requests_filters = [
        _query("service_request_id", "Comma-separated ids; overrides every other filter"),
        _query("service_code", "Comma-separated service codes"),
        _query("start_date", "Earliest requested_datetime (W3C)", format="date-time"),
        _query("end_date", "Latest requested_datetime (W3C); at most 90 days after start_date",
               format="date-time"),
        _query("status", "open, closed or both (comma separated)"),
        {"name": "page", "in": "query", "required": False,
         "schema": {"type": "integer", "minimum": 1, "maximum": 10000}},
        {"name": "page_size", "in": "query", "required": False,
         "schema": {"type": "integer", "minimum": 1, "maximum": 1000}},
        API_KEY,
    ]  # fmt: skip
    return {
        f"{BASE}/discovery.json": {
            "get": {"summary": "Service discovery", "parameters": [API_KEY],
                    "responses": {"200": _ok(_ref("Discovery")), **READ_ERRORS}},
        },
        f"{BASE}/services.json": {
            "get": {"summary": "Services: the agencies that take complaints",
                    "parameters": [API_KEY],
                    "responses": {"200": _ok({"type": "array", "items": _ref("Service")}),
                                  **READ_ERRORS}},
        },
        BASE + "/services/{service_code}.json": {
            "get": {"summary": "A service's definition (its attributes)",
                    "parameters": [_path("service_code"), API_KEY],
                    "responses": {"200": _ok(_ref("ServiceDefinition")),
                                  "404": _error("service_code not found"), **READ_ERRORS}},
        },
        f"{BASE}/requests.json": {
            "get": {"summary": "Published service requests, newest first",
                    "parameters": requests_filters,
                    "responses": {"200": _ok({"type": "array", "items": _ref("ServiceRequest")}),
                                  "400": _error("a filter is malformed"), **READ_ERRORS}},
            "post": {"summary": "File a complaint (needs an api_key)",
                     "requestBody": {"required": True, "content": {
                         "application/x-www-form-urlencoded": {"schema": {
                             "type": "object", "properties": POST_FIELDS,
                             "required": ["api_key", "service_code", "description"]}}}},
                     "responses": {"201": _ok(_ref("Created"), "Filed"),
                                   "400": _error("a field is missing or malformed"),
                                   "403": _error("api_key missing or not valid"),
                                   "404": _error("service_code not found"),
                                   "413": _error("body too large"), "429": LIMITED,
                                   "503": BUSY}},
        },
        BASE + "/requests/{service_request_id}.json": {
            "get": {"summary": "One published service request",
                    "parameters": [_path("service_request_id"), API_KEY],
                    "responses": {"200": _ok({"type": "array", "items": _ref("ServiceRequest"),
                                              "minItems": 1, "maxItems": 1}),
                                  "404": _error("not found, or not published"), **READ_ERRORS}},
        },
    }  # fmt: skip


def description() -> dict[str, Any]:
    return {
        "openapi": "3.0.3",
        "info": {
            "title": "aduan Open311 GeoReport v2",
            "version": "2",
            "description": "Published (masked) complaints of the regency and filing new ones, "
            "following GeoReport v2 (JSON). Every endpoint is rate limited. Each read also "
            "answers in GeoReport's XML when its path ends .xml instead of .json.",
        },
        "paths": _paths(),
        "components": {
            "schemas": {
                "Error": ERROR,
                "Service": SERVICE,
                "ServiceDefinition": {
                    "type": "object",
                    "required": ["service_code", "attributes"],
                    "properties": {
                        "service_code": {"type": "string"},
                        "attributes": {"type": "array", "items": ATTRIBUTE},
                    },
                },
                "ServiceRequest": REQUEST,
                "Created": CREATED,
                "Discovery": DISCOVERY,
            }
        },
    }


def rendered() -> str:
    return json.dumps(description(), indent=2, ensure_ascii=False) + "\n"


if __name__ == "__main__":
    Path(__file__).with_name("openapi.json").write_text(rendered(), encoding="utf-8")
