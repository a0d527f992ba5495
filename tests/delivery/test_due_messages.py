"""Which outbox rows a delivery pass may send: each chat's oldest pending message, when
it is due, oldest due first, found without reading the whole queue."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from domain.messages import Channel, OutgoingMessage
from storage import outbox

NOW = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)


async def owe(
    sessions: async_sessionmaker[AsyncSession], chat: str, text: str, at: datetime = NOW
) -> int:
    async with sessions.begin() as session:
        row = outbox.enqueue(
            session, OutgoingMessage(channel=Channel.TELEGRAM, chat_id=chat, text=text), at
        )
        assert row is not None
        await session.flush()
        assert row.id is not None
        return row.id


async def due(sessions: async_sessionmaker[AsyncSession], now: datetime = NOW) -> list[str]:
    async with sessions() as session:
        rows = await outbox.due_messages(session, now)
    return [OutgoingMessage.from_json(row.payload).text for row in rows]


async def test_only_the_oldest_pending_message_of_each_chat_is_due(
    sessions: async_sessionmaker[AsyncSession],
) -> None:
    await owe(sessions, "1", "a1")
    await owe(sessions, "2", "b1")
    await owe(sessions, "1", "a2")
    assert await due(sessions) == ["a1", "b1"]


async def test_a_message_waiting_for_its_retry_holds_back_its_chat_only(
    sessions: async_sessionmaker[AsyncSession],
) -> None:
    first = await owe(sessions, "1", "a1")
    await owe(sessions, "1", "a2")
    await owe(sessions, "2", "b1")
    async with sessions.begin() as session:
        await outbox.mark_retry(session, first, NOW + timedelta(seconds=30), "timeout")
    assert await due(sessions) == ["b1"]
    assert await due(sessions, NOW + timedelta(seconds=31)) == ["b1", "a1"]


async def test_messages_are_due_oldest_due_first_across_chats(
    sessions: async_sessionmaker[AsyncSession],
) -> None:
    retried = await owe(sessions, "1", "retried", NOW - timedelta(minutes=5))
    await owe(sessions, "2", "queued later", NOW - timedelta(minutes=1))
    await owe(sessions, "3", "queued earlier", NOW - timedelta(minutes=3))
    async with sessions.begin() as session:
        await outbox.mark_retry(session, retried, NOW - timedelta(minutes=2), "429")
    assert await due(sessions) == ["queued earlier", "retried", "queued later"]


async def test_a_pass_stops_after_its_limit_however_long_the_queue(
    sessions: async_sessionmaker[AsyncSession], db_url: str
) -> None:
    """On SQLite, the plan walks the due index in order: no sort of every pending row."""
    for n in range(30):
        await owe(sessions, str(n % 10), f"m{n}")
    async with sessions() as session:
        rows = await outbox.due_messages(session, NOW, limit=4)
        assert [OutgoingMessage.from_json(r.payload).text for r in rows] == [
            "m0", "m1", "m2", "m3",
        ]  # fmt: skip
        if db_url.startswith("sqlite"):
            connection = await session.connection()
            compiled = outbox._DUE.compile(connection.engine.sync_engine)
            params = compiled.construct_params({"now": NOW, "limit": 4})
            plan = await connection.exec_driver_sql(
                "EXPLAIN QUERY PLAN " + str(compiled),
                tuple(params[name] for name in compiled.positiontup or ()),
            )
            steps = " | ".join(str(row[-1]) for row in plan)
            assert "ix_outbox_due" in steps
            assert "TEMP B-TREE" not in steps
