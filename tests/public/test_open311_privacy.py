"""``aduan privacy`` (its lookup and export) finds a requester who reached aduan only
through the Open311 API by the e-mail they gave, whatever id the client sent first;
an address nobody gave finds nobody."""

from __future__ import annotations

from storage.privacy.export import export
from storage.privacy.lookup import find_contacts
from tests.public.rig import REQUESTS, open311_form, public_rig


async def test_an_open311_requester_is_found_and_exported_by_their_email(db_url: str) -> None:
    async with public_rig(db_url) as rig:
        # the client's own account id is the requester's identity; the e-mail comes along
        form = open311_form(
            rig.api_key, account_id="u-778", email="Budi@Example.id", first_name="Budi"
        )
        status, created = await rig.post(REQUESTS, form)
        assert status == 201, created
        code = created[0]["service_request_id"]
        status, other = await rig.post(REQUESTS, open311_form(rig.api_key, email="ani@example.id"))
        assert status == 201, other
        assert rig.harness.app is not None
        async with rig.harness.app.sessions() as session:
            [found] = await find_contacts(session, "budi@example.ID")
            held = await export(session, found)
            assert await find_contacts(session, "nobody@example.id") == []
    assert found.channel == "open311"
    assert [t["code"] for t in held["tickets"]] == [code]
