"""Figures for December 2026 on a seeded data set (see :mod:`tests.figures.seed`),
checked against hand-computed values on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date

import pytest

from domain.figures.periods import parse_period
from domain.figures.summary import Category, Overview
from storage.engine import create_engine, session_factory
from storage.figures import overview
from storage.migrate import upgrade
from tests.figures.seed import NOW, ZONE, seed_december

HOUR = 3600.0


@pytest.fixture
async def december(db_url: str) -> Overview:
    engine = create_engine(db_url)
    try:
        await upgrade(engine)
        sessions = session_factory(engine)
        await seed_december(sessions)
        async with sessions() as session:
            return await overview(session, parse_period("2026-12"), ZONE, NOW)
    finally:
        await engine.dispose()


async def test_an_agency_s_counts_times_and_shares_are_those_computed_by_hand(
    december: Overview,
) -> None:
    pupr = december.get("pupr")
    # open and overdue now: ADU-2612-0003 and November's ADU-2611-0009, both unanswered
    assert (pupr.counts.received, pupr.counts.open_now, pupr.counts.overdue_now) == (3, 2, 2)
    assert pupr.durations.response_median == 5 * HOUR  # 8 h and 2 h
    assert pupr.durations.response_p90 == pytest.approx(7.4 * HOUR)
    assert pupr.durations.resolution_median == 12 * HOUR  # 22 h and 2 h
    assert pupr.durations.resolution_p90 == 20 * HOUR
    assert pupr.response_share == pytest.approx(2 / 3)  # the unanswered overdue one counts
    assert pupr.resolution_share == 1.0
    assert (pupr.rating_mean, pupr.rated_share, pupr.good_share) == (5.0, 0.5, 1.0)
    assert (pupr.counts.telegram, pupr.counts.whatsapp) == (2, 1)
    assert pupr.behind  # two of three answered in time: under the 80% target


async def test_open_and_overdue_now_count_every_waiting_ticket_whenever_received(
    db_url: str,
) -> None:
    engine = create_engine(db_url)
    try:
        await upgrade(engine)
        sessions = session_factory(engine)
        await seed_december(sessions)
        async with sessions() as session:
            november = await overview(session, parse_period("2026-11"), ZONE, NOW)
            january = await overview(session, parse_period("2027-01"), ZONE, NOW)
    finally:
        await engine.dispose()
    # November received ADU-2611-0009; December's ADU-2612-0003 waits too, both overdue
    pupr = november.get("pupr").counts
    assert (pupr.received, pupr.open_now, pupr.overdue_now) == (1, 2, 2)
    assert november.agencies() == ["pupr"]  # DLH's and Dinkes' tickets are finished
    # a month with nothing received still shows the backlog
    assert (january.total.counts.received, january.total.counts.open_now) == (0, 2)
    assert january.get("pupr", "complaint").counts.overdue_now == 2
    assert january.get(None, "info").counts.open_now == 0


async def test_a_reassigned_reopened_late_ticket_counts_for_the_agency_holding_it(
    december: Overview,
) -> None:
    dlh = december.get("dlh")
    assert (dlh.counts.received, dlh.counts.reassigned, dlh.counts.reopened) == (1, 1, 1)
    assert dlh.durations.response_median == 40 * HOUR
    assert dlh.durations.resolution_median == 48 * HOUR
    assert (dlh.response_share, dlh.resolution_share) == (0.0, 1.0)
    assert (dlh.rating_mean, dlh.good_share) == (2.0, 0.0)
    assert dlh.behind


async def test_the_regency_totals_and_kinds_add_up_without_the_month_before(
    december: Overview,
) -> None:
    total = december.total
    assert (total.counts.received, total.counts.rejected, total.counts.resolved) == (5, 1, 3)
    assert total.durations.response_median == 8 * HOUR
    assert total.durations.response_p90 == pytest.approx(33.6 * HOUR)
    assert december.get(None, "info").counts.received == 1
    assert december.get("dinkes", "info").counts.rejected == 1
    assert december.get("dinkes").response_share is None
    assert december.get(None, "complaint").counts.received == 4
    assert december.agencies() == ["dinkes", "dlh", "pupr"]


async def test_weeks_and_categories_follow_local_time(december: Overview) -> None:
    assert december.weeks[0].start == date(2026, 11, 30)
    assert [w.received for w in december.weeks] == [2, 1, 0, 2, 0]
    assert [w.resolved for w in december.weeks] == [0, 1, 0, 1, 1]
    assert december.categories == (
        Category("jalan rusak", 2), Category("jembatan", 1), Category("sampah", 1),
    )  # fmt: skip
    assert december.agency_categories["dlh"] == (Category("sampah", 1),)
