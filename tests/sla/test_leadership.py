"""Who leads on PostgreSQL (sweeps, delivers): the holder of a session advisory lock.
A failed bid leaves no lock behind, a standby names the holder, and delivery moves to
the standby when the leader stops or its connection dies."""

from __future__ import annotations

import asyncio
import logging
import os
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, func, select, text
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.channels.console import encode_incoming
from bot.delivery import LEADERSHIP_RETRY
from domain.inbound import InboundItem
from storage.engine import create_engine
from storage.leadership import Leadership
from storage.models import OutboxEntry
from tests.databases import database_url
from tests.harness import ChatHarness

KEY = 0x6164756174  # "aduat": a lock of the tests' own


async def sessions_holding(engine: AsyncEngine, key: int) -> int:
    async with engine.connect() as connection:
        return int(
            await connection.scalar(
                text(
                    "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND granted "
                    "AND objsubid = 1 AND classid = :hi AND objid = :lo"
                ),
                {"hi": key >> 32, "lo": key & 0xFFFFFFFF},
            )
            or 0
        )


async def test_a_bid_that_fails_after_taking_the_lock_leaves_no_lock_behind(
    tmp_path: Path,
) -> None:
    url = await database_url("postgres", tmp_path)
    first, second = create_engine(url), create_engine(url)
    failures = ["the network failed just after PostgreSQL granted the lock"]

    def fail_once(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if "pg_try_advisory_lock" in statement and failures:
            raise ConnectionError(failures.pop())

    event.listen(first.sync_engine, "after_cursor_execute", fail_once)
    bidder, other = Leadership(first, KEY, "delivery"), Leadership(second, KEY, "delivery")
    try:
        async with first.connect() as busy:  # the pool has connections in use meanwhile
            await busy.execute(text("SELECT 1"))
            with pytest.raises(ConnectionError):
                await bidder.acquire()
            assert not bidder.is_leader
            assert await sessions_holding(second, KEY) == 0, "no lock that nobody leads with"
            assert await other.acquire(), "another process can take the lead"
    finally:
        await bidder.release()
        await other.release()
        await first.dispose()
        await second.dispose()


async def test_a_standby_says_once_which_process_holds_the_lead(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    url = await database_url("postgres", tmp_path)
    first, second = create_engine(url), create_engine(url)
    leader, standby = Leadership(first, KEY, "delivery"), Leadership(second, KEY, "delivery")
    try:
        assert await leader.acquire()
        pid = await leader.backend_pid()
        with caplog.at_level(logging.WARNING, logger="storage.leadership"):
            assert not await standby.acquire()
            assert not await standby.acquire()
        holder = await standby.holder()
        assert holder is not None
        assert f"backend {pid}" in holder and "aduan delivery" in holder
        assert f":{os.getpid()}" in holder  # the holding process, by its own pid
        standing_by = [r.getMessage() for r in caplog.records if "standing by" in r.getMessage()]
        assert standing_by == [f"delivery: standing by, the lead is held by {holder}"]
    finally:
        await leader.release()
        await standby.release()
        await first.dispose()
        await second.dispose()


async def say(chat: ChatHarness, words: str) -> None:
    """The resident writes; the turn is handled (its answer waits in the outbox)."""
    assert chat.app is not None
    message = chat.message(text=words)
    item = InboundItem(
        f"test:{uuid.uuid4().hex}", "console", f"console:{chat.chat_id}", encode_incoming(message)
    )
    await chat.app.inbox.store([item])
    await chat.app.processor.process_pending()


async def until(condition: Callable[[], bool], seconds: float) -> None:
    for _ in range(int(seconds / 0.05)):
        if condition():
            return
        await asyncio.sleep(0.05)
    raise AssertionError(f"not within {seconds} s")


async def test_a_standby_delivery_worker_takes_over_when_the_leader_loses_its_connection_or_stops(
    tmp_path: Path,
) -> None:
    url = await database_url("postgres", tmp_path)
    async with ChatHarness(url) as one, ChatHarness(url) as two:
        assert one.app is not None and two.app is not None
        chats = {one: asyncio.Event(), two: asyncio.Event()}
        workers = [
            asyncio.create_task(chat.app.delivery.run(stop, 0.05))
            for chat, stop in chats.items()
            if chat.app is not None
        ]

        def answers() -> int:
            return len(one.sender.sent) + len(two.sender.sent)

        try:
            await say(one, "halo")
            await until(lambda: answers() > 0, 5)
            leader = one if one.sender.sent else two
            standby = two if leader is one else one
            assert leader.app is not None and standby.app is not None
            assert not standby.sender.sent

            # the leader's lock connection dies (a failover, a killed backend)
            pid = await leader.app.delivery.leadership.backend_pid()  # type: ignore[union-attr]
            async with standby.app.engine.connect() as connection:
                await connection.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
            before = answers()
            await say(one, "halo lagi")
            await until(lambda: answers() > before, LEADERSHIP_RETRY + 5)

            # whoever leads now stops (a restart); the other one takes over
            current = one if one.app.delivery.leadership.is_leader else two  # type: ignore[union-attr]
            other = two if current is one else one
            chats[current].set()
            await asyncio.wait_for(workers[0 if current is one else 1], 10)
            before = len(other.sender.sent)
            await say(one, "masih ada orang?")
            await until(lambda: len(other.sender.sent) > before, LEADERSHIP_RETRY + 5)
            # a send cut off with the lost lock is retried by whoever leads: wait for
            # every owed message before stopping (a loaded machine is slow to catch up)
            for _ in range(int((LEADERSHIP_RETRY + 10) / 0.05)):
                async with one.app.sessions() as session:
                    owed = await session.scalar(select(func.count()).select_from(OutboxEntry))
                if answers() >= (owed or 0):
                    break
                await asyncio.sleep(0.05)
        finally:
            for stop in chats.values():
                stop.set()
            await asyncio.gather(*workers, return_exceptions=True)
        async with one.app.sessions() as session:
            rows = await session.scalar(select(func.count()).select_from(OutboxEntry))
        assert answers() == rows, "each message was delivered once"
