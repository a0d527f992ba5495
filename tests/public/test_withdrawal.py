"""A resident withdraws their report from the public page from the chat."""

from __future__ import annotations

from datetime import timedelta

from sqlmodel import select

from storage import public_reports, tickets
from storage.models import Contact, Ticket
from tests.harness import text_of
from tests.public.rig import PublicRig, public_rig
from tests.public.seed import add_ticket

CODE = "ADU-2611-0042"


async def _published_for_resident(rig: PublicRig, publish: bool = True) -> None:
    """A closed public complaint of the harness's resident, published."""
    await rig.harness.say("/start")
    app = rig.harness.app
    assert app is not None
    async with app.sessions.begin() as session:
        contact = (
            await session.execute(select(Contact).where(Contact.external_id == "1001"))
        ).scalar_one()
        ticket = await add_ticket(
            session, CODE, rig.harness.clock() - timedelta(days=1), status="closed"
        )
        ticket.contact_id = contact.id or 0
        await add_ticket(session, "ADU-2611-0043", rig.harness.clock(), status="closed")
    if publish:
        await rig.publish()


async def _visible(rig: PublicRig) -> list[str]:
    assert rig.harness.app is not None
    async with rig.harness.app.sessions() as session:
        return [r.code for r in await public_reports.find(session, public_reports.ReportQuery())]


async def test_the_status_button_takes_the_report_off_every_public_output(
    sqlite_url: str,
) -> None:
    async with public_rig(sqlite_url) as rig:
        await _published_for_resident(rig)
        assert CODE in await _visible(rig)
        shown = await rig.harness.say(f"/status {CODE}")
        answer = await rig.harness.press("halaman publik", shown)
        assert "tidak akan ditampilkan" in text_of(answer)
        assert CODE not in await _visible(rig)
        assert (await rig.get(f"/open311/v2/requests/{CODE}.json"))[0] == 404
        again = await rig.harness.say(f"/status {CODE}")
        assert all("halaman publik" not in b.label for m in again for r in m.buttons for b in r)


async def test_the_command_withdraws_only_ones_own_report(sqlite_url: str) -> None:
    async with public_rig(sqlite_url) as rig:
        await _published_for_resident(rig)
        other = await rig.harness.say("/tarik ADU-2611-0043")
        assert "ADU-2611-0043" in text_of(other) and "ditampilkan" not in text_of(other)
        assert "ADU-2611-0043" in await _visible(rig)
        mine = await rig.harness.say(f"/tarik {CODE}")
        assert "tidak akan ditampilkan" in text_of(mine)
        twice = await rig.harness.say(f"/tarik {CODE}")
        assert "sudah tidak ditampilkan" in text_of(twice)
        usage = await rig.harness.say("/tarik")
        assert "/tarik KODE" in text_of(usage)
        assert rig.harness.app is not None
        async with rig.harness.app.sessions() as session:
            ticket = (await session.execute(select(Ticket).where(Ticket.code == CODE))).scalar_one()
            actions = [e.action for e in await tickets.events_of(session, ticket.id or 0)]
        assert actions.count("publication_withdrawn") == 1


async def test_without_the_public_page_there_is_no_withdraw_button(sqlite_url: str) -> None:
    async with public_rig(sqlite_url, transparency=False) as rig:
        await _published_for_resident(rig, publish=False)
        shown = await rig.harness.say(f"/status {CODE}")
        assert CODE in text_of(shown)
        assert all("publik" not in b.label for m in shown for r in m.buttons for b in r)
