"""Tickets per local day (the weekly chart) from the hours each ticket records: days
start at local midnight in WIB, WITA and WIT alike; a zone whose offset is not whole
hours is counted from the moments; and migration 0013 fills in the hours of tickets
made before it. On SQLite and PostgreSQL."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select, text

from domain.figures.hours import hour_of
from domain.figures.periods import days
from storage.engine import create_engine, session_factory
from storage.figures import scope_of
from storage.figures.days import finished_days, received_days
from storage.migrate import upgrade
from storage.models import Contact, Ticket

JANUARY_1 = date(2026, 1, 1)


def _ticket(number: int, created: datetime, finished: datetime | None) -> Ticket:
    return Ticket(
        code=f"ADU-2601-{number:04d}", kind="complaint", agency_code="pupr", contact_id=1,
        status="resolved" if finished else "open", description="Jalan rusak",
        created_at=created, updated_at=created, resolution_at=finished,
    )  # fmt: skip


async def _per_day(url: str, moments: list[datetime], zone: ZoneInfo) -> tuple[Counter[str], ...]:
    """Tickets received at each of ``moments`` and finished an hour later; counted per
    day of 1-2 January 2026 in ``zone``."""
    engine = create_engine(url)
    try:
        await upgrade(engine)
        sessions = session_factory(engine)
        async with sessions() as session, session.begin():
            session.add(
                Contact(
                    id=1, channel="telegram", external_id="1", chat_id="1", created_at=moments[0]
                )
            )
            await session.flush()
            for number, moment in enumerate(moments, 1):
                session.add(_ticket(number, moment, moment + timedelta(hours=1)))
        async with sessions() as session:
            period = days(JANUARY_1, JANUARY_1 + timedelta(days=1))
            scope = await scope_of(session, period, zone)
            return await received_days(session, scope, zone), await finished_days(
                session, scope, zone
            )
    finally:
        await engine.dispose()


def _around_midnight(zone: ZoneInfo) -> list[datetime]:
    """Just before, at and after local midnights opening 1 and 2 January, and the first
    moment after the period."""

    def at(day: int, hour: int, minute: int = 0) -> datetime:
        return datetime(2026, 1, day, hour, minute, tzinfo=zone).astimezone(UTC)

    before = at(1, 0) - timedelta(minutes=1)  # 31 December 23:59: outside
    return [before, at(1, 0), at(1, 23, 30), at(1, 23, 59), at(2, 0), at(2, 22, 59), at(3, 0)]


@pytest.mark.parametrize("name", ["Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura"])
async def test_tickets_count_on_the_local_day_they_arrived_and_were_finished(
    db_url: str, name: str
) -> None:
    zone = ZoneInfo(name)
    received, finished = await _per_day(db_url, _around_midnight(zone), zone)
    assert received == Counter({"2026-01-01": 3, "2026-01-02": 2})
    # an hour later: 31 Dec 23:59 is finished on 1 Jan; 1 Jan 23:30 and 23:59 on 2 Jan;
    # 3 Jan 00:00 on 3 Jan 01:00, outside the period
    assert finished == Counter({"2026-01-01": 2, "2026-01-02": 4})


async def test_a_zone_with_a_half_hour_offset_is_counted_from_the_moments(db_url: str) -> None:
    zone = ZoneInfo("Asia/Kolkata")  # +05:30: its midnights are not whole UTC hours
    received, finished = await _per_day(db_url, _around_midnight(zone), zone)
    assert received == Counter({"2026-01-01": 3, "2026-01-02": 2})
    assert finished == Counter({"2026-01-01": 2, "2026-01-02": 4})


async def test_the_migration_fills_in_the_hours_of_tickets_made_before_it(db_url: str) -> None:
    created = datetime(2026, 1, 1, 16, 59, 59, tzinfo=UTC)  # 23:59:59 WIB
    finished = datetime(2026, 1, 1, 17, 0, tzinfo=UTC)  # 2 January 00:00 WIB
    engine = create_engine(db_url)
    naive = engine.dialect.name == "sqlite"
    try:
        await upgrade(engine, "0012")
        async with engine.begin() as connection:
            await connection.execute(
                text("INSERT INTO contact (id, channel, external_id, chat_id, display_name, "
                     "created_at) VALUES (1, 'telegram', '1', '1', 'Warga', :created)"),
                {"created": created.replace(tzinfo=None) if naive else created},
            )  # fmt: skip
            for number, done in ((1, finished), (2, None)):
                await connection.execute(
                    text(
                        "INSERT INTO ticket (id, code, kind, status, agency_code, contact_id, "
                        "description, privacy, photos, details, language, created_at, "
                        "updated_at, resolution_at, sla_level, reopened_count, "
                        "reassigned_count) VALUES (:id, :code, 'complaint', 'resolved', "
                        "'pupr', 1, 'Jalan rusak', 'public', '[]', '{}', 'id', :created, "
                        ":created, :done, 0, 0, 0)"
                    ),
                    {
                        "id": number, "code": f"ADU-2601-{number:04d}",
                        "created": created.replace(tzinfo=None) if naive else created,
                        "done": done.replace(tzinfo=None) if naive and done else done,
                    },
                )  # fmt: skip
        await upgrade(engine)
        async with engine.connect() as connection:
            rows = (
                await connection.execute(
                    select(Ticket.created_hour, Ticket.finished_hour).order_by(Ticket.id)
                )
            ).all()
    finally:
        await engine.dispose()
    assert [tuple(row) for row in rows] == [
        (hour_of(created), hour_of(finished)),
        (hour_of(created), None),
    ]
    assert hour_of(finished) == hour_of(created) + 1  # 16:59:59 and 17:00 UTC
