"""Benchmark of the WhatsApp channel: webhook-to-reply throughput and latency.

    python bench/whatsapp.py                        # SQLite in a temp folder
    python bench/whatsapp.py --database postgresql://postgres@127.0.0.1:5432/test

The whole bot runs in this process (inbox processor, delivery worker, the WhatsApp
webhook on a loopback aiohttp site) against the fake Graph API of the tests. Each of
``--residents`` residents sends ``--messages`` signed webhook posts one after another,
each a question the knowledge base answers, and waits for the answer to reach the fake
Graph API before sending the next. Latency is from the start of the POST to the
answer's arrival; throughput is answered messages per second over the whole run.
The PostgreSQL database is emptied first.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

import aiohttp
from aiohttp import web
from sqlalchemy import text

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.app import build_app
from bot.channels.whatsapp.factory import build_whatsapp
from bot.channels.whatsapp.kit import channel_kit
from bot.channels.whatsapp.signature import sign
from bot.channels.whatsapp.webhook import WEBHOOK_PATH, whatsapp_routes
from bot.config import Settings
from storage.engine import create_engine
from tests.whatsapp.fake_graph_api import FakeGraphApi, Sent, settings_for

QUESTIONS = [
    "bagaimana cara membuat ktp elektronik?",
    "syarat mengurus akta kelahiran apa saja",
    "jam buka pelayanan disdukcapil",
    "cara bayar pajak bumi dan bangunan",
]


async def empty_postgres(url: str) -> None:
    engine = create_engine(url)
    async with engine.begin() as connection:
        await connection.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
        await connection.execute(text("CREATE SCHEMA public"))
    await engine.dispose()


async def run(database: str, residents: int, messages: int) -> dict[str, float]:
    if database.startswith("postgres"):
        await empty_postgres(database)
    graph = await FakeGraphApi().start()
    waiting: dict[str, asyncio.Future[float]] = {}

    def arrived(sent: Sent) -> None:
        future = waiting.pop(sent.to, None)
        if future is not None and not future.done():
            future.set_result(time.perf_counter())

    graph.on_sent = arrived
    settings = Settings(database_url=database, delivery_interval=0.05, **settings_for(graph))  # type: ignore[arg-type]
    app = await build_app(settings, [channel_kit(build_whatsapp(settings), settings)])
    site_app = web.Application()
    site_app.add_routes(
        whatsapp_routes(app.inbox, app.sessions, "test-app-secret", "v", app.processor.wakeup.set)
    )
    runner = web.AppRunner(site_app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    url = f"http://127.0.0.1:{runner.addresses[0][1]}{WEBHOOK_PATH}"
    stop = asyncio.Event()
    app.start_workers(stop)
    latencies: list[float] = []

    async def resident(http: aiohttp.ClientSession, index: int) -> None:
        wa_id = f"62813{index:08d}"
        for n in range(messages):
            message = {
                "from": wa_id,
                "id": f"wamid.{uuid.uuid4().hex}",
                "timestamp": str(int(time.time())),
                "type": "text",
                "text": {"body": QUESTIONS[(index + n) % len(QUESTIONS)]},
            }
            body = {
                "object": "whatsapp_business_account",
                "entry": [
                    {
                        "changes": [
                            {
                                "field": "messages",
                                "value": {
                                    "contacts": [{"profile": {"name": "Warga"}, "wa_id": wa_id}],
                                    "messages": [message],
                                },
                            }
                        ]
                    }
                ],
            }
            raw = json.dumps(body).encode()
            future: asyncio.Future[float] = asyncio.get_running_loop().create_future()
            waiting[wa_id] = future
            start = time.perf_counter()
            async with http.post(
                url, data=raw, headers={"X-Hub-Signature-256": sign(raw, "test-app-secret")}
            ) as response:
                assert response.status == 200, await response.text()
            latencies.append(await asyncio.wait_for(future, timeout=60) - start)

    try:
        async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=residents)) as http:
            await resident(http, 999_999)  # warm up (KB load, first connection)
            latencies.clear()
            began = time.perf_counter()
            await asyncio.gather(*(resident(http, i) for i in range(residents)))
            elapsed = time.perf_counter() - began
    finally:
        stop.set()
        await app.close()
        await runner.cleanup()
        await graph.stop()
    latencies.sort()
    return {
        "messages": len(latencies),
        "throughput": len(latencies) / elapsed,
        "p50_ms": statistics.median(latencies) * 1000,
        "p99_ms": latencies[max(0, int(len(latencies) * 0.99) - 1)] * 1000,
        "max_ms": latencies[-1] * 1000,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", default=None)
    parser.add_argument("--residents", type=int, default=50)
    parser.add_argument("--messages", type=int, default=20)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        database = args.database or f"sqlite+aiosqlite:///{folder}/bench.db"
        if database.startswith("postgresql://"):
            database = "postgresql+asyncpg://" + database.removeprefix("postgresql://")
        result = asyncio.run(run(database, args.residents, args.messages))
    print(
        f"{result['messages']:.0f} answers from {args.residents} residents: "
        f"{result['throughput']:.0f} messages/s, p50 {result['p50_ms']:.1f} ms, "
        f"p99 {result['p99_ms']:.1f} ms, max {result['max_ms']:.1f} ms"
    )


if __name__ == "__main__":
    main()
