"""The dashboard in a real browser: headless Chromium from the OS packages, driven by
Playwright (no downloaded browser). A PUPR admin sends /dasbor in their group (a
Telegram update through the real parser), reads the one-time link from what the fake
Bot API received, logs in, opens the overview, filters the tickets, opens one,
downloads an export; a supervisor sees every agency. Screenshots of each page go to
artifacts/screenshots/ (kept by CI for the run)."""

from __future__ import annotations

import shutil
from collections.abc import AsyncIterator
from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urlsplit

import pytest

from tests.dashboard.site import SUPERVISOR, SUPERVISORS, Site, dashboard_site

playwright = pytest.importorskip("playwright.async_api")
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
SHOTS = Path(__file__).resolve().parents[2] / "artifacts" / "screenshots"
pytestmark = pytest.mark.skipif(
    not Path(CHROMIUM).exists(), reason="needs Debian's chromium (apt-get install chromium)"
)


@pytest.fixture
async def site(sqlite_url: str) -> AsyncIterator[Site]:
    async with dashboard_site(sqlite_url, channel="telegram") as running:
        yield running


@pytest.fixture
async def browser() -> AsyncIterator[object]:
    async with playwright.async_playwright() as driver:
        chromium = await driver.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=["--no-sandbox"]
        )
        yield chromium
        await chromium.close()


async def shot(page: object, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    await page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)  # type: ignore[attr-defined]


async def test_an_admin_logs_in_with_the_bots_link_and_works_through_the_dashboard(
    site: Site, browser: object, tmp_path: Path
) -> None:
    context = await browser.new_context(  # type: ignore[attr-defined]
        viewport={"width": 1280, "height": 900}, accept_downloads=True, locale="id-ID"
    )
    page = await context.new_page()
    link = await site.login_link()
    await page.goto(site.url + link)
    await shot(page, "01-login")
    await page.click("#login")
    await page.wait_for_url("**/dasbor?*")
    assert await page.locator("h1").inner_text() == "Kinerja layanan 2026-12"
    assert await page.locator("table.figures tbody tr").count() == 1  # PUPR only
    assert await page.locator("svg.chart").count() == 2
    await shot(page, "02-overview-staff")

    await page.click("text=Tiket")
    await page.select_option("select[name=status]", "open")
    await page.fill("input[name=periode]", "2026-12")
    await page.click("#filters button[type=submit]")
    rows = page.locator("table.tickets tbody tr")
    assert await rows.count() == 1 and "ADU-2612-0003" in await rows.first.inner_text()
    await shot(page, "03-tickets-filtered")

    async with page.expect_download() as waiting:
        await page.click("#export-csv")
    download = await waiting.value
    saved = tmp_path / "tiket.csv"
    await download.save_as(saved)
    assert "ADU-2612-0003" in saved.read_text(encoding="utf-8-sig")

    await page.click("text=ADU-2612-0003")
    assert "disembunyikan" in await page.locator("#resident").inner_text()
    await shot(page, "04-ticket-confidential")

    refused = await page.goto(site.url + "/dasbor/tiket/ADU-2612-0004")  # DLH's ticket
    assert refused is not None and refused.status == 403
    await shot(page, "05-other-agency-refused")

    reused = await page.goto(site.url + link)
    assert reused is not None
    await page.click("#login")
    assert "tidak berlaku" in await page.locator("p.error").inner_text()
    await context.close()


async def test_without_the_cookie_a_visitor_learns_how_to_log_in(
    site: Site, browser: object
) -> None:
    page = await browser.new_page(locale="id-ID")  # type: ignore[attr-defined]
    await page.goto(site.url + "/dasbor")
    assert "/dasbor/cara-masuk" in page.url
    assert "/dasbor" in await page.locator("main").inner_text()
    await shot(page, "06-how-to-log-in")
    await page.close()


