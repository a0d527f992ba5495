"""Two `aduan run` processes in webhook mode on one PostgreSQL database serve one bot:
every update (each one delivered to both processes at once) is handled once and in
order, one process sweeps, one process delivers."""

from __future__ import annotations

import asyncio
from pathlib import Path

import aiohttp
from sqlalchemy import func, select, text

from bot.delivery import DELIVERY_LOCK_KEY
from storage.engine import create_engine, session_factory
from storage.leadership import LOCK_KEY
from storage.models import InboxEntry, Ticket
from tests.databases import fresh_postgres, postgres_url
from tests.delivery.processes import (
    button,
    free_port,
    post_update,
    said_to,
    start_bot,
    wait_healthy,
)
from tests.fakes.fake_bot_api import FakeBotApi

PUPR_CHAT = "-1001000000005"
RESIDENTS = [7780001 + i for i in range(6)]


async def complain(
    api: FakeBotApi, client: aiohttp.ClientSession, ports: list[int], resident: int
) -> None:
    async def both(update: dict[str, object]) -> None:
        statuses = await asyncio.gather(*(post_update(client, p, update) for p in ports))
        assert statuses == [200, 200]

    await both(
        api.user_message(resident, f"/lapor Jalan di gang {resident} berlubang dan tergenang air")
    )
    suggestion = await api.wait_for(said_to(resident, "Benar?"), timeout=30)
    await both(api.user_callback(resident, button(suggestion, "Ya, benar")))
    await api.wait_for(said_to(resident, "Di mana lokasinya"), timeout=30)
    await both(api.user_message(resident, f"Gang nomor {resident}, Desa Sukamaju"))
    photos = await api.wait_for(said_to(resident, "foto pendukung"), timeout=30)
    await both(api.user_callback(resident, button(photos, "Lewati")))
    privacy = await api.wait_for(said_to(resident, "identitas"), timeout=30)
    await both(api.user_callback(resident, button(privacy, "Publik")))
    summary = await api.wait_for(said_to(resident, "Periksa laporan"), timeout=30)
    await both(api.user_callback(resident, button(summary, "Kirim")))
    await api.wait_for(said_to(resident, "ADU-"), timeout=30)


async def test_two_processes_on_postgresql_serve_one_bot_without_doubling_anything(
    fake_bot_api: FakeBotApi, tmp_path: Path
) -> None:
    url = postgres_url()
    assert url is not None
    await fresh_postgres(url)
    api = fake_bot_api
    api._handlers["setwebhook"] = api._true  # the fake lacks setWebhook
    ports = [free_port(), free_port()]
    first = await start_bot(api, url, tmp_path, ports[0])
    async with aiohttp.ClientSession() as client:
        await wait_healthy(client, ports[0])  # the first one migrates the database
        second = await start_bot(api, url, tmp_path, ports[1])
        try:
            await wait_healthy(client, ports[1])
            await asyncio.gather(*(complain(api, client, ports, r) for r in RESIDENTS))
            await asyncio.sleep(0.5)  # anything doubled would have been sent by now
            engine = create_engine(url)
            try:
                async with session_factory(engine)() as session:
                    tickets = await session.scalar(select(func.count()).select_from(Ticket))
                    updates = await session.scalar(select(func.count()).select_from(InboxEntry))
                    leaders = {
                        key: await session.scalar(
                            text(
                                "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' "
                                "AND granted AND classid = :hi AND objid = :lo AND database = "
                                "(SELECT oid FROM pg_database WHERE datname = current_database())"
                            ),
                            {"hi": key >> 32, "lo": key & 0xFFFFFFFF},
                        )
                        for key in (LOCK_KEY, DELIVERY_LOCK_KEY)
                    }
            finally:
                await engine.dispose()
        finally:
            for process in (first, second):
                process.terminate()
            await asyncio.gather(first.wait(), second.wait())
    assert tickets == len(RESIDENTS)
    assert updates == 6 * len(RESIDENTS)
    cards = [r for r in api.sent if r.chat_id == PUPR_CHAT and "ADU-" in (r.text or "")]
    assert len(cards) == len(RESIDENTS)
    for resident in RESIDENTS:
        said = [r.text or "" for r in api.sent if r.chat_id == str(resident)]
        assert len(said) == len(set(said)), "no resident hears anything twice"
    assert leaders == {LOCK_KEY: 1, DELIVERY_LOCK_KEY: 1}
