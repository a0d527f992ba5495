"""The clock on a ticket's page says which clock it is: a complaint's running deadline
(overdue marked), an information request's decision deadline (and whether it was
extended), or, for a resolved ticket, the day it closes by itself — which is no
deadline and never shown as one."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import timedelta

import pytest
from sqlalchemy import select

from storage import sla
from storage.models import Ticket
from tests.dashboard.site import SUPERVISOR, SUPERVISORS, Site, dashboard_site
from tests.figures.seed import RULES


@pytest.fixture
async def site(db_url: str) -> AsyncIterator[Site]:
    async with dashboard_site(db_url) as running:
        yield running


def clock_row(page: str) -> str:
    start = page.index('<dd id="clock">')
    row_start = page.rindex("<dt>", 0, start)
    return page[row_start : page.index("</dd>", start)]


async def test_a_resolved_ticket_shows_when_it_closes_by_itself_not_a_deadline(
    site: Site,
) -> None:
    await site.login()
    page = await (await site.client.get("/dasbor/tiket/ADU-2612-0001")).text()
    row = clock_row(page)
    assert "Tutup otomatis" in row and "bila warga tidak membalas" in row
    assert "berjalan sampai" not in page and "lewat tenggat" not in row
    english = await (await site.client.get("/dasbor/tiket/ADU-2612-0001?lang=en")).text()
    assert "Closes automatically" in clock_row(english)


async def test_a_waiting_complaint_shows_its_deadline_and_that_it_is_overdue(
    site: Site,
) -> None:
    await site.login()
    page = await (await site.client.get("/dasbor/tiket/ADU-2612-0003")).text()
    row = clock_row(page)
    assert "Tenggat" in row and "berjalan sampai 04" in row and "lewat tenggat" in row


async def test_an_information_request_shows_its_decision_deadline(site: Site) -> None:
    async with site.chat.sessions.begin() as session:
        request = (
            await session.execute(select(Ticket).where(Ticket.code == "INF-2612-0001"))
        ).scalar_one()
        request.status, request.resolved_at = "open", None
        sla.reschedule(session, request, request.created_at, RULES)
    await site.login(SUPERVISORS, SUPERVISOR)
    row = clock_row(await (await site.client.get("/dasbor/tiket/INF-2612-0001")).text())
    assert "Batas keputusan" in row and "diperpanjang" not in row and "lewat tenggat" in row

    async with site.chat.sessions.begin() as session:
        request = (
            await session.execute(select(Ticket).where(Ticket.code == "INF-2612-0001"))
        ).scalar_one()
        request.sla_extended_at = request.created_at + timedelta(days=9)
        sla.reschedule(session, request, request.created_at, RULES)
    english = await (await site.client.get("/dasbor/tiket/INF-2612-0001?lang=en")).text()
    assert "Decision due" in clock_row(english) and "(extended)" in clock_row(english)