async def test_a_supervisor_sees_every_agency_on_a_phone(site: Site, browser: object) -> None:
    context = await browser.new_context(viewport={"width": 390, "height": 844}, locale="id-ID")  # type: ignore[attr-defined]
    page = await context.new_page()
    await page.goto(site.url + await site.login_link(SUPERVISORS, SUPERVISOR))
    await page.click("#login")
    await page.wait_for_url("**/dasbor?*")
    assert await page.locator("table.figures tbody tr").count() == 3
    assert await page.locator("tr.behind").count() >= 1
    # readable without scrolling sideways: each agency a card of labelled figures, the
    # page and the table's box no wider than the phone
    assert await page.evaluate("document.documentElement.scrollWidth") <= 390
    box = page.locator("table.figures").locator("..")
    assert await box.evaluate("b => b.scrollWidth <= b.clientWidth")
    cells = page.locator("table.figures tbody td")
    rights = await cells.evaluate_all("all => all.map(c => c.getBoundingClientRect().right)")
    assert rights and max(rights) <= 390
    # still a table to a screen reader: its column and row headers are there (eighteen
    # columns and the five group headers above some of them)
    assert await page.get_by_role("columnheader").count() == 18 + 5
    assert await page.get_by_role("rowheader").count() == 4  # three agencies and the total
    await shot(page, "07-overview-phone")
    await context.close()


async def hidden_sideways(page: object) -> int:
    """How many pixels of the agency table's box, or of the page, lie beyond what is
    shown: 0 when every column is in view without scrolling sideways."""
    return int(
        await page.evaluate(  # type: ignore[attr-defined]
            """() => {
            const box = document.querySelector("table.figures").parentElement;
            const page = document.documentElement.scrollWidth - window.innerWidth;
            return Math.max(box.scrollWidth - box.clientWidth, page, 0);
        }"""
        )
    )


@pytest.mark.parametrize("language", ["id", "en"])
async def test_a_supervisor_reads_every_column_of_the_overview_on_a_desktop(
    site: Site, browser: object, language: str
) -> None:
    context = await browser.new_context(viewport={"width": 1280, "height": 800}, locale="id-ID")  # type: ignore[attr-defined]
    page = await context.new_page()
    await page.goto(site.url + await site.login_link(SUPERVISORS, SUPERVISOR))
    await page.click("#login")
    await page.wait_for_url("**/dasbor?*")
    if language == "en":
        await page.goto(site.url + "/dasbor?lang=en")
    assert await hidden_sideways(page) == 0
    await shot(page, "00-overview-supervisor" if language == "id" else "11-overview-english")
    # the grouped header: each column under its group, the sortable ones still links,
    # the sorted one still marked
    assert await page.get_by_role("columnheader").count() == 18 + 5
    assert await page.locator("table.figures thead th.sortable a").count() == 9
    assert await page.locator("table.figures th[aria-sort]").count() == 1
    median = "First response, median (h)" if language == "en" else "Tanggapan pertama, median (jam)"
    await page.get_by_role("columnheader", name=median).locator("a").click()
    await page.wait_for_url("**urut=response*")
    assert await page.locator("th[aria-sort=descending]").get_attribute("aria-label") == median
    assert await hidden_sideways(page) == 0  # the sort arrow needs no more room than there is
    await context.close()


async def supervisor_page(site: Site, browser: object, width: int) -> object:
    context = await browser.new_context(viewport={"width": width, "height": 800}, locale="id-ID")  # type: ignore[attr-defined]
    page = await context.new_page()
    await page.goto(site.url + await site.login_link(SUPERVISORS, SUPERVISOR))
    await page.click("#login")
    await page.wait_for_url("**/dasbor?*")
    return page


async def shown_labels(page: object) -> list[str]:
    """The figures the first agency's row shows (display not none), by their labels."""
    cells = page.locator("table.figures tbody tr").first.locator("td[data-label]")  # type: ignore[attr-defined]
    return list(
        await cells.evaluate_all(
            "all => all.filter(c => getComputedStyle(c).display !== 'none')"
            ".map(c => c.dataset.label)"
        )
    )


