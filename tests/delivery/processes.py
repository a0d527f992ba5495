"""`aduan run` as real subprocesses against a fake Bot API (long polling or webhook)."""

from __future__ import annotations

import asyncio
import os
import socket
import sys
from pathlib import Path

import aiohttp

from bot.channels.telegram.webhook import SECRET_HEADER, WEBHOOK_PATH
from tests.fakes.fake_bot_api import FakeBotApi, SentRecord
from tests.fakes.fixtures import TEST_TOKEN

SECRET = "two-processes-secret"
# Every bot process a test starts, so none outlives its test (a stray bot would keep
# the delivery and sweep locks on the test database and starve the next test's bot).
_started: list[asyncio.subprocess.Process] = []


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


async def start_bot(
    api: FakeBotApi, database_url: str, cwd: Path, web_port: int | None = None
) -> asyncio.subprocess.Process:
    """``python -m bot run``; with ``web_port`` it serves the webhook there."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("ADUAN_")}
    env.update(
        ADUAN_DATABASE_URL=database_url,
        ADUAN_TELEGRAM_TOKEN=TEST_TOKEN,
        ADUAN_TELEGRAM_API_BASE=api.base_url,
        ADUAN_POLL_TIMEOUT="1",
        ADUAN_DELIVERY_INTERVAL="0.05",
        ADUAN_DELIVERY_CHAT_RATE="1000",
        ADUAN_DELIVERY_GROUP_RATE="60000",
        ADUAN_DELIVERY_RATE="1000",
        ADUAN_LOG_LEVEL="WARNING",
    )
    if web_port is not None:
        env.update(
            ADUAN_WEBHOOK_URL="https://bot.example.invalid/",
            ADUAN_WEBHOOK_SECRET=SECRET,
            ADUAN_WEB_PORT=str(web_port),
        )
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        "run",
        env=env,
        cwd=cwd,
        stdout=asyncio.subprocess.DEVNULL,
        stderr=asyncio.subprocess.DEVNULL,
    )
    _started.append(process)
    return process


async def stop_leftover_bots(grace: float = 10.0) -> None:
    """Terminate, then kill, every bot process a test started and left running."""
    leftovers = [p for p in _started if p.returncode is None]
    _started.clear()
    for process in leftovers:
        process.terminate()
    for process in leftovers:
        try:
            await asyncio.wait_for(process.wait(), grace)
        except TimeoutError:
            process.kill()
            await process.wait()


async def wait_healthy(client: aiohttp.ClientSession, port: int, seconds: float = 60) -> None:
    for _ in range(int(seconds / 0.1)):
        try:
            async with client.get(f"http://127.0.0.1:{port}/healthz") as answer:
                if answer.status == 200:
                    return
        except aiohttp.ClientError:
            pass
        await asyncio.sleep(0.1)
    raise AssertionError(f"the process on port {port} never became healthy")


async def post_update(client: aiohttp.ClientSession, port: int, update: dict[str, object]) -> int:
    async with client.post(
        f"http://127.0.0.1:{port}{WEBHOOK_PATH}", json=update, headers={SECRET_HEADER: SECRET}
    ) as answer:
        return answer.status


def said_to(chat: int, containing: str):  # type: ignore[no-untyped-def]
    def predicate(record: SentRecord) -> bool:
        return record.chat_id == str(chat) and containing in (record.text or "")

    return predicate


def button(record: SentRecord, label: str) -> str:
    return next(d for row in record.buttons for t, d in row if label.lower() in t.lower())
