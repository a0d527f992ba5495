"""The operator's log says once when aduan starts, with the versions a bug report needs
(aduan, Python, aiogram, the database server), and once when it stops: the whole bot,
polling the fake Bot API, on SQLite and PostgreSQL."""

from __future__ import annotations

import asyncio
import logging
import platform

import pytest

from bot.versions import package_version
from tests.fakes.fake_bot_api import FakeBotApi
from tests.fakes.running_bot import running_bot

RUNNER = "bot.runner"


def runner_lines(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.name == RUNNER]


async def started(caplog: pytest.LogCaptureFixture, seconds: float = 15.0) -> None:
    deadline = asyncio.get_running_loop().time() + seconds
    while not any(line.startswith("aduan started") for line in runner_lines(caplog)):
        assert asyncio.get_running_loop().time() < deadline, runner_lines(caplog)
        await asyncio.sleep(0.05)


async def test_the_start_and_stop_lines_name_the_versions_once_each(
    fake_bot_api: FakeBotApi, db_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger=RUNNER)
    async with running_bot(fake_bot_api, db_url):
        await started(caplog)
        assert not any(line.endswith("stopped") for line in runner_lines(caplog))

    lines = runner_lines(caplog)
    starts = [line for line in lines if line.startswith("aduan started")]
    stops = [line for line in lines if line.endswith("stopped")]
    assert len(starts) == 1 and len(stops) == 1, lines
    assert lines.index(starts[0]) < lines.index(stops[0])
    aduan = package_version("aduan")
    database = "SQLite" if db_url.startswith("sqlite") else "PostgreSQL"
    for part in (
        f"aduan {aduan}", f"python {platform.python_version()}",
        f"aiogram {package_version('aiogram')}", f"database {database} ",
    ):  # fmt: skip
        assert part in starts[0], starts[0]
    assert stops == [f"aduan {aduan} stopped"]
