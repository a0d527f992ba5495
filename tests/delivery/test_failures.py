"""Every owed message arrives, in order per chat, through the Bot API's failures; what
can never arrive becomes a dead letter the supervisors hear about."""

from __future__ import annotations

from collections import defaultdict
from itertools import groupby

import pytest

from bot.delivery import outcomes
from tests.delivery.fakes import FlakyBotApi
from tests.delivery.rig import PUPR_GROUP, SUPERVISORS, delivery_rig
from tests.fakes.fake_bot_api import FakeBotApi


@pytest.fixture(autouse=True)
def quick_backoff(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(outcomes, "BASE_BACKOFF", 0.01)


async def test_every_message_arrives_in_order_when_a_fifth_of_sends_fail(db_url: str) -> None:
    chats = [str(7100 + i) for i in range(6)] + ["-100200300"]
    # a "timeout" answers after 3 s, the client gives up after 1 s: a real send slower
    # than that (a loaded machine) would be sent twice, which at-least-once allows
    async with (
        FlakyBotApi(fail_rate=0.2, seed=11, slow=3.0) as api,
        delivery_rig(db_url, api, request_timeout=1.0) as rig,
    ):
        for chat in chats:
            await rig.enqueue(chat, *(f"{chat} message {n}" for n in range(12)))
        await rig.drain()
        received: dict[str, list[str]] = defaultdict(list)
        for record in api.sent:
            received[record.chat_id or ""].append(record.text or "")
    assert all(api.failures.values()), api.failures  # 500s, 429s and timeouts all happened
    for chat in chats:
        # a send the client gave up on may still have reached the server and is sent
        # again right away: a repeat next to itself, never one out of order or missing
        assert _without_repeats(received[chat]) == [f"{chat} message {n}" for n in range(12)]
    assert await rig.count("dead") == 0


def _without_repeats(texts: list[str]) -> list[str]:
    """The texts with each run of the same text kept once."""
    return [text for text, _ in groupby(texts)]


async def test_a_message_that_keeps_failing_becomes_a_dead_letter_the_supervisors_hear_of(
    db_url: str,
) -> None:
    async with FakeBotApi() as api, delivery_rig(db_url, api, max_attempts=3) as rig:
        api.fail_next("sendMessage", 500, "Internal Server Error", count=3)
        await rig.enqueue("7001", "lost for now", "held back behind it")
        await rig.drain()
        rows = await rig.rows()
        alert = await api.wait_for(lambda r: r.chat_id == SUPERVISORS)
    assert rows[0].status == "dead" and rows[0].attempts == 3
    assert f"#{rows[0].id}" in (alert.text or "")
    assert [r.text for r in api.sent if r.chat_id == "7001"] == ["held back behind it"]


async def test_a_dead_letter_to_the_supervisors_is_not_reported_to_them_again(
    db_url: str,
) -> None:
    async with FakeBotApi() as api, delivery_rig(db_url, api, max_attempts=2) as rig:
        api.fail_next("sendMessage", 500, "Internal Server Error", count=4)
        await rig.enqueue("7001", "to a resident")
        await rig.drain()
        rows = await rig.rows()
    # the resident's message died, its report to the supervisors died too, and nothing more
    assert [(r.chat_id, r.status) for r in rows] == [("7001", "dead"), (SUPERVISORS, "dead")]


async def test_chat_not_found_fails_at_once_without_retrying(db_url: str) -> None:
    async with FakeBotApi() as api, delivery_rig(db_url, api) as rig:
        api.fail_next("sendMessage", 400, "Bad Request: chat not found")
        await rig.enqueue("7002", "nobody home")
        await rig.drain()
        rows = await rig.rows()
    assert rows[0].status == "dead" and rows[0].attempts == 1


async def test_a_staff_group_that_removed_the_bot_is_reported_to_the_supervisors(
    db_url: str,
) -> None:
    async with FakeBotApi() as api, delivery_rig(db_url, api) as rig:
        api.block_chat(PUPR_GROUP)
        await rig.enqueue(PUPR_GROUP, "a new ticket card")
        await rig.drain()
        alert = await api.wait_for(lambda r: r.chat_id == SUPERVISORS)
        rows = await rig.rows()
    assert rows[0].status == "dead" and rows[0].attempts == 1  # 403: no retries
    assert PUPR_GROUP in (alert.text or "") and "Pekerjaan Umum" in (alert.text or "")


async def test_a_resident_who_blocked_the_bot_is_not_retried(db_url: str) -> None:
    async with FakeBotApi() as api, delivery_rig(db_url, api) as rig:
        api.block_chat("7003")
        await rig.enqueue("7003", "one", "two")
        await rig.drain()
        rows = await rig.rows()
    assert [(r.status, r.attempts) for r in rows] == [("dead", 1), ("dead", 1)]


async def test_a_group_that_became_a_supergroup_gets_its_messages_at_the_new_id(
    db_url: str,
) -> None:
    async with FakeBotApi() as api, delivery_rig(db_url, api) as rig:
        api.migrate_chat("-4001", "-1004001")
        await rig.enqueue("-4001", "first", "second")
        await rig.drain()
        rows = await rig.rows()
    assert [(r.chat_id, r.text) for r in api.sent] == [
        ("-1004001", "first"),
        ("-1004001", "second"),
    ]
    assert {r.chat_id for r in rows} == {"-1004001"}


async def test_an_operator_can_send_dead_letters_again(db_url: str) -> None:
    from datetime import UTC, datetime

    from storage import dead_letters

    async with FakeBotApi() as api, delivery_rig(db_url, api, max_attempts=1) as rig:
        api.fail_next("sendMessage", 500, "Internal Server Error", count=2)
        await rig.enqueue("7004", "try me later")
        await rig.drain()
        async with rig.sessions() as session:
            dead = await dead_letters.listing(session)
        assert [r.chat_id for r in dead] == [SUPERVISORS, "7004"]
        async with rig.sessions.begin() as session:
            queued = await dead_letters.retry(session, datetime.now(UTC), [dead[1].id])
        assert queued == [dead[1].id]
        await rig.drain()
    assert [r.text for r in api.sent if r.chat_id == "7004"] == ["try me later"]
