"""Pytest fixtures around the fakes. Import them from a ``conftest.py``."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest_asyncio
from aiogram import Bot

from bot.channels.telegram.factory import make_bot
from tests.fakes.fake_bot_api import FakeBotApi

TEST_TOKEN = "123456789:AAFakeTokenForTestsOnly_abcdefghijkl"


@pytest_asyncio.fixture
async def fake_bot_api() -> AsyncIterator[FakeBotApi]:
    """A running fake Bot API server on loopback."""
    async with FakeBotApi() as api:
        yield api


@pytest_asyncio.fixture
async def fake_telegram_bot(fake_bot_api: FakeBotApi) -> AsyncIterator[Bot]:
    """A real aiogram ``Bot`` (production defaults, real aiohttp session) on the fake."""
    bot = make_bot(TEST_TOKEN, fake_bot_api.base_url)
    try:
        yield bot
    finally:
        await _close_quickly(bot)


async def _close_quickly(bot: Bot) -> None:
    """``Bot.session.close()`` sleeps 250 ms for TLS shutdown; loopback has no TLS."""
    client = getattr(bot.session, "_session", None)
    if client is not None:
        await client.close()
    else:
        await bot.session.close()
