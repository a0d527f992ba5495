"""The monthly report reaches the supervisors on the first working day of the month,
once, with last month's figures, the best and worst agencies, the backlog, its PDF
attached (read back from what the fake Bot API received) and a link to the dashboard."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime

from pypdf import PdfReader

from domain.sla.rules import SlaRules
from handlers.deadlines.monthly import first_working_day
from tests.fakes.fake_bot_api import FileUpload
from tests.figures.seed import seed_december
from tests.harness import ChatHarness
from tests.sla.support import SUPERVISORS, outbox_texts


def test_the_first_working_day_skips_new_year_and_the_weekend() -> None:
    rules = SlaRules.defaults()
    assert not first_working_day(rules, date(2027, 1, 1))  # New Year, a Friday
    assert first_working_day(rules, date(2027, 1, 4))
    assert not first_working_day(rules, date(2027, 1, 5))
    assert first_working_day(rules, date(2026, 12, 1))


async def test_the_supervisors_get_last_month_s_report_once(sqlite_url: str) -> None:
    async with ChatHarness(sqlite_url, dashboard_url="https://aduan.example.go.id") as chat:
        assert chat.app is not None and chat.app.scheduler is not None
        await seed_december(chat.sessions)
        scheduler = chat.app.scheduler
        chat.clock.now = datetime(2027, 1, 5, 1, 0, tzinfo=UTC)  # Tuesday: not the first
        assert await scheduler.monthly_report() is False
        chat.clock.now = datetime(2027, 1, 4, 1, 0, tzinfo=UTC)  # Monday 08:00 WIB
        assert await scheduler.monthly_report() is True
        assert await scheduler.monthly_report() is False  # once a month
        [text] = await outbox_texts(chat.app, "monthly_report")
    assert "Laporan kinerja bulanan 2026-12" in text
    assert "Diterima 5" in text and "median 8,0 jam kerja" in text
    best, worst = text.split("Perlu perhatian")
    assert "Dinas PUPR" in best and "DLH" in worst
    assert "Tunggakan sekarang: 2 menunggu" in text  # November's ticket waits too
    assert "PDF, tabel dan grafik) terlampir" in text
    assert "https://aduan.example.go.id/dasbor?periode=2026-12" in text


async def test_the_supervisors_chat_receives_the_report_s_pdf_as_a_document(
    sqlite_url: str,
) -> None:
    async with ChatHarness(sqlite_url, channel="telegram") as chat:
        assert chat.app is not None and chat.app.scheduler is not None
        assert chat.telegram is not None
        await seed_december(chat.sessions)
        chat.clock.now = datetime(2027, 1, 4, 1, 0, tzinfo=UTC)  # Monday 08:00 WIB
        assert await chat.app.scheduler.monthly_report() is True
        await chat.settle()
        [record] = [
            r for r in chat.telegram.api.sent
            if r.method == "sendDocument" and r.chat_id == SUPERVISORS
        ]  # fmt: skip
    upload = record.params["document"]
    if isinstance(upload, str):  # aiogram may name the upload as attach://<field>
        upload = record.params[upload.removeprefix("attach://")]
    assert isinstance(upload, FileUpload) and upload.filename == "laporan-bulanan-2026-12.pdf"
    pages = PdfReader(io.BytesIO(upload.content)).pages
    text = "\n".join(page.extract_text() for page in pages)
    assert "Kinerja layanan 2026-12" in text and "Kabupaten Sukamaju" in text
    assert "Dinas PUPR" in text and "Median tanggapan pertama" in text
    assert "Laporan kinerja bulanan 2026-12" in (record.text or "")  # its caption


async def test_an_english_report_writes_its_figures_with_a_decimal_point(sqlite_url: str) -> None:
    async with ChatHarness(sqlite_url, default_language="en") as chat:
        assert chat.app is not None and chat.app.scheduler is not None
        await seed_december(chat.sessions)
        chat.clock.now = datetime(2027, 1, 4, 1, 0, tzinfo=UTC)  # Monday 08:00 WIB
        assert await chat.app.scheduler.monthly_report() is True
        [text] = await outbox_texts(chat.app, "monthly_report")
    assert "median first response 8.0 working hours" in text
    assert "answered on time 50.0%" in text and "median 40.0 h" in text
    assert "8,0" not in text