# the widths a supervisor reads the overview at: a phone, a tablet upright and across,
# small and ordinary laptops, a desktop; where the eighteen columns do not fit, the table
# shows its main figures or its details, the toggle above it choosing
WIDTHS = {360: "cards", 768: "parts", 1024: "parts", 1180: "parts", 1280: "all", 1440: "all"}


@pytest.mark.parametrize("language", ["id", "en"])
async def test_the_agency_table_never_scrolls_sideways_from_a_phone_to_a_desktop(
    site: Site, browser: object, language: str
) -> None:
    page = await supervisor_page(site, browser, 1280)
    toggle = page.locator("nav.columns")  # type: ignore[attr-defined]
    for width, layout in WIDTHS.items():
        await page.set_viewport_size({"width": width, "height": 800})  # type: ignore[attr-defined]
        seen: set[str] = set()
        for part in ("", "rincian"):
            await page.goto(f"{site.url}/dasbor?lang={language}&kolom={part}")  # type: ignore[attr-defined]
            assert await hidden_sideways(page) == 0, (width, part)
            labels = await shown_labels(page)
            seen |= set(labels)
            assert await toggle.is_visible() == (layout == "parts"), width
            if layout == "parts":  # one part at a time: never all seventeen figures
                assert len(labels) == (8 if part == "" else 9), (width, part, labels)
                if width in (768, 1024):
                    name = "details" if part else "main"
                    await shot(page, f"12-overview-{width}-{name}-{language}")
            else:  # every figure, whichever part was asked for
                assert len(labels) == 17, (width, labels)
        assert len(seen) == 17, width  # every figure is one click away at most


async def test_at_tablet_width_the_toggle_shows_the_details_and_keeps_the_sort(
    site: Site, browser: object
) -> None:
    page = await supervisor_page(site, browser, 1024)
    toggle = page.locator("nav.columns a")  # type: ignore[attr-defined]
    assert await toggle.nth(0).get_attribute("aria-current") == "page"  # main figures first
    assert "Ditanggapi tepat waktu (%)" in await shown_labels(page)
    await page.get_by_role("columnheader", name="Penyelesaian, median (jam)").locator("a").click()  # type: ignore[attr-defined]
    await page.wait_for_url("**urut=resolution*")  # type: ignore[attr-defined]
    await toggle.nth(1).click()
    await page.wait_for_url("**kolom=rincian*")  # type: ignore[attr-defined]
    assert "urut=resolution" in page.url  # type: ignore[attr-defined]
    assert await toggle.nth(1).get_attribute("aria-current") == "page"
    details = await shown_labels(page)
    assert "Dialihkan" in details and "WhatsApp" in details
    assert "Ditanggapi tepat waktu (%)" not in details
    # sorting in the details keeps them; still no sideways scrolling, sort arrow and all
    await page.get_by_role("columnheader", name="Perangkat daerah").locator("a").click()  # type: ignore[attr-defined]
    await page.wait_for_url("**urut=name*")  # type: ignore[attr-defined]
    assert "kolom=rincian" in page.url  # type: ignore[attr-defined]
    assert await hidden_sideways(page) == 0


async def figure(page: object, agency: str, label: str) -> str:
    """The text of one agency's figure in the overview's table, found by its label."""
    row = page.locator("table.figures tbody tr", has_text=agency)  # type: ignore[attr-defined]
    return str(await row.locator(f'td[data-label="{label}"]').inner_text())


