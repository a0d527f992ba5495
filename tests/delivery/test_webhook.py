"""The Telegram webhook, /healthz and /metrics, served by aiohttp in the bot's loop."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import aiohttp
from sqlalchemy import func, select

from bot.channels.telegram.webhook import (
    SECRET_HEADER,
    WEBHOOK_PATH,
    secret_matches,
    telegram_routes,
)
from bot.web import WebServer, build_web_app
from storage.engine import create_engine, session_factory
from storage.inbox import Inbox
from storage.migrate import upgrade
from storage.models import InboxEntry

SECRET = "s3cret-token_for-tests"


def update(update_id: int, chat: int = 5551, text: str = "halo") -> dict[str, Any]:
    return {
        "update_id": update_id,
        "message": {
            "message_id": update_id,
            "date": 1_700_000_000,
            "chat": {"id": chat, "type": "private", "first_name": "Budi"},
            "from": {"id": chat, "is_bot": False, "first_name": "Budi"},
            "text": text,
        },
    }


@asynccontextmanager
async def web_server(db_url: str) -> AsyncIterator[tuple[str, Any]]:
    engine = create_engine(db_url)
    await upgrade(engine)
    sessions = session_factory(engine)
    routes = telegram_routes(Inbox(sessions), SECRET)
    server = WebServer(build_web_app(sessions, extra_routes=routes), "127.0.0.1", 0)
    await server.start()
    try:
        yield f"http://127.0.0.1:{server.port}", sessions
    finally:
        await server.stop()
        await engine.dispose()


async def stored(sessions: Any) -> int:
    async with sessions() as session:
        return int(await session.scalar(select(func.count()).select_from(InboxEntry)) or 0)


async def test_a_forged_or_missing_secret_is_rejected_before_anything_is_stored(
    db_url: str,
) -> None:
    async with web_server(db_url) as (base, sessions), aiohttp.ClientSession() as client:
        forged = await client.post(
            base + WEBHOOK_PATH, json=update(1), headers={SECRET_HEADER: "guess"}
        )
        missing = await client.post(base + WEBHOOK_PATH, json=update(2))
        assert (forged.status, missing.status) == (401, 401)
        assert await stored(sessions) == 0


async def test_the_same_update_delivered_twice_or_concurrently_is_stored_once(
    db_url: str,
) -> None:
    async with web_server(db_url) as (base, sessions), aiohttp.ClientSession() as client:
        headers = {SECRET_HEADER: SECRET}
        answers = await asyncio.gather(
            *(client.post(base + WEBHOOK_PATH, json=update(77), headers=headers) for _ in range(5))
        )
        again = await client.post(base + WEBHOOK_PATH, json=update(77), headers=headers)
        assert [a.status for a in answers] + [again.status] == [200] * 6
        assert await stored(sessions) == 1


async def test_healthz_reports_the_backlog_and_metrics_are_exposed(db_url: str) -> None:
    async with web_server(db_url) as (base, _sessions), aiohttp.ClientSession() as client:
        await client.post(base + WEBHOOK_PATH, json=update(5), headers={SECRET_HEADER: SECRET})
        health = await client.get(base + "/healthz")
        body = await health.json()
        page = await (await client.get(base + "/metrics")).text()
    assert body["inbox_pending"] == 1 and body["outbox_pending"] == 0
    assert 'aduan_updates_received_total{channel="telegram",source="webhook"}' in page
    assert "aduan_outbox_backlog" in page and "aduan_delivery_latency_seconds" in page


def test_the_secret_comparison_accepts_only_the_exact_secret() -> None:
    assert secret_matches(SECRET, SECRET)
    assert not secret_matches(SECRET[:-1], SECRET)
    assert not secret_matches(None, SECRET)
    assert not secret_matches("", SECRET)
