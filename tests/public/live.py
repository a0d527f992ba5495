"""The public endpoints served from a thread of their own, for tools that call them
synchronously (the API fuzzer, the browser): a bot core on SQLite with seeded
tickets — published ones carrying personal data to be masked, and ones that must
never show — and its web server on a loopback port."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Any

from aiohttp import web

from bot.web import WebServer
from bot.web.public import public_routes
from storage import api_clients
from tests.harness import ChatHarness
from tests.public.seed import add_ticket

PHONE = "081298765432"
NIK = "3273012345678901"
EMAIL = "rahasia.warga@example.id"
NAME = "Sulastri Wahyuningsih"
CONFIDENTIAL_MARKER = "ZEBRA-RAHASIA-7731"
ANONYMOUS_NAME = "Bambang Kuswoyo"


@dataclass
class Live:
    base: str = ""
    api_key: str = ""
    published: list[str] = field(default_factory=list)
    hidden: list[str] = field(default_factory=list)  # codes that must never show

    @property
    def secrets(self) -> list[str]:
        return [PHONE, NIK, EMAIL, NAME, CONFIDENTIAL_MARKER, ANONYMOUS_NAME, *self.hidden]


async def seed(harness: ChatHarness, live: Live) -> None:
    app = harness.app
    assert app is not None
    now = harness.clock()
    async with app.sessions.begin() as session:
        _client, live.api_key = await api_clients.create(session, "fuzzer", now)
        day = now - timedelta(days=3)
        await add_ticket(
            session, "ADU-2611-0101", day, status="resolved", name=NAME, phone=PHONE,
            description=f"Saya {NAME}, NIK {NIK}, HP {PHONE}, email {EMAIL}: jalan rusak parah",
            reply=f"Sudah ditangani, kami hubungi {NAME} di {PHONE}",
            location_text=f"Rumah {NAME}, Jl. Kenanga 3", latitude=-6.9, longitude=107.6,
        )  # fmt: skip
        await add_ticket(
            session, "ADU-2611-0102", day, status="closed", privacy="anonymous",
            name=ANONYMOUS_NAME, description=f"Lampu mati, saya {ANONYMOUS_NAME}",
            location_text="Jl. Mawar 12 depan rumah saya", latitude=-6.91234, longitude=107.61234,
            details={"kecamatan": "Sukamaju", "desa": "Mekarsari"},
        )  # fmt: skip
        await add_ticket(
            session, "ADU-2611-0103", day, status="closed", privacy="confidential",
            description=f"Pungli oleh petugas {CONFIDENTIAL_MARKER}",
        )  # fmt: skip
        await add_ticket(
            session, "ADU-2611-0104", now - timedelta(days=1), status="open",
            description=f"Sampah menumpuk {CONFIDENTIAL_MARKER}",
        )  # fmt: skip
        await add_ticket(
            session, "INF-2611-0105", day, status="closed", kind="info",
            description=f"Minta data anggaran {CONFIDENTIAL_MARKER}",
        )  # fmt: skip
    live.published = ["ADU-2611-0101", "ADU-2611-0102"]
    live.hidden = ["ADU-2611-0103", "ADU-2611-0104", "INF-2611-0105"]
    assert app.scheduler is not None and app.scheduler.publisher is not None
    await app.scheduler.publisher.run_once()


async def _serve(folder: Path, live: Live, ready: threading.Event, stop: asyncio.Event,
                 settings: dict[str, Any]) -> None:  # fmt: skip
    url = f"sqlite+aiosqlite:///{folder}/live.db"
    options = {
        "transparency": True,
        "public_rate_per_minute": 100_000,
        "api_key_rate_per_minute": 100_000,
        "public_cache_seconds": 0,
        **settings,
    }
    async with ChatHarness(url, **options) as harness:
        await seed(harness, live)
        assert harness.app is not None
        web_app = web.Application()
        web_app.router.add_routes(public_routes(harness.app))
        server = WebServer(web_app, "127.0.0.1", 0)
        await server.start()
        live.base = f"http://127.0.0.1:{server.port}"
        ready.set()
        try:
            await stop.wait()
        finally:
            await server.stop()


@contextmanager
def live_server(folder: Path, **settings: Any) -> Iterator[Live]:
    live = Live()
    ready = threading.Event()
    loop = asyncio.new_event_loop()
    stop = asyncio.Event()

    def run() -> None:
        asyncio.set_event_loop(loop)
        loop.run_until_complete(_serve(folder, live, ready, stop, settings))

    thread = threading.Thread(target=run, name="public-live", daemon=True)
    thread.start()
    if not ready.wait(60):
        raise RuntimeError("the public server did not start")
    try:
        yield live
    finally:
        loop.call_soon_threadsafe(stop.set)
        thread.join(30)
