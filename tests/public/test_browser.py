"""A real browser (Debian's headless Chromium driven by Playwright) opens the public
page on a phone-sized screen, follows a published report, and switches to English; no
request leaves the bot's own server. Screenshots go to artifacts/screenshots/ (kept by
CI) for people to look at."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.public.live import Live, live_server

CHROMIUM = os.environ.get("ADUAN_CHROMIUM", "/usr/bin/chromium")
SHOTS = Path(__file__).parents[2] / "artifacts" / "screenshots"
PHONE = {"width": 390, "height": 844}

pytestmark = pytest.mark.skipif(
    shutil.which(CHROMIUM) is None and os.environ.get("CI") != "true",
    reason=f"no Chromium at {CHROMIUM} (apt-get install chromium)",
)


@pytest.fixture(scope="module")
def live(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Live]:
    with live_server(tmp_path_factory.mktemp("browser")) as server:
        yield server


async def test_a_resident_reads_the_page_and_a_report_on_a_phone(live: Live) -> None:
    from playwright.async_api import async_playwright

    SHOTS.mkdir(parents=True, exist_ok=True)
    outside: list[str] = []
    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(
            executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"]
        )
        try:
            context = await browser.new_context(viewport=PHONE, device_scale_factor=2)
            page = await context.new_page()
            page.on(
                "request",
                lambda r: None if r.url.startswith(live.base) else outside.append(r.url),
            )
            await page.goto(f"{live.base}/transparansi?lang=id")
            assert await page.title() == "Transparansi Layanan Pengaduan · Kabupaten Sukamaju"
            assert await page.locator("li.report").count() == 2
            width = await page.evaluate("document.documentElement.scrollWidth")
            assert width <= PHONE["width"]  # nothing wider than the phone's screen
            await page.screenshot(path=SHOTS / "transparansi-phone.png", full_page=True)
            await page.click("text=ADU-2611-0101")
            await page.wait_for_url("**/transparansi/laporan/ADU-2611-0101**")
            text = await page.inner_text("article")
            assert "[telepon]" in text and "[NIK]" in text and "081298765432" not in text
            await page.screenshot(path=SHOTS / "laporan-phone.png", full_page=True)
            await page.click("nav.langs a[hreflang='en']")  # the same page, in English
            await page.wait_for_url("**/transparansi/laporan/ADU-2611-0101?lang=en")
            assert "Reply from" in await page.inner_text("article")
            desktop = await browser.new_page(viewport={"width": 1280, "height": 900})
            await desktop.goto(f"{live.base}/transparansi?lang=en&periode=tahun-ini")
            await desktop.screenshot(path=SHOTS / "transparansi-desktop-en.png", full_page=True)
            await desktop.goto(f"{live.base}/transparansi/data?lang=id")
            await desktop.screenshot(path=SHOTS / "data-terbuka.png", full_page=True)
        finally:
            await browser.close()
    assert outside == []
