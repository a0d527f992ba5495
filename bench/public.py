"""Benchmark of the public side: GET requests.json (Open311) and the /transparansi page
with 100,000 tickets (bench/figures.py's year), served by aduan's web server in a
process of its own, read by a client process over loopback.

    python bench/public.py                                   # SQLite in a temp folder
    python bench/public.py --database postgresql://postgres@127.0.0.1:5432/test

The PostgreSQL database is emptied first. For each endpoint: cached (the same URL
again within the cache's 30 s) and uncached (every request a different page, so each
one misses the answer cache: the reports are queried, the page's figures and count come
from their own 30-second memo). Target: p99 <= 50 ms for a cached page.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import aiohttp
from sqlalchemy import text

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.database import database_url
from bench.figures import NOW, prepare
from bot.publisher import Publisher
from domain.publication.rules import PublicationPolicy
from storage.engine import create_engine, session_factory

TARGET_P99_MS = 50.0
CONCURRENCY = 8


async def make_public(url: str) -> None:
    """A realistic mix: 70% public, 20% anonymous, 10% confidential; a third of the
    descriptions carry a phone number and a name to mask. Then publish."""
    engine = create_engine(url)
    async with engine.begin() as connection:
        await connection.execute(
            text("UPDATE ticket SET privacy = 'anonymous' WHERE id % 10 IN (1, 2)")
        )
        await connection.execute(
            text("UPDATE ticket SET privacy = 'confidential' WHERE id % 10 = 3")
        )
        await connection.execute(
            text(
                "UPDATE ticket SET description = 'Jalan berlubang depan rumah Pak Budi, "
                "hubungi 0812-3456-7890 atau budi@example.id', "
                "location_text = 'Jl. Melati 5', latitude = -6.91234, longitude = 107.61234 "
                "WHERE id % 3 = 0"
            )
        )
    sessions = session_factory(engine)
    publisher = Publisher(sessions, PublicationPolicy(after_days=30), lambda: NOW,
                          batch=1000, max_batches=1000)  # fmt: skip
    started = time.perf_counter()
    report = await publisher.run_once()
    print(f"  published {report.written:,} of {report.looked_at:,} tickets looked at "
          f"in {time.perf_counter() - started:.1f} s (first pass, masking included)")  # fmt: skip
    if url.startswith("postgresql"):
        async with engine.connect() as connection:
            autocommit = await connection.execution_options(isolation_level="AUTOCOMMIT")
            await autocommit.execute(text("VACUUM ANALYZE published_report"))
    await engine.dispose()


async def serve(url: str, port: int) -> None:
    """The server process: the bot's app with the public side on, no workers."""
    from bot.app import build_app
    from bot.config import Settings
    from bot.web import WebServer
    from bot.web.public import public_routes

    settings = Settings(
        database_url=url, transparency=True, public_rate_per_minute=10_000_000,
        api_key_rate_per_minute=10_000_000, public_cache_seconds=30,
    )  # fmt: skip
    app = await build_app(settings, kits=[], clock=lambda: NOW, migrate=False)
    from aiohttp import web

    web_app = web.Application()
    web_app.router.add_routes(public_routes(app))
    server = WebServer(web_app, "127.0.0.1", port)
    await server.start()
    print(f"ready {server.port}", flush=True)
    await asyncio.Event().wait()


async def load(
    base: str, paths: Callable[[int], str], count: int, concurrency: int = CONCURRENCY
) -> tuple[float, list[float]]:
    """``count`` GETs, ``concurrency`` at a time: requests per second and latencies (ms)."""
    latencies: list[float] = []
    queue = list(range(count))
    async with aiohttp.ClientSession() as http:

        async def worker() -> None:
            while queue:
                number = queue.pop()
                started = time.perf_counter()
                async with http.get(base + paths(number)) as response:
                    await response.read()
                    assert response.status == 200, (paths(number), response.status)
                latencies.append((time.perf_counter() - started) * 1000)

        started = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(concurrency)))
        elapsed = time.perf_counter() - started
    return count / elapsed, latencies


def p99(values: list[float]) -> float:
    return sorted(values)[max(0, int(len(values) * 0.99) - 1)]


async def measure(base: str, requests: int) -> dict[str, tuple[float, list[float]]]:
    start = "start_date=2026-10-01T00:00:00%2B07:00&end_date=2026-12-21T00:00:00%2B07:00"
    scenarios: dict[str, Callable[[int], str]] = {
        "requests.json cached": lambda n: f"/open311/v2/requests.json?{start}",
        "requests.json uncached": lambda n: (
            f"/open311/v2/requests.json?start_date=2026-10-01T00:{n % 60:02d}:{n // 60 % 60:02d}"
            f"%2B07:00&end_date=2026-12-21T00:00:00%2B07:00&page={n % 10 + 1}"
        ),
        "/transparansi cached": lambda n: "/transparansi?lang=id",
        "/transparansi uncached": lambda n: f"/transparansi?lang=id&page={n % 50 + 1}&n={n}",
    }
    results = {}
    for name, paths in scenarios.items():
        await load(base, paths, 20)  # warm-up (fills the cache for the cached ones)
        count = requests if "uncached" not in name else max(requests // 4, 50)
        results[f"{name} ({CONCURRENCY} at a time)"] = await load(base, paths, count)
    # latency as one reader sees it: one request at a time, no queue in front of it
    cached = scenarios["/transparansi cached"]
    results["/transparansi cached (1 at a time)"] = await load(base, cached, requests // 2, 1)
    return results


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--database", help="postgresql://… (emptied first); default SQLite")
    parser.add_argument("--tickets", type=int, default=100_000)
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--serve", help=argparse.SUPPRESS)
    parser.add_argument("--port", type=int, default=0, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        await serve(args.serve, args.port)
        return
    url, name = database_url(args.database, "public")
    started = time.perf_counter()
    await prepare(url, args.tickets)
    print(f"{name}: {args.tickets:,} tickets prepared in {time.perf_counter() - started:.0f} s")
    await make_public(url)
    server = subprocess.Popen(  # noqa: ASYNC220 (started once, before any measuring)
        [sys.executable, __file__, "--serve", url], stdout=subprocess.PIPE, text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )  # fmt: skip
    try:
        assert server.stdout is not None
        ready = server.stdout.readline().split()
        base = f"http://127.0.0.1:{ready[1]}"
        for scenario, (rate, latencies) in (await measure(base, args.requests)).items():
            line = (
                f"  {scenario:<40} {rate:7.0f} req/s  p50 {statistics.median(latencies):6.1f} ms"
                f"  p99 {p99(latencies):6.1f} ms  ({len(latencies)} requests)"
            )
            if scenario.startswith("/transparansi cached"):
                ok = p99(latencies) <= TARGET_P99_MS
                line += f" — {'meets' if ok else 'MISSES'} the p99 <= {TARGET_P99_MS:.0f} ms target"
            print(line)
    finally:
        server.terminate()
        server.wait(10)


if __name__ == "__main__":
    asyncio.run(main())
