"""``aduan run`` waits for what heals (a database or network briefly down), logging one
line per attempt, and stops with one line for what does not (a refused token)."""

from __future__ import annotations

import logging
import os
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from aiogram.exceptions import TelegramNetworkError, TelegramUnauthorizedError
from aiogram.methods import GetMe
from sqlalchemy.exc import DBAPIError

from bot.startup import StartupFailure, start_with_retries


class Flaky:
    def __init__(self, *failures: BaseException) -> None:
        self.failures = list(failures)
        self.calls = 0

    async def __call__(self) -> None:
        self.calls += 1
        if self.failures:
            raise self.failures.pop(0)


class Sleeps:
    def __init__(self) -> None:
        self.delays: list[float] = []

    async def __call__(self, seconds: float) -> None:
        self.delays.append(seconds)


async def test_a_network_briefly_down_is_waited_for_with_growing_delays(
    caplog: pytest.LogCaptureFixture,
) -> None:
    start = Flaky(
        ConnectionRefusedError(111, "Connect call failed ('127.0.0.1', 5432)"),
        TelegramNetworkError(GetMe(), "Cannot connect to host api.telegram.org"),
        TimeoutError(),
        OSError(-2, "Name or service not known"),
    )
    sleeps = Sleeps()
    with caplog.at_level(logging.WARNING, "bot.startup"):
        await start_with_retries(start, "db.example/aduan", sleep=sleeps, max_delay=5)
    assert start.calls == 5
    assert len(caplog.records) == 4  # one line per attempt
    assert all("\n" not in r.getMessage() for r in caplog.records)
    assert "database db.example/aduan" in caplog.records[0].getMessage()
    assert "Telegram Bot API" in caplog.records[1].getMessage()
    assert "attempt 4" in caplog.records[3].getMessage()
    assert sleeps.delays[0] <= 2 and sleeps.delays[1] > sleeps.delays[0] / 2
    assert max(sleeps.delays) <= 5


@pytest.mark.parametrize(
    ("failure", "said"),
    [
        (TelegramUnauthorizedError(GetMe(), "Unauthorized"), "ADUAN_TELEGRAM_TOKEN"),
        (
            DBAPIError("connect", {}, Exception('database "aduan" does not exist')),
            'database db.example/aduan: database "aduan" does not exist',
        ),
    ],
)
async def test_what_will_not_heal_stops_at_once_with_one_line(
    failure: Exception, said: str
) -> None:
    start, sleeps = Flaky(failure), Sleeps()
    with pytest.raises(StartupFailure) as caught:
        await start_with_retries(start, "db.example/aduan", sleep=sleeps)
    assert said in str(caught.value) and "\n" not in str(caught.value)
    assert start.calls == 1 and sleeps.delays == []


async def test_a_bug_keeps_its_traceback() -> None:
    with pytest.raises(KeyError):
        await start_with_retries(Flaky(KeyError("x")), "db", sleep=Sleeps())


def test_run_keeps_trying_an_unreachable_database_without_a_traceback(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("ADUAN_")}
    env.update(
        ADUAN_TELEGRAM_TOKEN="123456789:AAFakeTokenForTestsOnly_abcdefghijkl",
        ADUAN_DATABASE_URL="postgresql://postgres@127.0.0.1:9/aduan",
    )
    process = subprocess.Popen(
        [sys.executable, "-m", "bot", "run"],
        cwd=tmp_path,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert process.stderr is not None
    killer = threading.Timer(90, process.kill)  # a hung run must not hang the tests
    killer.start()
    seen = []
    try:
        for line in process.stderr:
            seen.append(line)
            if "trying again" in line:
                break
    finally:
        process.send_signal(signal.SIGINT)
        _, rest = process.communicate(timeout=30)
        killer.cancel()
    stderr = "".join(seen) + rest
    attempts = [line for line in stderr.splitlines() if "trying again" in line]
    assert attempts, stderr
    assert "database 127.0.0.1:9/aduan" in attempts[0]
    assert "Traceback" not in stderr
    assert process.returncode == 0  # stopped by SIGINT while waiting
