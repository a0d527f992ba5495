"""Run `aduan run` (long polling) in the test's event loop against a FakeBotApi."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from bot.config import Settings
from bot.telegram_runner import run_polling
from tests.fakes.fake_bot_api import FakeBotApi, SentRecord
from tests.fakes.fixtures import TEST_TOKEN


@asynccontextmanager
async def running_bot(api: FakeBotApi, db_url: str, **settings: Any) -> AsyncIterator[None]:
    """The whole bot, polling ``api``, until the block ends (then a clean stop)."""
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
    stop = asyncio.Event()
    task = asyncio.create_task(run_polling(Settings(**values), stop, install_signals=False))
    try:
        yield
    finally:
        stop.set()
        await asyncio.wait_for(task, timeout=15)


def button_data(record: SentRecord, label: str) -> str:
    """The callback data of the button whose label contains ``label``."""
    for row in record.buttons:
        for text, data in row:
            if label.lower() in text.lower():
                return data
    raise AssertionError(f"no button {label!r} in {record.buttons}")
