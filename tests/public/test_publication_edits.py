"""Staff withhold, release and edit published reports; residents withdraw theirs.
Every one of these is in the ticket's audit trail."""

from __future__ import annotations

from datetime import timedelta

from domain.publication.rules import PublicationPolicy
from storage import public_reports, tickets
from storage.publication import sync
from storage.publication_edits import EditOutcome, edit_text, release, withdraw, withhold
from tests.public.seed import NOW, add_ticket, migrated

POLICY = PublicationPolicy(after_days=30)
CODE = "ADU-2611-0001"


async def _visible(sessions) -> list[str]:  # type: ignore[no-untyped-def]
    async with sessions() as session:
        found = await public_reports.find(session, public_reports.ReportQuery())
        return [r.code for r in found]


async def _actions(sessions) -> list[str]:  # type: ignore[no-untyped-def]
    async with sessions() as session:
        ticket = await tickets.by_code(session, CODE)
        assert ticket is not None
        return [e.action for e in await tickets.events_of(session, ticket.id or 0)]


async def test_a_withheld_report_leaves_every_output_and_can_come_back(sqlite_url: str) -> None:
    async with migrated(sqlite_url) as sessions:
        async with sessions.begin() as session:
            await add_ticket(session, CODE, NOW - timedelta(days=1), status="closed")
            await sync(session, NOW, POLICY)
        async with sessions.begin() as session:
            assert await withhold(session, CODE, "operator:ani", NOW, "nama toko") == "done"
        assert await _visible(sessions) == []
        async with sessions.begin() as session:  # a later sync does not put it back
            await sync(session, NOW + timedelta(hours=1), POLICY)
        assert await _visible(sessions) == []
        async with sessions.begin() as session:
            assert await release(session, CODE, "operator:ani", NOW, POLICY) == "done"
        assert await _visible(sessions) == [CODE]
        assert await _actions(sessions) == [
            "created", "publication_withheld", "publication_released",
        ]  # fmt: skip


async def test_a_report_withheld_before_it_was_published_never_appears(sqlite_url: str) -> None:
    async with migrated(sqlite_url) as sessions:
        async with sessions.begin() as session:
            await add_ticket(session, CODE, NOW - timedelta(days=1), status="closed")
            await withhold(session, CODE, "operator:ani", NOW)
        async with sessions.begin() as session:
            await sync(session, NOW, POLICY)
        assert await _visible(sessions) == []


async def test_staff_edit_is_masked_again_and_survives_the_next_sync(sqlite_url: str) -> None:
    async with migrated(sqlite_url) as sessions:
        async with sessions.begin() as session:
            await add_ticket(session, CODE, NOW - timedelta(days=1), status="closed")
            await sync(session, NOW, POLICY)
        async with sessions.begin() as session:
            text = "Jalan rusak di pasar; pelapor Siti Aminah 081234567890"
            assert await edit_text(session, CODE, text, "operator:ani", NOW) == "done"
        async with sessions.begin() as session:
            ticket = await tickets.by_code(session, CODE)
            assert ticket is not None
            ticket.updated_at = NOW + timedelta(hours=1)
        async with sessions.begin() as session:
            await sync(session, NOW + timedelta(hours=1), POLICY)
        async with sessions() as session:
            row = await public_reports.by_code(session, CODE)
            assert row is not None
            assert row.description == "Jalan rusak di pasar; pelapor [nama] [telepon]"
        assert "publication_edited" in await _actions(sessions)


async def test_a_withdrawal_is_final_for_staff(sqlite_url: str) -> None:
    async with migrated(sqlite_url) as sessions:
        async with sessions.begin() as session:
            ticket = await add_ticket(session, CODE, NOW - timedelta(days=1), status="closed")
            await sync(session, NOW, POLICY)
            assert await withdraw(session, ticket, "resident:1", NOW)
            assert not await withdraw(session, ticket, "resident:1", NOW)
        async with sessions.begin() as session:
            assert await release(session, CODE, "operator:ani", NOW, POLICY) == (
                EditOutcome.WITHDRAWN
            )
            assert await edit_text(session, CODE, "x", "operator:ani", NOW) == (
                EditOutcome.NOT_PUBLISHED
            )
        assert await _visible(sessions) == []
