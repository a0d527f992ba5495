"""The seam itself: each test starts from an empty, migrated database; a turn's
messages reach the platform once it commits."""

from __future__ import annotations

from sqlalchemy import func, select

from storage.models import Contact, OutboxEntry
from tests.turns.rig import TurnRig


async def test_a_greeting_is_one_turn_whose_reply_is_sent_and_recorded(turns: TurnRig) -> None:
    sent = await turns.say("/start")
    assert len(sent) == 1 and "Siti Aminah" in sent[0].text
    async with turns.sessions() as session:
        statuses = (await session.execute(select(OutboxEntry.status))).scalars().all()
    assert statuses == ["sent"]


async def test_every_test_starts_from_an_empty_database(turns: TurnRig) -> None:
    async with turns.sessions() as session:
        contacts = (await session.execute(select(func.count()).select_from(Contact))).scalar()
    assert contacts == 0
    await turns.say("/start")  # the next test starts empty again (the one above too)
