"""Run `aduan run` (long polling) in the test's event loop against a FakeBotApi."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from bot.config import Settings
from bot.delivery import DELIVERY_LOCK_KEY
from bot.runner import run
from storage.engine import create_engine, is_sqlite
from storage.leadership import LOCK_KEY, lock_holder
from tests.fakes.fake_bot_api import FakeBotApi, SentRecord
from tests.fakes.fixtures import TEST_TOKEN

LEADS = {"delivery": DELIVERY_LOCK_KEY, "SLA sweep": LOCK_KEY}
LOCK_GRACE = 5.0  # seconds for a lock that is being given back to be free


@asynccontextmanager
async def running_bot(api: FakeBotApi, db_url: str, **settings: Any) -> AsyncIterator[None]:
    """The whole bot, polling ``api``, until the block ends (then a clean stop).

    On PostgreSQL only the holder of an advisory lock delivers (and sweeps). A bot that
    finds the lock held by another session stands by and sends nothing, and its test
    would wait for a message until it times out ("sent: []"). So the locks must be free
    before the bot starts (else this fails at once, naming the session that holds them:
    another test run, or a stray ``aduan run``, on the same database), and free again
    once the bot has stopped (else the bot leaked its lock)."""
    values: dict[str, Any] = {
        "database_url": db_url,
        "telegram_token": TEST_TOKEN,
        "telegram_api_base": api.base_url,
        "poll_timeout": 1,
        "delivery_interval": 0.05,
        "delivery_chat_rate": 1000.0,  # flood control is tested in tests/delivery
        "delivery_group_rate": 60_000.0,
        **settings,
    }
    await leads_are_free(db_url, "before the bot starts: it would stand by and send nothing")
    stop = asyncio.Event()
    task = asyncio.create_task(run(Settings(**values), stop, install_signals=False))
    try:
        yield
    finally:
        stop.set()
        await asyncio.wait_for(task, timeout=15)
    await leads_are_free(db_url, "after the bot stopped: it did not give its lock back")


async def leads_are_free(db_url: str, when: str, grace: float = LOCK_GRACE) -> None:
    """Fail unless nobody holds the delivery or sweep lock on ``db_url`` (PostgreSQL),
    allowing ``grace`` seconds for a lock that is being given back."""
    if is_sqlite(db_url):
        return
    engine = create_engine(db_url)
    try:
        deadline = asyncio.get_running_loop().time() + grace
        while True:
            async with engine.connect() as connection:
                held = {
                    lead: holder
                    for lead, key in LEADS.items()
                    if (holder := await lock_holder(connection, key)) is not None
                }
            if not held or asyncio.get_running_loop().time() >= deadline:
                break
            await asyncio.sleep(0.05)
    finally:
        await engine.dispose()
    if held:
        names = "; ".join(f"the {lead} lock is held by {holder}" for lead, holder in held.items())
        raise AssertionError(f"{when}: {names}")


def button_data(record: SentRecord, label: str) -> str:
    """The callback data of the button whose label contains ``label``."""
    for row in record.buttons:
        for text, data in row:
            if label.lower() in text.lower():
                return data
    raise AssertionError(f"no button {label!r} in {record.buttons}")
