"""The shared test runner on PostgreSQL: a bot that could not lead delivery would send
nothing, and its test would fail later as a mystery ("sent: []"); the runner says at
once which session keeps it from leading."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.delivery import DELIVERY_LOCK_KEY
from storage.engine import create_engine
from storage.leadership import Leadership
from tests.databases import database_url
from tests.fakes.fake_bot_api import FakeBotApi
from tests.fakes.running_bot import running_bot


async def test_a_bot_kept_from_delivering_by_another_session_fails_at_once_naming_it(
    fake_bot_api: FakeBotApi, tmp_path: Path
) -> None:
    url = await database_url("postgres", tmp_path)
    engine = create_engine(url)
    stray = Leadership(engine, DELIVERY_LOCK_KEY, "delivery")  # a stray `aduan run`
    try:
        assert await stray.acquire()
        pid = await stray.backend_pid()
        with pytest.raises(AssertionError) as refused:
            async with running_bot(fake_bot_api, url):
                pytest.fail("the bot started although it could not deliver")
        assert "before the bot starts" in str(refused.value)
        assert f"the delivery lock is held by PostgreSQL backend {pid}" in str(refused.value)
        assert stray.label in str(refused.value)
        assert fake_bot_api.calls == [], "no bot was started"
    finally:
        await stray.release()
        await engine.dispose()
