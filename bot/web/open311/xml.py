"""GeoReport v2 in XML: every JSON read (``….json``) also answers as ``….xml``.

The spec's URLs carry the format as their extension (``requests.{format}``). The XML
answer is the JSON one, written out with the standard library's ElementTree in the
spec's element names: a list of services is ``<services><service>…``, of requests
``<service_requests><request>…``, an error list ``<errors><error>…``, a service
definition ``<service_definition>`` with ``<attributes><attribute>`` and
``<values><value>``, discovery ``<discovery>`` with ``<endpoints><endpoint>`` and
``<formats><format>``. The same guard (rate limits, the brief cache) answers first."""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable, Sequence
from typing import Any
from xml.etree.ElementTree import Element, SubElement, tostring

from aiohttp import web

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]
# a list under this key: its items' element name
ITEMS = {"endpoints": "endpoint", "formats": "format", "attributes": "attribute",
         "values": "value"}  # fmt: skip
# a top-level list from a path ending so: (the list's element, its items' element)
ROOTS = (
    ("/services.json", ("services", "service")),
    ("/requests.json", ("service_requests", "request")),
    ("}.json", ("service_requests", "request")),  # requests/{service_request_id}.json
)
SINGLE = (("/discovery.json", "discovery"), ("/services/{service_code}.json", "service_definition"))


def _text(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return "" if value is None else str(value)


def _fill(element: Element, value: Any) -> None:
    if isinstance(value, dict):
        for key, item in value.items():
            if isinstance(item, list):
                holder = SubElement(element, key)
                for part in item:
                    _fill(SubElement(holder, ITEMS.get(key, "item")), part)
            else:
                _fill(SubElement(element, key), item)
    else:
        element.text = _text(value)


def to_xml(data: Any, root: str, item: str) -> bytes:
    """``data`` (a JSON answer: a list of objects, or one object) as GeoReport XML."""
    element = Element(root)
    if isinstance(data, list):
        for part in data:
            _fill(SubElement(element, item), part)
    else:
        _fill(element, data)
    return tostring(element, encoding="utf-8", xml_declaration=True)


def _names(path: str) -> tuple[str, str]:
    for end, name in SINGLE:
        if path.endswith(end):
            return name, "item"
    for end, names in ROOTS:
        if path.endswith(end):
            return names
    return "response", "item"


def _as_xml(handler: Handler, root: str, item: str) -> Handler:
    async def handle(request: web.Request) -> web.StreamResponse:
        answer = await handler(request)
        if not isinstance(answer, web.Response) or not isinstance(answer.body, bytes):
            return answer
        try:
            data = json.loads(answer.body)
        except ValueError:
            return answer
        names = ("errors", "error") if answer.status >= 400 else (root, item)
        body = to_xml(data, *names)
        converted = web.Response(body=body, status=answer.status, content_type="text/xml",
                                 charset="utf-8")  # fmt: skip
        for header in ("Retry-After", "Cache-Control"):
            if header in answer.headers:
                converted.headers[header] = answer.headers[header]
        return converted

    return handle


def xml_routes(routes: Sequence[web.RouteDef]) -> list[web.RouteDef]:
    """An ``.xml`` twin of each GeoReport GET route ending ``.json`` (not the OpenAPI
    description)."""
    twins = []
    for route in routes:
        path = route.path
        if route.method != "GET" or not path.endswith(".json") or "openapi" in path:
            continue
        handler: Any = route.handler
        twin = _as_xml(handler, *_names(path))
        twins.append(web.get(path.removesuffix(".json") + ".xml", twin, allow_head=False))
    return twins
