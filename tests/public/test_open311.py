"""Open311 GeoReport v2: services, published requests with their filters, filing a
complaint with an API key, and GeoReport's error format."""

from __future__ import annotations

from datetime import timedelta

from domain.callbacks import pack
from storage import tickets
from tests.harness import text_of
from tests.public.rig import PUPR_CHAT, REQUESTS, PublicRig, open311_form, public_rig
from tests.public.seed import add_ticket
from tests.staff.helpers import staff_presses, staff_says


async def test_services_are_the_agencies_with_privacy_and_area_attributes(sqlite_url: str) -> None:
    async with public_rig(sqlite_url) as rig:
        status, services = await rig.get("/open311/v2/services.json")
        assert status == 200
        codes = [s["service_code"] for s in services]
        assert "pupr" in codes and all(s["type"] == "realtime" for s in services)
        status, definition = await rig.get("/open311/v2/services/pupr.json")
        assert [a["code"] for a in definition["attributes"]] == ["privacy", "kecamatan", "desa"]
        assert await rig.get("/open311/v2/services/nope.json") == (
            404, [{"code": 404, "description": "service_code was not found"}],
        )  # fmt: skip


async def test_a_filed_request_gets_a_code_a_card_and_shows_its_status(db_url: str) -> None:
    async with public_rig(db_url) as rig:
        status, created = await rig.post(
            REQUESTS, open311_form(rig.api_key, email="budi@example.id", first_name="Budi")
        )
        assert status == 201, created
        code = created[0]["service_request_id"]
        assert code.startswith("ADU-")
        await rig.harness.settle()
        card = text_of(rig.harness.to_chat(PUPR_CHAT))
        assert code in card and "budi@example.id" in card  # staff can reach the requester
        status, shown = await rig.get(f"/open311/v2/requests/{code}.json")
        assert status == 200
        assert shown[0]["status"] == "open" and shown[0]["service_code"] == "pupr"
        assert "budi" not in str(shown).lower()
        # the agency answers and resolves: no chat to tell, the API shows it instead
        card_message = rig.harness.to_chat(PUPR_CHAT)[0]
        rig.harness.clock.advance(hours=2)
        await staff_says(rig.harness, "Sudah diperbaiki. Info: 081234567890", reply_to=card_message)
        ticket_id = await _ticket_id(rig, code)
        await staff_presses(rig.harness, pack("sf", "rs", ticket_id))
        await rig.publish()
        shown = (await rig.get(f"/open311/v2/requests/{code}.json"))[1]
        assert shown[0]["status"] == "closed"
        assert shown[0]["status_notes"] == "Sudah diperbaiki. Info: [telepon]"


async def _ticket_id(rig: PublicRig, code: str) -> int:
    assert rig.harness.app is not None
    async with rig.harness.app.sessions() as session:
        ticket = await tickets.by_code(session, code)
        assert ticket is not None
        return ticket.id or 0


async def test_filing_needs_a_valid_key(sqlite_url: str) -> None:
    async with public_rig(sqlite_url) as rig:
        for key in ("", "adu_wrong", "x" * 500):
            status, body = await rig.post(REQUESTS, open311_form(key))
            assert status == 403 and body[0]["code"] == 403


async def test_bad_fields_are_refused_with_what_is_wrong(sqlite_url: str) -> None:
    async with public_rig(sqlite_url) as rig:
        cases = [
            ({"service_code": ""}, 400, "service_code was not provided"),
            ({"service_code": "nope"}, 404, "was not found"),
            ({"description": "rusak"}, 400, "description"),
            ({"lat": "", "long": ""}, 400, "address_string"),
            ({"lat": "91"}, 400, "lat"),
            ({"lat": "nan"}, 400, "finite"),
            ({"attribute[privacy]": "secret"}, 400, "privacy"),
            ({"email": "not-an-email"}, 400, "email"),
        ]
        for fields, expected, words in cases:
            status, body = await rig.post(REQUESTS, open311_form(rig.api_key, **fields))
            assert status == expected and words in body[0]["description"], (fields, body)


async def test_a_confidential_request_is_filed_but_never_shown(sqlite_url: str) -> None:
    async with public_rig(sqlite_url) as rig:
        status, created = await rig.post(
            REQUESTS, open311_form(rig.api_key, **{"attribute[privacy]": "confidential"})
        )
        assert status == 201
        code = created[0]["service_request_id"]
        await rig.publish()
        assert (await rig.get(f"/open311/v2/requests/{code}.json"))[0] == 404
        assert (await rig.get(REQUESTS, service_request_id=code)) == (200, [])


async def test_requests_filter_by_status_service_and_dates_newest_first(sqlite_url: str) -> None:
    async with public_rig(sqlite_url) as rig:
        now = rig.harness.clock()
        assert rig.harness.app is not None
        async with rig.harness.app.sessions.begin() as session:
            await add_ticket(session, "ADU-2611-0001", now - timedelta(days=3), status="closed")
            await add_ticket(session, "ADU-2611-0002", now - timedelta(days=2), status="open",
                             details={"channel": "open311:kota-app"})  # fmt: skip
            await add_ticket(
                session, "ADU-2611-0003", now - timedelta(days=1), status="resolved",
                agency="dinkes",
            )  # fmt: skip
        await rig.publish()
        codes = lambda body: [r["service_request_id"] for r in body]  # noqa: E731
        assert codes((await rig.get(REQUESTS))[1]) == [
            "ADU-2611-0003", "ADU-2611-0002", "ADU-2611-0001",
        ]  # fmt: skip
        assert codes((await rig.get(REQUESTS, status="open"))[1]) == ["ADU-2611-0002"]
        assert codes((await rig.get(REQUESTS, service_code="dinkes"))[1]) == ["ADU-2611-0003"]
        since = (now - timedelta(days=2, hours=1)).isoformat()
        assert codes((await rig.get(REQUESTS, start_date=since))[1]) == [
            "ADU-2611-0003", "ADU-2611-0002",
        ]  # fmt: skip
        assert codes((await rig.get(REQUESTS, page_size="1", page="2"))[1]) == ["ADU-2611-0002"]


async def test_malformed_filters_are_a_400_in_georeports_format(sqlite_url: str) -> None:
    async with public_rig(sqlite_url) as rig:
        for params in (
            {"start_date": "yesterday"},
            {"start_date": "2026-11-01T00:00:00"},
            {"start_date": "2026-01-01T00:00:00Z", "end_date": "2026-11-01T00:00:00Z"},
            {"status": "pending"},
            {"page_size": "0"},
            {"page": "-1"},
        ):
            status, body = await rig.get(REQUESTS, **params)
            assert status == 400 and body[0]["code"] == 400, params


async def test_a_read_with_a_bad_key_is_refused(sqlite_url: str) -> None:
    async with public_rig(sqlite_url) as rig:
        assert (await rig.get(REQUESTS, api_key="adu_nope"))[0] == 403
        assert (await rig.get(REQUESTS, api_key=rig.api_key))[0] == 200


async def test_discovery_names_the_endpoint(sqlite_url: str) -> None:
    async with public_rig(sqlite_url, public_base_url="https://bot.example.go.id") as rig:
        status, body = await rig.get("/open311/v2/discovery.json")
        assert status == 200
        assert body["endpoints"][0]["url"] == "https://bot.example.go.id/open311/v2"