async def test_switching_language_keeps_the_period_the_sort_and_the_part_shown(
    site: Site, browser: object
) -> None:
    page = await supervisor_page(site, browser, 1024)
    chosen = {"periode": "2026-12", "urut": "resolution", "arah": "turun", "kolom": "rincian"}
    await page.goto(f"{site.url}/dasbor?{urlencode(chosen)}")  # type: ignore[attr-defined]
    assert await figure(page, "DLH", "Penyelesaian, p90 (jam kerja)") == "48,0"
    for code, heading, median, p90, environment, health in (
        ("EN", "Service performance 2026-12", "Resolution, median (h)",
         "Resolution, p90 (working hours)", "Environment Office", "Health Office"),
        ("ID", "Kinerja layanan 2026-12", "Penyelesaian, median (jam)",
         "Penyelesaian, p90 (jam kerja)", "DLH", "Dinkes"),
    ):  # fmt: skip
        await page.get_by_role("link", name=code, exact=True).click()  # type: ignore[attr-defined]
        await page.wait_for_url(f"**lang={code.lower()}")  # type: ignore[attr-defined]
        query = dict(parse_qsl(urlsplit(page.url).query))  # type: ignore[attr-defined]
        assert query == {**chosen, "lang": code.lower()}
        assert await page.locator("h1").inner_text() == heading  # type: ignore[attr-defined]
        # still the details, still sorted by the resolution median, descending
        toggle = page.locator("nav.columns a")  # type: ignore[attr-defined]
        assert await toggle.nth(1).get_attribute("aria-current") == "page"
        sorted_by = page.locator("th[aria-sort=descending]")  # type: ignore[attr-defined]
        assert await sorted_by.get_attribute("aria-label") == median
        # the agencies by their names in the page's language
        assert await figure(page, environment, p90) == ("48.0" if code == "EN" else "48,0")
        assert await figure(page, health, p90) == "–"  # nothing resolved yet
        assert await hidden_sideways(page) == 0
        await shot(page, f"13-overview-1024-details-switched-to-{code.lower()}")


async def test_an_admin_sees_a_ticket_s_photos_and_withholds_then_edits_its_publication(
    site: Site, browser: object
) -> None:
    context = await browser.new_context(viewport={"width": 1280, "height": 900}, locale="id-ID")  # type: ignore[attr-defined]
    page = await context.new_page()
    await page.goto(site.url + await site.login_link())
    await page.click("#login")
    await page.wait_for_url("**/dasbor?*")
    await page.goto(site.url + "/dasbor/tiket/ADU-2612-0001")
    first = page.locator("#photos img").first
    await first.scroll_into_view_if_needed()
    await page.wait_for_function("document.querySelector('#photos img').complete")
    assert await first.evaluate("img => img.naturalWidth") == 48  # the channel's photo
    await page.wait_for_function(
        "[...document.querySelectorAll('#photos img')].every(i => i.complete)"
    )
    sizes = await page.locator("#photos img").evaluate_all("all => all.map(i => i.naturalWidth)")
    assert sizes == [48, 160, 160]  # photos 3 and 4 cannot be fetched: a picture saying so
    assert "Tutup otomatis" in await page.locator("dl.facts").inner_text()  # resolved
    assert "Belum dipublikasikan" in await page.locator("#publication-state").inner_text()
    await shot(page, "08-ticket-photos")

    await page.fill("#publication-withhold input[name=reason]", "Wajah warga terlihat")
    await page.click("#publication-withhold button")
    await page.wait_for_url("**publikasi=withheld*")
    assert "ditahan" in await page.locator("#publication-outcome").inner_text()
    await shot(page, "09-publication-withheld")

    await page.click("#publication-release button")
    await page.wait_for_url("**publikasi=released*")
    await page.fill(
        "#publication-edit textarea[name=text]", "Jalan berlubang, hubungi 081234567890"
    )
    await page.click("#publication-edit button")
    await page.wait_for_url("**publikasi=edited*")
    published = await page.locator(".publication .published").inner_text()
    assert "Jalan berlubang" in published and "081234567890" not in published
    await shot(page, "10-publication-edited")
    await context.close()
