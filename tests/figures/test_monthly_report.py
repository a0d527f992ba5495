"""The monthly report reaches the supervisors on the first working day of the month,
once, with last month's figures, the best and worst agencies, the backlog and the
link to its PDF."""

from __future__ import annotations

from datetime import UTC, date, datetime

from domain.sla.rules import SlaRules
from handlers.deadlines.monthly import first_working_day
from tests.figures.seed import seed_december
from tests.harness import ChatHarness
from tests.sla.support import outbox_texts


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
    assert "https://aduan.example.go.id/dasbor/ringkasan.pdf?periode=2026-12" in text
