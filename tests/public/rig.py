"""The bot's core (a :class:`ChatHarness`) with the public endpoints served on a
loopback port, an API key, and ways to seed tickets and publish them."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Any

import aiohttp
from aiohttp import web

from bot.web import WebServer
from bot.web.public import public_routes
from storage import api_clients
from tests.harness import ChatHarness

PUPR_CHAT = "-1001000000005"
REQUESTS = "/open311/v2/requests.json"  # GeoReport v2: list and file


def open311_form(key: str, **fields: str) -> dict[str, str]:
    """A GeoReport v2 request form for Dinas PUPR; ``fields`` add or replace fields."""
    return {
        "api_key": key,
        "service_code": "pupr",
        "description": "Jembatan kayu di Desa Sukamaju retak, berbahaya untuk motor",
        "lat": "-6.9123",
        "long": "107.6123",
        **fields,
    }


@dataclass
class PublicRig:
    harness: ChatHarness
    base: str
    http: aiohttp.ClientSession
    api_key: str

    async def publish(self) -> None:
        assert self.harness.app is not None and self.harness.app.scheduler is not None
        assert self.harness.app.scheduler.publisher is not None
        await self.harness.app.scheduler.publisher.run_once()

    async def get(self, path: str, **params: Any) -> tuple[int, Any]:
        async with self.http.get(self.base + path, params=params) as response:
            body = await response.json(content_type=None)
            return response.status, body

    async def post(self, path: str, form: dict[str, str]) -> tuple[int, Any]:
        async with self.http.post(self.base + path, data=form) as response:
            return response.status, await response.json(content_type=None)


@asynccontextmanager
async def public_rig(db_url: str, **settings: Any) -> AsyncIterator[PublicRig]:
    options: dict[str, Any] = {
        "transparency": True,
        "public_rate_per_minute": 10_000,
        "api_key_rate_per_minute": 10_000,
        "public_cache_seconds": 0,
        **settings,
    }
    async with ChatHarness(db_url, **options) as harness:
        app = harness.app
        assert app is not None
        async with app.sessions.begin() as session:
            _client, key = await api_clients.create(session, "kota-app", harness.clock())
        web_app = web.Application()
        web_app.router.add_routes(public_routes(app))
        server = WebServer(web_app, "127.0.0.1", 0)
        await server.start()
        try:
            async with aiohttp.ClientSession() as http:
                yield PublicRig(harness, f"http://127.0.0.1:{server.port}", http, key)
        finally:
            await server.stop()
