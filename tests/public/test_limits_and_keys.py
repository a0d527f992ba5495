"""Every public endpoint is rate limited (429 with Retry-After) and briefly cached;
API keys are made, listed and revoked from the command line, and only hashes kept."""

from __future__ import annotations

import asyncio
from datetime import timedelta
from pathlib import Path

import pytest
from sqlmodel import select

from bot.web.public.limits import RateLimiter
from storage import api_clients
from storage.models import ApiClient
from tests.config.cli import Aduan
from tests.public.rig import public_rig
from tests.public.seed import add_ticket, migrated

REQUESTS = "/open311/v2/requests.json"


class Ticking:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_a_bucket_allows_its_burst_then_says_how_long_to_wait() -> None:
    clock = Ticking()
    limiter = RateLimiter(60, monotonic=clock)
    assert all(limiter.take("a") == 0 for _ in range(60))
    assert limiter.take("a") == 1.0
    assert limiter.take("b") == 0  # another caller has a bucket of their own
    clock.now += 1.0
    assert limiter.take("a") == 0


async def test_an_address_over_its_limit_gets_429_with_retry_after(sqlite_url: str) -> None:
    async with public_rig(sqlite_url, public_rate_per_minute=3) as rig:
        for _ in range(3):
            assert (await rig.get(REQUESTS))[0] == 200
        async with rig.http.get(rig.base + REQUESTS) as response:
            assert response.status == 429
            assert int(response.headers["Retry-After"]) >= 1
            assert (await response.json())[0]["code"] == 429
        # a client with its key is counted on its own
        assert (await rig.get(REQUESTS, api_key=rig.api_key))[0] == 200


async def test_answers_are_cached_briefly(sqlite_url: str) -> None:
    async with public_rig(sqlite_url, public_cache_seconds=60) as rig:
        first = await rig.get(REQUESTS)
        assert rig.harness.app is not None
        async with rig.harness.app.sessions.begin() as session:
            await add_ticket(session, "ADU-2611-0007", rig.harness.clock() - timedelta(days=1),
                             status="closed")  # fmt: skip
        await rig.publish()
        async with rig.http.get(rig.base + REQUESTS) as response:
            assert response.headers["Cache-Control"] == "public, max-age=60"
            assert await response.json() == first[1] == []
        fresh = await rig.get(REQUESTS, status="closed")
        assert [r["service_request_id"] for r in fresh[1]] == ["ADU-2611-0007"]


def test_keys_are_made_listed_and_revoked_from_the_command_line(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    aduan = Aduan(monkeypatch, tmp_path).set(database_url=f"sqlite:///{tmp_path}/keys.db")
    assert aduan("db", "upgrade").exit_code == 0
    made = aduan("apikey", "create", "kota-app")
    assert made.exit_code == 0, made.stderr
    key = made.stdout.strip()
    assert key.startswith("adu_") and "not stored" in made.stderr
    again = aduan("apikey", "create", "kota-app")
    assert again.exit_code == 2 and "exists" in again.stderr
    listed = aduan("apikey", "list")
    assert "kota-app" in listed.stdout and key[:8] in listed.stdout and key not in listed.stdout

    async def stored() -> tuple[list[str], bool]:
        url = f"sqlite+aiosqlite:///{tmp_path}/keys.db"
        async with migrated(url) as sessions, sessions() as session:
            hashes = [c.key_hash for c in (await session.execute(select(ApiClient))).scalars()]
            return hashes, await api_clients.by_key(session, key) is not None

    hashes, active = asyncio.run(stored())
    assert hashes == [api_clients.hash_key(key)] and active
    revoked = aduan("apikey", "revoke", "kota-app")
    assert revoked.exit_code == 0, revoked.stderr
    assert asyncio.run(stored())[1] is False
    assert aduan("apikey", "revoke", "nobody").exit_code == 2
