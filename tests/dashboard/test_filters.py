"""The ticket list's filters, each on the seeded December (see tests.figures.seed) as a
supervisor sees it: agency, kind, status, overdue now, period, privacy, channel, text,
and paging that keeps the filters."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator

import pytest

from bot.web.dashboard import tickets
from tests.dashboard.site import SUPERVISOR, SUPERVISORS, Site, dashboard_site

CODE = re.compile(r'<td><a href="/dasbor/tiket/([A-Z]{3}-\d{4}-\d{4})\?')


@pytest.fixture
async def site(db_url: str) -> AsyncIterator[Site]:
    async with dashboard_site(db_url) as running:
        await running.login(SUPERVISORS, SUPERVISOR)
        yield running


async def listed(site: Site, query: str) -> set[str]:
    answer = await site.client.get(f"/dasbor/tiket?{query}")
    assert answer.status == 200
    return set(CODE.findall(await answer.text()))


@pytest.mark.parametrize(
    ("query", "codes"),
    [
        ("", {"ADU-2612-0001", "ADU-2612-0002", "ADU-2612-0003", "ADU-2612-0004",
              "INF-2612-0001", "ADU-2611-0009"}),
        ("opd=dlh", {"ADU-2612-0004"}),
        ("jenis=info", {"INF-2612-0001"}),
        ("lewat=1", {"ADU-2612-0003", "ADU-2611-0009"}),
        ("periode=2026-11", {"ADU-2611-0009"}),
        ("privasi=anonymous", {"ADU-2612-0002"}),
        ("kanal=whatsapp", {"ADU-2612-0002", "INF-2612-0001"}),
        ("q=ADU-2612-0004", {"ADU-2612-0004"}),
        ("opd=pupr&periode=2026-12&privasi=confidential", {"ADU-2612-0003"}),
        ("opd=nonsense&jenis=<b>&kanal=fax", {"ADU-2612-0001", "ADU-2612-0002", "ADU-2612-0003",
                                              "ADU-2612-0004", "INF-2612-0001", "ADU-2611-0009"}),
    ],
)  # fmt: skip
async def test_each_filter_lists_the_tickets_it_names(
    site: Site, query: str, codes: set[str]
) -> None:
    assert await listed(site, query) == codes


async def test_pages_keep_the_filters_and_together_list_every_ticket(
    site: Site, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(tickets, "PAGE_SIZE", 2)
    first = await (await site.client.get("/dasbor/tiket?opd=pupr")).text()
    assert 'href="/dasbor/tiket?hal=2&amp;opd=pupr' in first
    pages = [await listed(site, f"opd=pupr&hal={n}") for n in (1, 2, 3)]
    assert [len(page) for page in pages] == [2, 2, 0]
    assert set().union(*pages) == {"ADU-2612-0001", "ADU-2612-0002", "ADU-2612-0003",
                                   "ADU-2611-0009"}  # fmt: skip
