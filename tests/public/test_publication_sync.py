"""Publication copies what may be shown, masked, and keeps up with the tickets."""

from __future__ import annotations

from datetime import timedelta

from sqlmodel import select

from domain.publication.rules import PublicationPolicy
from storage import public_reports
from storage.models import PublishedReport, Ticket
from storage.publication import sync
from tests.public.seed import NOW, add_ticket, migrated

POLICY = PublicationPolicy(after_days=30)


async def _published(sessions) -> dict[str, PublishedReport]:  # type: ignore[no-untyped-def]
    async with sessions() as session:
        rows = (await session.execute(select(PublishedReport))).scalars().all()
        return {r.code: r for r in rows}


async def test_resolved_public_and_anonymous_complaints_are_published_masked(db_url: str) -> None:
    async with migrated(db_url) as sessions:
        async with sessions.begin() as session:
            day = NOW - timedelta(days=3)
            await add_ticket(
                session, "ADU-2611-0001", day, status="resolved",
                description="Lampu mati, hubungi Siti di 081234567890", reply="Sudah diganti",
            )  # fmt: skip
            await add_ticket(session, "ADU-2611-0002", day, status="closed", privacy="anonymous")
            await add_ticket(session, "ADU-2611-0003", day, status="closed", privacy="confidential")
            await add_ticket(session, "ADU-2611-0004", day, status="open")
            await add_ticket(session, "INF-2611-0001", day, status="closed", kind="info")
        async with sessions.begin() as session:
            report = await sync(session, NOW, POLICY)
        published = await _published(sessions)
        assert sorted(published) == ["ADU-2611-0001", "ADU-2611-0002"]
        first = published["ADU-2611-0001"]
        assert first.description == "Lampu mati, hubungi [nama] di [telepon]"
        assert first.reply == "Sudah diganti"
        assert report.written == 2


async def test_an_open_complaint_is_published_once_old_enough(db_url: str) -> None:
    async with migrated(db_url) as sessions:
        async with sessions.begin() as session:
            await add_ticket(session, "ADU-2610-0001", NOW - timedelta(days=29))
        async with sessions.begin() as session:
            await sync(session, NOW, POLICY)
        assert await _published(sessions) == {}
        async with sessions.begin() as session:
            await sync(session, NOW + timedelta(days=2), POLICY)
        assert list(await _published(sessions)) == ["ADU-2610-0001"]


async def test_a_status_change_reaches_the_published_row(db_url: str) -> None:
    async with migrated(db_url) as sessions:
        async with sessions.begin() as session:
            ticket = await add_ticket(
                session, "ADU-2611-0009", NOW, details={"channel": "open311:kota"}
            )
            ticket_id = ticket.id
        async with sessions.begin() as session:
            await sync(session, NOW, POLICY)
        assert (await _published(sessions))["ADU-2611-0009"].status == "open"
        later = NOW + timedelta(hours=1)
        async with sessions.begin() as session:
            found = await session.get(Ticket, ticket_id)
            assert found is not None
            found.status, found.updated_at, found.resolved_at = "resolved", later, later
        async with sessions.begin() as session:
            await sync(session, later, POLICY)
        assert (await _published(sessions))["ADU-2611-0009"].status == "resolved"


async def test_a_ticket_reopened_while_young_leaves_the_page(db_url: str) -> None:
    async with migrated(db_url) as sessions:
        async with sessions.begin() as session:
            ticket = await add_ticket(session, "ADU-2611-0010", NOW, status="resolved")
            ticket_id = ticket.id
        async with sessions.begin() as session:
            await sync(session, NOW, POLICY)
        later = NOW + timedelta(minutes=10)
        async with sessions.begin() as session:
            found = await session.get(Ticket, ticket_id)
            assert found is not None
            found.status, found.updated_at = "open", later
        async with sessions.begin() as session:
            report = await sync(session, later, POLICY)
        assert report.removed == 1 and await _published(sessions) == {}


async def test_many_tickets_changed_in_one_moment_are_all_published_across_batches(
    db_url: str,
) -> None:
    async with migrated(db_url) as sessions:
        async with sessions.begin() as session:
            for n in range(7):
                await add_ticket(session, f"ADU-2611-{n:04d}", NOW, status="closed")
        for _ in range(4):
            async with sessions.begin() as session:
                await sync(session, NOW, POLICY, batch=3)
        assert len(await _published(sessions)) == 7


async def test_reading_filters_by_agency_status_and_period(db_url: str) -> None:
    async with migrated(db_url) as sessions:
        async with sessions.begin() as session:
            await add_ticket(session, "ADU-2611-0001", NOW - timedelta(days=5), status="closed")
            await add_ticket(
                session, "ADU-2611-0002", NOW - timedelta(days=1), status="closed", agency="dinkes"
            )
        async with sessions.begin() as session:
            await sync(session, NOW, POLICY)
        async with sessions() as session:
            query = public_reports.ReportQuery
            assert [r.code for r in await public_reports.find(session, query())] == [
                "ADU-2611-0002", "ADU-2611-0001",
            ]  # fmt: skip
            by_agency = await public_reports.find(session, query(agencies=("pupr",)))
            assert [r.code for r in by_agency] == ["ADU-2611-0001"]
            recent = query(start=NOW - timedelta(days=2), end=NOW)
            assert await public_reports.count(session, recent) == 1
            assert await public_reports.by_code(session, "adu-2611-0002") is not None
