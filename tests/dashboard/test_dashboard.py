"""The dashboard over HTTP: login through the bot, who sees what, exports read back,
the audit log, refusals (reused or expired link, no cookie, another agency's ticket,
a form without its CSRF token)."""

from __future__ import annotations

import asyncio
import io
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import select

from storage.dashboard import AuditEntry
from tests.config.cli import Aduan
from tests.dashboard.site import SUPERVISOR, SUPERVISORS, Site, dashboard_site


@pytest.fixture
async def site(db_url: str) -> AsyncIterator[Site]:
    async with dashboard_site(db_url) as running:
        yield running


async def test_staff_log_in_through_the_bot_and_see_only_their_agency(site: Site) -> None:
    path = await site.login_link()
    form = await site.client.get(path)
    assert form.status == 200 and 'name="t"' in await form.text()
    await site.login()
    page = await (await site.client.get("/dasbor?periode=2026-12")).text()
    assert "Dinas PUPR" in page and "DLH" not in page
    assert "<svg" in page and "Kinerja layanan 2026-12" in page
    listing = await (await site.client.get("/dasbor/tiket?periode=2026-12")).text()
    assert "ADU-2612-0003" in listing and "ADU-2612-0004" not in listing

    other = await site.client.get("/dasbor/tiket/ADU-2612-0004")  # DLH's, by URL
    assert other.status == 403
    secret = await site.client.get("/dasbor/tiket/ADU-2612-0003")
    text = await secret.text()
    assert secret.status == 200 and "Pungutan liar" in text
    assert "Siti Aminah" not in text and "+6281234567890" not in text  # confidential
    public = await (await site.client.get("/dasbor/tiket/ADU-2612-0001")).text()
    assert "Siti Aminah" in public  # a public report shows who reported it
    async with site.chat.sessions() as session:
        trail = (await session.execute(select(AuditEntry.action, AuditEntry.target))).all()
    assert ("view_refused", "ADU-2612-0004") in trail and ("view", "ADU-2612-0003") in trail


async def test_a_link_works_once_and_for_ten_minutes(site: Site) -> None:
    path = await site.login_link()
    token = path.split("t=", 1)[1]
    first = await site.client.post("/dasbor/masuk", data={"t": token}, allow_redirects=False)
    assert first.status == 302
    again = await site.client.post("/dasbor/masuk", data={"t": token}, allow_redirects=False)
    assert again.status == 403 and "/dasbor" in await again.text()
    late = (await site.login_link()).split("t=", 1)[1]
    site.chat.clock.advance(minutes=11)
    expired = await site.client.post("/dasbor/masuk", data={"t": late}, allow_redirects=False)
    assert expired.status == 403


async def test_without_a_session_the_visitor_is_told_how_to_log_in(site: Site) -> None:
    answer = await site.client.get("/dasbor/tiket", allow_redirects=False)
    assert answer.status == 302 and "/dasbor/cara-masuk" in answer.headers["Location"]
    how = await (await site.client.get(answer.headers["Location"])).text()
    assert "/dasbor" in how and "pesan pribadi" in how


async def test_a_supervisor_sees_every_agency_and_exports_are_read_back(site: Site) -> None:
    await site.login(SUPERVISORS, SUPERVISOR)
    page = await (await site.client.get("/dasbor?periode=2026-12&lang=en")).text()
    assert "Environment Office" in page and "Public Works" in page and "Service performance" in page
    assert "1 Dec 2026 – 31 Dec 2026" in page  # a month's name: 01-12 reads as January 12th
    assert ">30 Nov</text>" in page and "30-11" not in page  # the weekly chart's days too
    sheet = await site.client.get("/dasbor/tiket.xlsx?periode=2026-12&status=open")
    book = load_workbook(io.BytesIO(await sheet.read()))
    rows = list(book.worksheets[0].iter_rows(values_only=True))
    assert rows[0][0] == "Daftar tiket" and rows[1][0] == "Nomor"  # the title, the header
    assert [r[0] for r in rows[2:]] == ["ADU-2612-0003"]
    csv_text = (await (await site.client.get("/dasbor/tiket.csv?q=jembatan")).read()).decode()
    assert "ADU-2612-0003" in csv_text and "ADU-2612-0001" not in csv_text
    pdf = await site.client.get("/dasbor/ringkasan.pdf?periode=2026-12")
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(await pdf.read())).pages)
    assert "Kinerja layanan 2026-12" in text and "Dinas PUPR" in text
    overview = await site.client.get("/dasbor/ringkasan.xlsx?periode=2026-12")
    figures = load_workbook(io.BytesIO(await overview.read())).worksheets[0]
    assert list(figures.iter_rows(values_only=True))[-1][:2] == ("Seluruh perangkat daerah", 5)
    async with site.chat.sessions() as session:
        exports = (await session.execute(select(AuditEntry.target))).scalars().all()
    assert {"tiket.xlsx", "tiket.csv", "ringkasan.pdf", "ringkasan.xlsx"} <= set(exports)


async def test_logging_out_needs_the_form_s_csrf_token(site: Site) -> None:
    await site.login()
    forged = await site.client.post("/dasbor/keluar", data={"csrf": "x"}, allow_redirects=False)
    assert forged.status == 403
    page = await (await site.client.get("/dasbor")).text()
    csrf = page.split('name="csrf" value="', 1)[1].split('"', 1)[0]
    out = await site.client.post("/dasbor/keluar", data={"csrf": csrf}, allow_redirects=False)
    assert out.status == 302
    after = await site.client.get("/dasbor", allow_redirects=False)
    assert after.status == 302


async def test_the_operator_lists_and_revokes_sessions(
    site: Site, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    await site.login()
    # the command in-process, in a thread of its own (it runs an event loop of its own)
    aduan = Aduan(monkeypatch, tmp_path).set(database_url=site.chat.settings.database_url)
    listed = await asyncio.to_thread(aduan, "sessions", "list")
    assert "Rina" in listed.stdout and "pupr" in listed.stdout, listed.stderr
    revoked = await asyncio.to_thread(aduan, "sessions", "revoke", "--user", "9001")
    assert "ended 1 session" in revoked.stdout
    after = await site.client.get("/dasbor", allow_redirects=False)
    assert after.status == 302
