"""The operator sees every failed send and dead letter in the log, with its reason,
without a failing chat flooding it."""

from __future__ import annotations

import logging
from datetime import UTC, datetime

import pytest

from bot.delivery import operator_log, outcomes
from bot.delivery.operator_log import OperatorLog
from storage import dead_letters
from storage.dead_letters import DeadLetter
from storage.outbox import DueMessage
from tests.delivery.rig import delivery_rig
from tests.fakes.fake_bot_api import FakeBotApi

LOGGER = "bot.delivery"


@pytest.fixture(autouse=True)
def quick_backoff(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(outcomes, "BASE_BACKOFF", 0.01)


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def due(chat_id: str, message_id: int = 1) -> DueMessage:
    return DueMessage(message_id, "telegram", chat_id, "{}", 0)


def dead(chat_id: str, error: str) -> DeadLetter:
    return DeadLetter(9, "telegram", chat_id, "", 3, datetime.now(UTC), error)


def lines(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.name == LOGGER]


def test_a_failed_attempt_is_one_line_with_its_reason_and_the_next_try(
    caplog: pytest.LogCaptureFixture,
) -> None:
    with caplog.at_level(logging.INFO, logger=LOGGER):
        OperatorLog(Clock()).failed_attempt(due("7001"), 2, "Bad Gateway", 4.2)
    [line] = lines(caplog)
    assert "7001" in line and "attempt 2" in line and "Bad Gateway" in line
    assert "next try in 4 s" in line


def test_a_chat_gets_at_most_one_line_a_minute_and_the_next_says_how_many_were_left_out(
    caplog: pytest.LogCaptureFixture,
) -> None:
    clock = Clock()
    operator_log = OperatorLog(clock)
    with caplog.at_level(logging.INFO, logger=LOGGER):
        for n in range(5):
            operator_log.failed_attempt(due("7001", n), 1, "Forbidden", 1.0)
            clock.now += 10
        operator_log.dead_letter(dead("7002", "blocked"))  # another chat has its own minute
        clock.now += 20
        operator_log.dead_letter(dead("7001", "unreachable: blocked"))
    first, other_chat, after_a_minute = lines(caplog)
    assert "message 0" in first and "7002" in other_chat
    assert "dead letter" in after_a_minute and "unreachable: blocked" in after_a_minute
    assert "4 more lines for this chat left out" in after_a_minute


def test_a_reason_cannot_forge_log_lines(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.INFO, logger=LOGGER):
        OperatorLog(Clock()).dead_letter(dead("7001", "no\nERROR fake line\x1b[2J"))
    [line] = lines(caplog)
    assert "\n" not in line and "\x1b" not in line and "no ERROR fake line" in line


async def test_failed_sends_and_the_dead_letter_they_end_in_are_logged_with_the_reason(
    db_url: str, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(operator_log, "INTERVAL", 0.0)  # every line, not one a minute
    async with FakeBotApi() as api, delivery_rig(db_url, api, max_attempts=2) as rig:
        api.fail_next("sendMessage", 500, "Internal Server Error", count=2)
        with caplog.at_level(logging.INFO, logger=LOGGER):
            await rig.enqueue("7001", "never arrives")
            await rig.drain()
    failed, dead_letter = [line for line in lines(caplog) if "7001" in line]
    assert "send failed" in failed and "Internal Server Error" in failed
    assert "dead letter" in dead_letter and "after 2 attempts" in dead_letter


async def test_a_message_with_an_unreadable_payload_becomes_a_dead_letter_at_once(
    db_url: str,
) -> None:
    from sqlalchemy import update

    from storage.models import OutboxEntry

    async with FakeBotApi() as api, delivery_rig(db_url, api) as rig:
        await rig.enqueue("7001", "damaged", "fine")
        async with rig.sessions.begin() as session:
            first = min(row.id or 0 for row in await rig.rows())
            await session.execute(
                update(OutboxEntry).where(OutboxEntry.id == first).values(payload="{not json")
            )
        await rig.drain()
        async with rig.sessions() as session:
            [letter, *_] = [d for d in await dead_letters.listing(session) if d.chat_id == "7001"]
    assert letter.id == first and "unreadable payload" in letter.error
    assert [r.text for r in api.sent if r.chat_id == "7001"] == ["fine"]
