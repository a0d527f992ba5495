"""What issue 15 asks of the dashboard's views, each shown here: an anonymous report
never shows its resident to staff or supervisors; the overview sorts by a column either
way; the session cookie is HttpOnly, SameSite and scoped to the dashboard."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from datetime import timedelta

import pytest
from sqlalchemy import select

from storage.models import Ticket
from storage.tickets import record_event
from tests.dashboard.site import SUPERVISOR, SUPERVISORS, Site, dashboard_site


@pytest.fixture
async def site(db_url: str) -> AsyncIterator[Site]:
    async with dashboard_site(db_url) as running:
        yield running


async def test_an_anonymous_report_never_shows_its_resident(site: Site) -> None:
    for chat, sender in ((None, None), (SUPERVISORS, SUPERVISOR)):
        site.client.session.cookie_jar.clear()
        await (site.login() if chat is None else site.login(chat, sender))
        answer = await site.client.get("/dasbor/tiket/ADU-2612-0002")
        page = await answer.text()
        assert answer.status == 200 and "ADU-2612-0002" in page
        assert "Siti Aminah" not in page and "+6281234567890" not in page
        assert "disembunyikan" in page.split('id="resident"', 1)[1].split("</dd>", 1)[0]


def order_of(page: str, names: tuple[str, ...]) -> list[str]:
    body = page.split("<tbody", 1)[1].split("</tbody>", 1)[0]
    return sorted(names, key=body.index)


async def test_the_overview_sorts_by_a_column_either_way(site: Site) -> None:
    await site.login(SUPERVISORS, SUPERVISOR)
    most = await (await site.client.get("/dasbor?periode=2026-12&urut=received&arah=turun")).text()
    fewest = await (await site.client.get("/dasbor?periode=2026-12&urut=received&arah=naik")).text()
    assert order_of(most, ("Dinas PUPR", "DLH"))[0] == "Dinas PUPR"  # 3 received, DLH 1
    assert order_of(fewest, ("Dinas PUPR", "DLH"))[0] == "DLH"
    assert "▼" in most and "▲" in fewest


async def test_the_session_cookie_is_http_only_same_site_and_for_the_dashboard(
    site: Site,
) -> None:
    token = (await site.login_link()).split("t=", 1)[1]
    answer = await site.client.post("/dasbor/masuk", data={"t": token}, allow_redirects=False)
    cookie = answer.headers["Set-Cookie"]
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie and "Path=/dasbor" in cookie


async def test_a_session_ends_after_a_working_day(site: Site) -> None:
    await site.login()
    site.chat.clock.advance(hours=8, minutes=59)
    assert (await site.client.get("/dasbor", allow_redirects=False)).status == 200
    site.chat.clock.advance(minutes=2)
    ended = await site.client.get("/dasbor", allow_redirects=False)
    assert ended.status == 302 and "/dasbor/cara-masuk" in ended.headers["Location"]


async def test_pages_need_nothing_from_the_internet(site: Site) -> None:
    await site.login(SUPERVISORS, SUPERVISOR)
    for path in ("/dasbor?periode=2026-12", "/dasbor/tiket", "/dasbor/tiket/ADU-2612-0001"):
        page = await (await site.client.get(path)).text()
        assets = re.findall(r'<(?:link|script|img)\b[^>]*(?:href|src)="([^"]+)"', page)
        assert assets and all(a.startswith("/dasbor/") for a in assets), (path, assets)
        assert "<script" not in page  # charts are server-side SVG
    css = await site.client.get("/dasbor/static/dasbor.css")
    assert css.status == 200 and "text/css" in css.content_type


async def test_a_ticket_s_page_shows_the_messages_both_ways(site: Site) -> None:
    async with site.chat.sessions.begin() as session:
        ticket = (
            await session.execute(select(Ticket).where(Ticket.code == "ADU-2612-0001"))
        ).scalar_one()
        moment = ticket.created_at + timedelta(days=3)  # after the answer
        record_event(session, ticket, "resident:1", "followup", "Lubangnya makin <besar>", moment)
    await site.login()
    page = await (await site.client.get("/dasbor/tiket/ADU-2612-0001")).text()
    timeline = page.split('<ol class="timeline">', 1)[1]
    assert "Keterangan tambahan dari pelapor" in timeline
    assert "Lubangnya makin &lt;besar&gt;" in timeline  # the resident's words, escaped
    assert "Dijawab ke pelapor" in timeline and "Petugas datang besok" in timeline  # staff's
    assert timeline.index("Petugas datang besok") < timeline.index("Lubangnya")  # in order
    sent = page.split("Pesan ke pelapor", 1)[1]
    assert "Petugas datang besok" in sent  # what the resident was sent, as the relay queued it


async def test_a_ticket_s_timeline_is_in_the_order_things_happened(site: Site) -> None:
    async with site.chat.sessions.begin() as session:
        ticket = (
            await session.execute(select(Ticket).where(Ticket.code == "ADU-2612-0001"))
        ).scalar_one()
        early = ticket.created_at + timedelta(minutes=1)  # recorded last, happened first
        record_event(session, ticket, "resident:1", "followup", "Ada foto tambahan", early)
    await site.login()
    page = await (await site.client.get("/dasbor/tiket/ADU-2612-0001")).text()
    timeline = page.split('<ol class="timeline">', 1)[1].split("</ol>", 1)[0]
    assert timeline.index("Ada foto tambahan") < timeline.index("Petugas datang besok")


async def test_a_ticket_s_page_links_its_location_to_a_map(site: Site) -> None:
    await site.login()
    page = await (await site.client.get("/dasbor/tiket/ADU-2612-0001")).text()
    assert "Jl. Raya Sukamaju km 3" in page
    assert 'href="https://www.openstreetmap.org/?mlat=-6.900000&amp;mlon=107.600000"' in page
