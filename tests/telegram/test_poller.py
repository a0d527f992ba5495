"""TelegramPoller: updates are stored before they are confirmed, and none is lost."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Callable
from typing import Any

import pytest
from aiogram import Bot
from aiogram.exceptions import TelegramUnauthorizedError

from bot.channels.telegram.inbound import parse_update
from bot.channels.telegram.poller import ALLOWED_UPDATES, Backoff, TelegramPoller
from tests.fakes.fake_bot_api import FakeBotApi
from tests.fakes.memory_inbox import MemoryInbox

CHAT = 5550001


class Running:
    """A poller task with its stop event."""

    def __init__(self, poller: TelegramPoller) -> None:
        self.stop = asyncio.Event()
        self.task = asyncio.create_task(poller.run(self.stop))

    async def halt(self, within: float = 2.0) -> None:
        self.stop.set()
        await asyncio.wait_for(self.task, within)


@pytest.fixture
def inbox() -> MemoryInbox:
    return MemoryInbox()


@pytest.fixture
async def start(
    fake_telegram_bot: Bot, inbox: MemoryInbox
) -> AsyncIterator[Callable[..., Running]]:
    running: list[Running] = []

    def start_poller(timeout: int = 1, **kwargs: Any) -> Running:
        poller = TelegramPoller(
            fake_telegram_bot,
            inbox,
            timeout=timeout,
            backoff=Backoff(start=0.01, cap=0.05),
            **kwargs,
        )
        running.append(Running(poller))
        return running[-1]

    yield start_poller
    for poller in running:
        if not poller.task.done():
            await poller.halt()


def get_updates_calls(api: FakeBotApi) -> list[dict[str, Any]]:
    return [params for method, params in api.calls if method == "getUpdates"]


async def wait_until(condition: Callable[[], bool], timeout: float = 5) -> None:  # noqa: ASYNC109
    """Poll state that offers nothing to await (the fake's queue, a call log)."""
    async with asyncio.timeout(timeout):
        while not condition():  # noqa: ASYNC110
            await asyncio.sleep(0.01)


async def test_updates_are_stored_and_then_confirmed(
    fake_bot_api: FakeBotApi, inbox: MemoryInbox, start: Callable[..., Running]
) -> None:
    for text in ("satu", "dua", "tiga"):
        fake_bot_api.user_message(CHAT, text)
    stored = asyncio.Event()
    poller = start(on_stored=stored.set)
    await inbox.wait_for_count(3)
    await asyncio.wait_for(stored.wait(), 1)
    assert sorted(inbox.items) == ["telegram:1", "telegram:2", "telegram:3"]
    assert {item.chat_key for item in inbox.items.values()} == {f"telegram:{CHAT}"}
    await wait_until(lambda: not fake_bot_api.pending_updates)  # confirmed by the next poll
    first, second = get_updates_calls(fake_bot_api)[:2]
    assert "offset" not in first
    assert second["offset"] == 4
    assert first["allowed_updates"] == ALLOWED_UPDATES
    await poller.halt()


async def test_stored_payloads_parse_back_into_messages(
    fake_bot_api: FakeBotApi, inbox: MemoryInbox, start: Callable[..., Running]
) -> None:
    fake_bot_api.user_message(CHAT, "lampu jalan mati", first_name="Siti")
    fake_bot_api.user_callback(CHAT, "t1:rate:5", message_id=1)
    start()
    await inbox.wait_for_count(2)
    text, press = (parse_update(inbox.items[f"telegram:{i}"].payload) for i in (1, 2))
    assert text is not None and text.text == "lampu jalan mati"
    assert press is not None and press.callback_data == "t1:rate:5"


async def test_the_webhook_is_removed_once_without_dropping_updates(
    fake_bot_api: FakeBotApi, inbox: MemoryInbox, start: Callable[..., Running]
) -> None:
    fake_bot_api.user_message(CHAT, "halo")
    start()
    await inbox.wait_for_count(1)
    calls = [params for method, params in fake_bot_api.calls if method == "deleteWebhook"]
    assert len(calls) == 1
    assert calls[0].get("drop_pending_updates") is False


async def test_a_failed_store_refetches_the_same_updates_and_loses_none(
    fake_bot_api: FakeBotApi, start: Callable[..., Running], inbox: MemoryInbox
) -> None:
    inbox.fail_times = 1
    for text in ("satu", "dua"):
        fake_bot_api.user_message(CHAT, text)
    start()
    await inbox.wait_for_count(2)
    assert inbox.store_calls == 2
    first, second = get_updates_calls(fake_bot_api)[:2]
    assert "offset" not in first and "offset" not in second  # nothing was confirmed
    fake_bot_api.user_message(CHAT, "tiga")
    await inbox.wait_for_count(3)
    assert sorted(inbox.items) == ["telegram:1", "telegram:2", "telegram:3"]


async def test_a_restarted_poller_gets_the_unconfirmed_updates_again(
    fake_bot_api: FakeBotApi, start: Callable[..., Running], inbox: MemoryInbox
) -> None:
    inbox.fail_times = 1_000  # the database is down: nothing can be stored
    fake_bot_api.user_message(CHAT, "penting")
    crashed = start()
    await wait_until(lambda: inbox.store_calls >= 2)
    await crashed.halt()
    assert len(fake_bot_api.pending_updates) == 1  # Telegram still holds it
    inbox.fail_times = 0
    start()
    await inbox.wait_for_count(1)
    assert list(inbox.items) == ["telegram:1"]


async def test_server_errors_and_conflicts_are_retried(
    fake_bot_api: FakeBotApi,
    start: Callable[..., Running],
    inbox: MemoryInbox,
    caplog: pytest.LogCaptureFixture,
) -> None:
    fake_bot_api.fail_next("deleteWebhook", 502, "Bad Gateway")
    fake_bot_api.fail_next("getUpdates", 500, "Internal Server Error")
    fake_bot_api.fail_next(
        "getUpdates",
        409,
        "Conflict: terminated by other getUpdates request; "
        "make sure that only one bot instance is running",
    )
    fake_bot_api.user_message(CHAT, "halo")
    with caplog.at_level(logging.WARNING, logger="bot.channels.telegram.poller"):
        start()
        await inbox.wait_for_count(1)
    assert any(
        r.levelno == logging.ERROR and "another process" in r.getMessage() for r in caplog.records
    )


async def test_stop_cancels_the_long_poll_promptly(
    fake_bot_api: FakeBotApi, start: Callable[..., Running]
) -> None:
    poller = start(timeout=30)
    await wait_until(lambda: bool(get_updates_calls(fake_bot_api)))
    loop = asyncio.get_running_loop()
    began = loop.time()
    await poller.halt(within=1)
    assert loop.time() - began < 0.5


async def test_stop_interrupts_a_backoff(
    fake_bot_api: FakeBotApi, fake_telegram_bot: Bot, inbox: MemoryInbox
) -> None:
    fake_bot_api.fail_next("getUpdates", 502, "Bad Gateway", count=100)
    poller = TelegramPoller(fake_telegram_bot, inbox, timeout=1, backoff=Backoff(start=60, cap=60))
    running = Running(poller)
    await wait_until(lambda: bool(get_updates_calls(fake_bot_api)))
    await running.halt(within=1)


async def test_a_rejected_token_stops_the_poller_with_the_error(
    fake_bot_api: FakeBotApi, start: Callable[..., Running]
) -> None:
    fake_bot_api.fail_next("getUpdates", 401, "Unauthorized")
    poller = start()
    with pytest.raises(TelegramUnauthorizedError):
        await asyncio.wait_for(poller.task, 2)


async def test_an_update_aiogram_cannot_read_is_stored_raw_and_not_refetched(
    fake_bot_api: FakeBotApi, start: Callable[..., Running], inbox: MemoryInbox
) -> None:
    fake_bot_api.user_message(CHAT, "sebelum")
    broken = {"message": {"message_id": 2, "chat": {"id": CHAT, "type": "private"}}}  # no date
    fake_bot_api.push_update(broken)
    fake_bot_api.user_message(CHAT, "sesudah")
    start()
    await inbox.wait_for_count(3)
    await wait_until(lambda: not fake_bot_api.pending_updates)
    raw = inbox.items["telegram:2"]
    assert raw.chat_key == f"telegram:{CHAT}"
    assert parse_update(raw.payload) is None
    after = parse_update(inbox.items["telegram:3"].payload)
    assert after is not None and after.text == "sesudah"


def test_backoff_grows_with_jitter_up_to_its_cap() -> None:
    backoff = Backoff(start=1, cap=30)
    delays = [backoff.next_delay() for _ in range(10)]
    assert 0.5 <= delays[0] <= 1
    assert all(15 <= delay <= 30 for delay in delays[6:])
    backoff.reset()
    assert backoff.next_delay() <= 1
