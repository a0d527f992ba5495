"""The ID/EN links in the dashboard's header: each leads to the page being read with
every query parameter kept (period, kind, sort, the table's part, the ticket filters and
page) and only the language changed; and the page's figures are written as its
language writes them (5,0 in Indonesian, 5.0 in English), a missing one "–"."""

from __future__ import annotations

import html
import re
from collections.abc import AsyncIterator
from urllib.parse import parse_qsl, urlsplit

import pytest

from tests.dashboard.site import SUPERVISOR, SUPERVISORS, Site, dashboard_site

SWITCH = re.compile(r'<a href="([^"]+)" hreflang="(id|en)"')


@pytest.fixture
async def site(sqlite_url: str) -> AsyncIterator[Site]:
    async with dashboard_site(sqlite_url) as running:
        await running.login(SUPERVISORS, SUPERVISOR)
        yield running


async def switches(site: Site, address: str) -> dict[str, tuple[str, list[tuple[str, str]]]]:
    """Each language link of the page at ``address``: its path and its parameters."""
    page = await (await site.client.get(address)).text()
    found = {}
    for href, code in SWITCH.findall(page):
        parts = urlsplit(html.unescape(href))
        found[code] = (parts.path, parse_qsl(parts.query, keep_blank_values=True))
    return found


@pytest.mark.parametrize(
    "address",
    [
        "/dasbor?periode=2026-Q4&jenis=complaint&urut=resolution&arah=turun&kolom=rincian",
        "/dasbor/tiket?opd=pupr&status=open&lewat=1&periode=2026-12&q=jalan+rusak&hal=2",
        "/dasbor/tiket/ADU-2612-0001?lang=en",
    ],
)
async def test_switching_language_keeps_every_other_query_parameter(
    site: Site, address: str
) -> None:
    asked = urlsplit(address)
    kept = [(k, v) for k, v in parse_qsl(asked.query, keep_blank_values=True) if k != "lang"]
    links = await switches(site, address)
    assert set(links) == {"id", "en"}
    for code, (path, query) in links.items():
        assert path == asked.path
        assert query == [*kept, ("lang", code)]  # the same parameters, in their order


async def test_the_overview_writes_figures_as_its_language_does(site: Site) -> None:
    indonesian = await (await site.client.get("/dasbor?periode=2026-12")).text()
    english = await (await site.client.get("/dasbor?periode=2026-12&lang=en")).text()
    # PUPR's p90 first response and mean rating (tests.figures.seed), its rated share
    assert 'data-label="Tanggapan pertama, p90 (jam kerja)">7,4<' in indonesian
    assert 'data-label="First response, p90 (working hours)">7.4<' in english
    assert ">5,0<" in indonesian and ">5.0<" in english and ">50%<" in english
    assert 'data-label="Rata-rata penilaian">–<' in indonesian  # Dinkes: nobody rated yet
    assert "40,0 jam" in indonesian and "40.0 h" in english  # the chart's labels


async def test_the_english_dashboard_names_agencies_and_the_regency_in_english(site: Site) -> None:
    overview_id = await (await site.client.get("/dasbor?periode=2026-12")).text()
    overview_en = await (await site.client.get("/dasbor?periode=2026-12&lang=en")).text()
    tickets_en = await (await site.client.get("/dasbor/tiket?periode=2026-12&lang=en")).text()
    assert "Dinas PUPR" in overview_id and "Kabupaten Sukamaju" in overview_id
    for page in (overview_en, tickets_en):
        assert "Public Works" in page and "Sukamaju Regency" in page
        assert "Dinas PUPR" not in page and "Kabupaten Sukamaju" not in page
