"""Open311 GeoReport v2 in XML: each JSON read answers as ``.xml`` too, in the spec's
element names, with the same errors, the same published (masked) reports only, and
the same rate limits."""

from __future__ import annotations

from datetime import timedelta
from xml.etree.ElementTree import Element, fromstring

from tests.public.rig import PublicRig, public_rig
from tests.public.seed import add_ticket


async def _xml(rig: PublicRig, path: str, **params: str) -> tuple[int, str, Element]:
    async with rig.http.get(rig.base + path, params=params) as response:
        body = await response.read()
        return response.status, response.content_type, fromstring(body)


async def test_services_and_a_service_definition_read_as_georeport_xml(sqlite_url: str) -> None:
    async with public_rig(sqlite_url) as rig:
        status, mime, services = await _xml(rig, "/open311/v2/services.xml")
        assert (status, mime, services.tag) == (200, "text/xml", "services")
        assert "pupr" in [s.findtext("service_code") for s in services.findall("service")]
        assert services.find("service/metadata").text == "true"  # type: ignore[union-attr]
        _, _, definition = await _xml(rig, "/open311/v2/services/pupr.xml")
        assert definition.tag == "service_definition"
        codes = [a.findtext("code") for a in definition.findall("attributes/attribute")]
        assert codes == ["privacy", "kecamatan", "desa"]
        keys = [v.findtext("key") for v in definition.findall("attributes/attribute/values/value")]
        assert keys == ["public", "anonymous", "confidential"]
        _, _, discovery = await _xml(rig, "/open311/v2/discovery.xml")
        assert discovery.findtext("endpoints/endpoint/specification") is not None


async def test_published_requests_read_as_xml_and_nothing_else(sqlite_url: str) -> None:
    async with public_rig(sqlite_url) as rig:
        now = rig.harness.clock()
        assert rig.harness.app is not None
        async with rig.harness.app.sessions.begin() as session:
            await add_ticket(session, "ADU-2611-0001", now - timedelta(days=3), status="closed",
                             description="Jalan berlubang, hubungi 081234567890")  # fmt: skip
            await add_ticket(session, "ADU-2611-0002", now - timedelta(days=2), status="closed",
                             privacy="confidential")  # fmt: skip
        await rig.publish()
        status, _, found = await _xml(rig, "/open311/v2/requests.xml", status="closed")
        assert (status, found.tag) == (200, "service_requests")
        assert [r.findtext("service_request_id") for r in found.findall("request")] == [
            "ADU-2611-0001"
        ]
        request = found.find("request")
        assert request is not None and request.findtext("status") == "closed"
        assert "081234567890" not in (request.findtext("description") or "")
        assert request.find("media_url") is not None and request.findtext("media_url") == ""
        _, _, one = await _xml(rig, "/open311/v2/requests/ADU-2611-0001.xml")
        assert one.findtext("request/service_request_id") == "ADU-2611-0001"


async def test_errors_are_georeport_error_lists_in_xml(sqlite_url: str) -> None:
    async with public_rig(sqlite_url) as rig:
        status, _, missing = await _xml(rig, "/open311/v2/requests/ADU-2611-0002.xml")
        assert (status, missing.tag, missing.findtext("error/code")) == (404, "errors", "404")
        status, _, bad = await _xml(rig, "/open311/v2/requests.xml", start_date="<x>&")
        assert status == 400 and bad.findtext("error/description")
        status, _, unknown = await _xml(rig, "/open311/v2/services/nope.xml")
        assert status == 404 and unknown.findtext("error/description") == (
            "service_code was not found"
        )


async def test_the_xml_answers_share_the_rate_limit(sqlite_url: str) -> None:
    async with public_rig(sqlite_url, public_rate_per_minute=2) as rig:
        statuses = [(await _xml(rig, "/open311/v2/services.xml"))[0] for _ in range(4)]
        assert statuses[-1] == 429
