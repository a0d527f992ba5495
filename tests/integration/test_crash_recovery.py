"""Killing `aduan run` (SIGKILL, no clean-up) in the middle of a complaint loses nothing
the resident already sent, and files nothing twice."""

from __future__ import annotations

import asyncio
import os
import sys
from pathlib import Path

from sqlalchemy import func, select

from storage.engine import create_engine, session_factory
from storage.models import OutboxEntry, Ticket
from tests.fakes.fake_bot_api import FakeBotApi, SentRecord
from tests.fakes.fixtures import TEST_TOKEN

RESIDENT = 7770001
PUPR_CHAT = "-1001000000005"


async def start_bot(api: FakeBotApi, db_path: Path) -> asyncio.subprocess.Process:
    env = {k: v for k, v in os.environ.items() if not k.startswith("ADUAN_")}
    env.update(
        ADUAN_DATABASE_URL=f"sqlite:///{db_path}",
        ADUAN_TELEGRAM_TOKEN=TEST_TOKEN,
        ADUAN_TELEGRAM_API_BASE=api.base_url,
        ADUAN_POLL_TIMEOUT="1",
        ADUAN_DELIVERY_INTERVAL="0.05",
        ADUAN_LOG_LEVEL="WARNING",
    )
    return await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        "run",
        env=env,
        cwd=db_path.parent,
        stdout=asyncio.subprocess.DEVNULL,
        stderr=asyncio.subprocess.DEVNULL,
    )


async def outbox_drained(db_path: Path) -> None:
    """Kill only once every owed message is recorded as sent, so that what the test
    checks afterwards is state recovery, not the at-least-once resend window."""
    engine = create_engine(f"sqlite+aiosqlite:///{db_path}")
    try:
        for _ in range(200):
            async with session_factory(engine)() as session:
                pending = await session.scalar(
                    select(func.count())
                    .select_from(OutboxEntry)
                    .where(OutboxEntry.status == "pending")
                )
            if pending == 0:
                return
            await asyncio.sleep(0.05)
    finally:
        await engine.dispose()
    raise AssertionError("the outbox never drained")


def resident_text(containing: str):  # type: ignore[no-untyped-def]
    def predicate(record: SentRecord) -> bool:
        return record.chat_id == str(RESIDENT) and containing in (record.text or "")

    return predicate


def button(record: SentRecord, label: str) -> str:
    return next(d for row in record.buttons for t, d in row if label.lower() in t.lower())


async def test_sigkill_in_the_middle_of_a_complaint_loses_nothing(
    fake_bot_api: FakeBotApi, tmp_path: Path
) -> None:
    api = fake_bot_api
    db_path = tmp_path / "crash.db"
    bot = await start_bot(api, db_path)
    try:
        api.user_message(RESIDENT, "/lapor Jalan di depan Pasar Baru berlubang dan tergenang air")
        suggestion = await api.wait_for(resident_text("Benar?"), timeout=60)
        api.user_callback(RESIDENT, button(suggestion, "Ya, benar"))
        await api.wait_for(resident_text("Di mana lokasinya"), timeout=20)
        await outbox_drained(db_path)
    finally:
        bot.kill()
        await bot.wait()

    # While it is down the resident answers the location question.
    api.user_message(RESIDENT, "Depan Pasar Baru, Jalan Merdeka, Kecamatan Sukamaju")

    bot = await start_bot(api, db_path)
    try:
        photos = await api.wait_for(resident_text("foto pendukung"), timeout=60)
        api.user_callback(RESIDENT, button(photos, "Lewati"))
        privacy = await api.wait_for(resident_text("identitas"), timeout=20)
        api.user_callback(RESIDENT, button(privacy, "Publik"))
        summary = await api.wait_for(resident_text("Periksa laporan"), timeout=20)
        assert "Depan Pasar Baru, Jalan Merdeka" in (summary.text or "")
        assert "berlubang dan tergenang" in (summary.text or "")
        api.user_callback(RESIDENT, button(summary, "Kirim"))
        await api.wait_for(
            lambda r: r.chat_id == PUPR_CHAT and "ADU-" in (r.text or ""), timeout=20
        )
    finally:
        bot.kill()
        await bot.wait()

    engine = create_engine(f"sqlite+aiosqlite:///{db_path}")
    try:
        async with session_factory(engine)() as session:
            count = await session.scalar(select(func.count()).select_from(Ticket))
    finally:
        await engine.dispose()
    assert count == 1
    cards = [r for r in api.sent if r.chat_id == PUPR_CHAT and "ADU-" in (r.text or "")]
    assert len(cards) == 1
    prompts = [r for r in api.sent if resident_text("Di mana lokasinya")(r)]
    assert len(prompts) == 1, "no question the resident already answered is asked again"
