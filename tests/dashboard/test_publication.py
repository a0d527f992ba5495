"""Staff withhold, release and edit a report's publication from the ticket's page:
the ticket's agency and the supervisors may, another agency may not; every form needs
the session's CSRF token; each action is in the audit log and the ticket's trail;
edited text is masked again; a resident's withdrawal is final for staff."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from sqlalchemy import select

from storage import publication_edits, tickets
from storage.dashboard import AuditEntry
from storage.models import PublishedReport, TicketEvent
from tests.dashboard.site import SUPERVISOR, SUPERVISORS, Site, dashboard_site
from tests.figures.seed import NOW
from tests.staff.helpers import DLH_CHAT, OTHER_ADMIN

PAGE = "/dasbor/tiket/ADU-2612-0001"
FORM = PAGE + "/publikasi"


@pytest.fixture
async def site(db_url: str) -> AsyncIterator[Site]:
    async with dashboard_site(db_url) as running:
        yield running


async def _csrf(site: Site, path: str = PAGE) -> str:
    page = await (await site.client.get(path)).text()
    return page.split('name="csrf" value="', 1)[1].split('"', 1)[0]


async def _post(site: Site, **fields: str) -> tuple[int, str]:
    data = {"csrf": await _csrf(site), **fields}
    answer = await site.client.post(FORM, data=data, allow_redirects=False)
    if answer.status != 303:
        return answer.status, await answer.text()
    return 303, await (await site.client.get(answer.headers["Location"])).text()


async def _row(site: Site) -> PublishedReport | None:
    async with site.chat.sessions() as session:
        return await session.get(PublishedReport, site.ids["ADU-2612-0001"])


async def _trail(site: Site) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    async with site.chat.sessions() as session:
        audit = (await session.execute(select(AuditEntry.action, AuditEntry.target))).all()
        events = (
            await session.execute(
                select(TicketEvent.action, TicketEvent.actor).where(
                    TicketEvent.ticket_id == site.ids["ADU-2612-0001"]
                )
            )
        ).all()
    return [tuple(a) for a in audit], [tuple(e) for e in events]


async def test_staff_withhold_release_and_edit_a_report_from_its_page(site: Site) -> None:
    await site.login()
    page = await (await site.client.get(PAGE)).text()
    assert "Belum dipublikasikan" in page and 'id="publication-withhold"' in page

    status, page = await _post(site, action="withhold", reason="Foto wajah warga")
    assert status == 303 and "Laporan ditahan" in page and 'id="publication-release"' in page
    assert (row := await _row(site)) is not None and row.state == "withheld"

    status, page = await _post(site, action="release")
    assert status == 303 and "Laporan dilepas" in page
    assert (row := await _row(site)) is not None and row.state == "published"
    assert "jalan rusak di Desa Sukamaju" in page and 'id="publication-edit"' in page

    text = "Jalan berlubang, lapor Siti Aminah <b>0812-3456-7890</b>"
    status, page = await _post(site, action="edit", text=text, reply="Sudah diperbaiki")
    assert status == 303 and "Teks publikasi disimpan" in page
    row = await _row(site)
    assert row is not None and row.edited_at is not None and row.reply == "Sudah diperbaiki"
    assert "Siti Aminah" not in row.description and "3456" not in row.description
    assert "Jalan berlubang" in row.description and "<b>" not in page

    audit, events = await _trail(site)
    done = ["publication_withheld", "publication_released", "publication_edited"]
    assert [a for a, target in audit if a.startswith("publication")] == done
    assert [a for a, actor in events if a in done and actor.startswith("dashboard:")] == done
    assert "Ditahan dari publikasi" in page  # the timeline names the action


async def test_a_supervisor_may_act_and_another_agency_may_not(site: Site) -> None:
    await site.login(DLH_CHAT, OTHER_ADMIN)
    csrf = await _csrf(site, "/dasbor/tiket/ADU-2612-0004")
    refused = await site.client.post(FORM, data={"csrf": csrf, "action": "withhold"})
    assert refused.status == 403 and await _row(site) is None
    audit, _ = await _trail(site)
    assert ("publication_refused", "ADU-2612-0001") in audit

    site.client.session.cookie_jar.clear()
    await site.login(SUPERVISORS, SUPERVISOR)
    status, _page = await _post(site, action="withhold")
    assert status == 303 and (row := await _row(site)) is not None and row.state == "withheld"


async def test_forms_without_the_token_or_with_nonsense_change_nothing(site: Site) -> None:
    await site.login()
    forged = await site.client.post(FORM, data={"csrf": "x", "action": "withhold"})
    assert forged.status == 403 and await _row(site) is None
    status, _ = await _post(site, action="delete")
    assert status == 400
    status, page = await _post(site, action="edit", text="   ")
    assert status == 303 and await _row(site) is None
    assert "tidak boleh kosong" in page
    confidential = "/dasbor/tiket/ADU-2612-0003"
    page = await (await site.client.get(confidential)).text()
    assert "Tidak pernah dipublikasikan" in page and "publication-withhold" not in page
    csrf = await _csrf(site, confidential)
    answer = await site.client.post(confidential + "/publikasi",
                                    data={"csrf": csrf, "action": "release"})  # fmt: skip
    assert answer.status == 400


async def test_a_resident_s_withdrawal_is_final_for_staff(site: Site) -> None:
    async with site.chat.sessions.begin() as session:
        ticket = await tickets.by_code(session, "ADU-2612-0001")
        assert ticket is not None
        await publication_edits.withdraw(session, ticket, "resident:1", NOW)
    await site.login()
    page = await (await site.client.get(PAGE)).text()
    assert "Ditarik oleh pelapor" in page and "publication-release" not in page
    status, page = await _post(site, action="release")
    assert status == 303 and "sudah menarik" in page
    assert (row := await _row(site)) is not None and row.state == "withdrawn"
