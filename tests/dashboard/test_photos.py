"""A ticket's photos on its dashboard page: shown to whoever may see the ticket,
fetched through the channel's file source (a fake here), audited; refused for another
agency's ticket without asking the channel; a file the channel no longer has, or
cannot hand out now, is a clean page, and a non-image never renders inline."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import timedelta

import pytest
from sqlalchemy import select

from storage.dashboard import AuditEntry
from tests.dashboard.site import SUPERVISOR, SUPERVISORS, Site, dashboard_site, png
from tests.staff.helpers import DLH_CHAT, OTHER_ADMIN


@pytest.fixture
async def site(db_url: str) -> AsyncIterator[Site]:
    async with dashboard_site(db_url) as running:
        yield running


async def test_staff_see_their_ticket_s_photos_fetched_from_the_channel(site: Site) -> None:
    await site.login()
    page = await (await site.client.get("/dasbor/tiket/ADU-2612-0001")).text()
    assert page.count('<img src="/dasbor/tiket/ADU-2612-0001/foto/') == 3
    assert 'href="/dasbor/tiket/ADU-2612-0001/foto/2">Dokumen 2: denah.svg' in page
    assert "<h2>Foto (3) · Dokumen (1)</h2>" in page  # a document is not counted as a photo
    photo = await site.client.get("/dasbor/tiket/ADU-2612-0001/foto/1")
    assert photo.status == 200 and photo.content_type == "image/jpeg"
    assert await photo.read() == png(200, 120, 40)
    assert photo.headers["Cache-Control"] == "no-store"
    assert site.telegram_files.asked == ["tg-road"]  # the page itself fetched nothing
    async with site.chat.sessions() as session:
        trail = (await session.execute(select(AuditEntry.action, AuditEntry.detail))).all()
    assert ("view_photo", "1") in trail


async def test_a_confidential_ticket_s_photo_is_for_its_agency_and_the_supervisors(
    site: Site,
) -> None:
    await site.login(DLH_CHAT, OTHER_ADMIN)
    refused = await site.client.get("/dasbor/tiket/ADU-2612-0003/foto/1")
    assert refused.status == 403 and "tidak berhak" in await refused.text()
    assert site.telegram_files.asked == []  # the channel was never asked
    own = await site.client.get("/dasbor/tiket/ADU-2612-0004/foto/1")
    assert own.status == 200 and await own.read() == png(30, 160, 60)

    site.client.session.cookie_jar.clear()
    await site.login(SUPERVISORS, SUPERVISOR)
    secret = await site.client.get("/dasbor/tiket/ADU-2612-0003/foto/1")  # a legacy string
    assert secret.status == 200 and await secret.read() == png(40, 90, 200)
    page = await (await site.client.get("/dasbor/tiket/ADU-2612-0003")).text()
    assert "Siti Aminah" not in page and "/dasbor/tiket/ADU-2612-0003/foto/1" in page


async def test_without_a_session_a_photo_sends_the_visitor_to_the_login_help(
    site: Site,
) -> None:
    answer = await site.client.get("/dasbor/tiket/ADU-2612-0001/foto/1", allow_redirects=False)
    assert answer.status == 302 and "/dasbor/cara-masuk" in answer.headers["Location"]
    assert site.telegram_files.asked == []


async def test_missing_unreachable_and_unsafe_files_are_answered_cleanly(site: Site) -> None:
    await site.login()
    sketch = await site.client.get("/dasbor/tiket/ADU-2612-0001/foto/2")
    assert sketch.status == 200 and sketch.content_type == "application/octet-stream"
    assert sketch.headers["Content-Disposition"].startswith("attachment")
    gone = await site.client.get("/dasbor/tiket/ADU-2612-0001/foto/3")
    assert gone.status == 404 and "tidak ada" in await gone.text()
    later = await site.client.get("/dasbor/tiket/ADU-2612-0001/foto/4")
    assert later.status == 503 and later.headers["Retry-After"] == "30"
    for path in ("/foto/5", "/foto/0", "/foto/x", "/foto/99999"):
        beyond = await site.client.get("/dasbor/tiket/ADU-2612-0001" + path)
        assert beyond.status == 404, path
    unknown = await site.client.get("/dasbor/tiket/ADU-9999-0001/foto/1")
    assert unknown.status == 404


async def test_a_photo_that_cannot_be_fetched_shows_a_picture_saying_so(site: Site) -> None:
    await site.login()
    page = await (await site.client.get("/dasbor/tiket/ADU-2612-0001")).text()
    assert 'src="/dasbor/tiket/ADU-2612-0001/foto/3?pratinjau=1"' in page
    assert 'href="/dasbor/tiket/ADU-2612-0001/foto/3"' in page  # the link: the plain URL
    gone = await site.client.get("/dasbor/tiket/ADU-2612-0001/foto/3?pratinjau=1")
    assert gone.status == 404 and gone.content_type == "image/svg+xml"
    assert "Foto tidak tersedia" in await gone.text()
    later = await site.client.get("/dasbor/tiket/ADU-2612-0001/foto/4?pratinjau=1&lang=en")
    assert later.status == 503 and later.headers["Retry-After"] == "30"
    assert later.content_type == "image/svg+xml"
    assert "Photo not available yet" in await later.text()
    shown = await site.client.get("/dasbor/tiket/ADU-2612-0001/foto/1?pratinjau=1")
    assert shown.status == 200 and await shown.read() == png(200, 120, 40)
    link = await site.client.get("/dasbor/tiket/ADU-2612-0001/foto/3")
    assert link.status == 404 and link.content_type == "text/html"


async def test_a_viewer_s_photos_of_a_ticket_are_one_audit_row_per_ten_minutes(
    site: Site,
) -> None:
    async def photo_rows() -> list[tuple[str, str, str | None]]:
        async with site.chat.sessions() as session:
            rows = await session.execute(
                select(AuditEntry.actor, AuditEntry.target, AuditEntry.detail).where(
                    AuditEntry.action == "view_photo"
                )
            )
        return [tuple(row) for row in rows.all()]  # type: ignore[misc]

    await site.login()
    for number in (1, 2, 3, 4, 1, 2):
        await site.client.get(f"/dasbor/tiket/ADU-2612-0001/foto/{number}?pratinjau=1")
    await site.client.get("/dasbor/tiket/ADU-2612-0003/foto/1")  # another ticket: its own row
    rows = await photo_rows()
    assert sorted(target for _, target, _ in rows) == ["ADU-2612-0001", "ADU-2612-0003"]
    assert all(actor for actor, _, _ in rows)

    site.chat.clock.now += timedelta(minutes=11)
    await site.client.get("/dasbor/tiket/ADU-2612-0001/foto/2")
    later = [row for row in await photo_rows() if row[1] == "ADU-2612-0001"]
    assert [detail for _, _, detail in later] == ["1", "2"]


async def test_the_files_heading_counts_photos_and_documents_apart_in_english(
    site: Site,
) -> None:
    await site.login()
    page = await (await site.client.get("/dasbor/tiket/ADU-2612-0001?lang=en")).text()
    assert "<h2>Photos (3) · Document (1)</h2>" in page
    only_photo = await (await site.client.get("/dasbor/tiket/ADU-2612-0003?lang=en")).text()
    assert "<h2>Photo (1)</h2>" in only_photo
