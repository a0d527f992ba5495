"""The public page, one report's page and the open data: served without a login, in
Indonesian and English, with no asset from outside, and off unless switched on."""

from __future__ import annotations

import csv
import io
import json
from datetime import timedelta

import aiohttp

from bot.web.public import public_routes
from tests.harness import ChatHarness
from tests.public.rig import PublicRig, public_rig
from tests.public.seed import add_ticket


async def _seed(rig: PublicRig) -> None:
    assert rig.harness.app is not None
    now = rig.harness.clock()
    async with rig.harness.app.sessions.begin() as session:
        await add_ticket(
            session, "ADU-2611-0001", now - timedelta(days=2), status="resolved",
            reply="Lubang sudah ditambal", details={"kecamatan": "Sukamaju"},
        )  # fmt: skip
        await add_ticket(session, "ADU-2611-0002", now - timedelta(days=1), status="closed",
                         agency="dinkes", description="Puskesmas tutup lebih awal")  # fmt: skip
    await rig.publish()


async def _text(rig: PublicRig, path: str, **params: str) -> tuple[int, str, str]:
    async with rig.http.get(rig.base + path, params=params) as response:
        return response.status, response.content_type, await response.text()


async def test_the_page_lists_published_reports_newest_first(sqlite_url: str) -> None:
    async with public_rig(sqlite_url) as rig:
        await _seed(rig)
        status, kind, html = await _text(rig, "/transparansi")
        assert status == 200 and kind == "text/html"
        assert html.index("ADU-2611-0002") < html.index("ADU-2611-0001")
        assert "Laporan yang dipublikasikan" in html and "2 laporan" in html
        assert "http://" not in html.replace("http://wiki", "") and "https://" not in html
        _, _, filtered = await _text(rig, "/transparansi", opd="dinkes")
        assert "ADU-2611-0002" in filtered and "ADU-2611-0001" not in filtered


async def test_the_page_speaks_english_when_asked(sqlite_url: str) -> None:
    async with public_rig(sqlite_url) as rig:
        await _seed(rig)
        _, _, html = await _text(rig, "/transparansi", lang="en")
        assert "Published reports" in html and "Laporan yang dipublikasikan" not in html
        assert " Nov 2026, " in html and "-11-2026 " not in html  # a month's name, in English


async def test_a_report_page_shows_the_agencys_reply(sqlite_url: str) -> None:
    async with public_rig(sqlite_url) as rig:
        await _seed(rig)
        status, _, html = await _text(rig, "/transparansi/laporan/ADU-2611-0001")
        assert status == 200 and "Lubang sudah ditambal" in html and "Sukamaju" in html
        assert (await _text(rig, "/transparansi/laporan/ADU-2611-0999"))[0] == 404


async def test_monthly_open_data_has_stable_columns_and_the_licence(sqlite_url: str) -> None:
    async with public_rig(sqlite_url, open_data_licence="CC-BY-4.0") as rig:
        await _seed(rig)
        status, _, index = await _text(rig, "/transparansi/data")
        assert status == 200 and "laporan-2026-11.csv" in index and "kamus-data.json" in index
        status, kind, text = await _text(rig, "/transparansi/data/laporan-2026-11.csv")
        assert status == 200 and kind == "text/csv"
        rows = list(csv.DictReader(io.StringIO(text)))
        assert [r["code"] for r in rows] == ["ADU-2611-0001", "ADU-2611-0002"]
        assert rows[0]["licence"] == "CC-BY-4.0" and rows[0]["status_open311"] == "closed"
        status, kind, text = await _text(rig, "/transparansi/data/laporan-2026-11.json")
        document = json.loads(text)
        assert document["licence"] == "CC-BY-4.0" and len(document["records"]) == 2
        assert [f["name"] for f in document["fields"]] == list(rows[0])
        _, _, dictionary = await _text(rig, "/transparansi/data/kamus-data.json")
        assert "description" in {c["name"] for c in json.loads(dictionary)["reports"]}
        assert (await _text(rig, "/transparansi/data/laporan-2026-13.csv"))[0] == 404


async def test_the_stylesheet_is_served_by_aduan_itself(sqlite_url: str) -> None:
    async with public_rig(sqlite_url) as rig:
        status, kind, css = await _text(rig, "/transparansi/static/style.css")
        assert status == 200 and kind == "text/css" and "@import" not in css


async def test_everything_is_off_unless_the_regency_switches_it_on(sqlite_url: str) -> None:
    async with ChatHarness(sqlite_url) as harness, aiohttp.ClientSession():
        assert harness.app is not None
        assert public_routes(harness.app) == []


async def test_the_page_shows_each_agencys_figures_and_the_regencys_total(sqlite_url: str) -> None:
    async with public_rig(sqlite_url) as rig:
        await _seed(rig)
        _, _, html = await _text(rig, "/transparansi")
        total = html[html.index('class="total"') :]
        assert "Kabupaten Sukamaju" in total and '<td class="num">2</td>' in total
        # a figure not there yet (no rating given) reads as on the dashboard and the exports
        assert '<td class="num">–</td>' in total and '<td class="num">-</td>' not in html
        assert "Diterima dan selesai per bulan" in html and "<svg" in html
        # months by name, the year where the axis or a year starts: "11/26" reads as a day
        assert '">Des</text>' in html and '">Jan 2026</text>' in html
        assert '">Nov</text>' in html and "11/26" not in html
        _, _, year = await _text(rig, "/transparansi", periode="tahun-ini", lang="en")
        assert "This year" in year and 'aria-current="true">This year' in year
        # names in the reader's language: the regency's total and each agency's label
        english_total = year[year.index('class="total"') :]
        assert "Sukamaju Regency" in english_total and "Kabupaten Sukamaju" not in english_total
        assert ">Health Office</option>" in year and ">Dinkes</option>" in html
        assert '">Dec</text>' in year and '">Jan 2026</text>' in year and '">Oct</text>' in year
        # switching language keeps the period chosen
        assert 'href="/transparansi?periode=tahun-ini&amp;lang=id"' in year


async def test_monthly_figure_files_have_a_row_per_agency_and_the_total(sqlite_url: str) -> None:
    async with public_rig(sqlite_url) as rig:
        await _seed(rig)
        status, _, text = await _text(rig, "/transparansi/data/angka-2026-11.csv")
        assert status == 200
        rows = list(csv.DictReader(io.StringIO(text)))
        by_code = {r["agency_code"]: r for r in rows}
        assert by_code[""]["received"] == "2" and by_code["pupr"]["received"] == "1"
        assert by_code["dinkes"]["resolved"] in ("0", "1") and rows[0]["licence"]
        _, _, document = await _text(rig, "/transparansi/data/angka-2026-11.json")
        assert json.loads(document)["period"] == "2026-11"
