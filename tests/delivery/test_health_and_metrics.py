"""/healthz says 503 with the reason when the database, a worker or the backlog is in
trouble and 200 otherwise; /metrics exposes what a known workload did."""

from __future__ import annotations

import asyncio
import re
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import aiohttp
import pytest
from prometheus_client.parser import text_string_to_metric_families
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlmodel import col
from typer.testing import CliRunner, Result

from bot.channels.telegram.webhook import SECRET_HEADER, WEBHOOK_PATH, telegram_routes
from bot.cli import app
from bot.delivery import outcomes
from bot.web import WebServer, build_web_app
from bot.web.server import Liveness
from domain.inbound import InboundItem
from domain.messages import Channel, OutgoingMessage
from storage import outbox
from storage.engine import create_engine, session_factory
from storage.inbox import Inbox
from storage.migrate import upgrade
from storage.models import Contact, InboxEntry, OutboxEntry, Ticket
from tests.delivery.processes import SECRET as PROCESS_SECRET
from tests.delivery.processes import (
    button,
    free_port,
    post_update,
    said_to,
    wait_healthy,
)
from tests.delivery.rig import PUPR_GROUP, SUPERVISORS, delivery_rig
from tests.delivery.test_webhook import SECRET, update
from tests.fakes.fake_bot_api import ApiError, FakeBotApi
from tests.fakes.running_bot import running_bot


def now() -> datetime:
    return datetime.now(UTC)


def alive() -> datetime:
    return now()


@dataclass
class Site:
    base: str
    sessions: async_sessionmaker[AsyncSession]
    client: aiohttp.ClientSession

    async def health(self) -> tuple[int, dict[str, Any]]:
        async with self.client.get(self.base + "/healthz") as answer:
            return answer.status, await answer.json()

    async def metrics(self) -> dict[tuple[str, frozenset[tuple[str, str]]], float]:
        async with self.client.get(self.base + "/metrics") as answer:
            assert answer.status == 200
            return samples(await answer.text())


def samples(page: str) -> dict[tuple[str, frozenset[tuple[str, str]]], float]:
    """Every aduan sample on a Prometheus page, by name and labels."""
    return {
        (sample.name, frozenset(sample.labels.items())): sample.value
        for family in text_string_to_metric_families(page)
        if family.name.startswith("aduan_")
        for sample in family.samples
    }


@asynccontextmanager
async def site(
    db_url: str, liveness: Liveness | None = None, migrate: bool = True
) -> AsyncIterator[Site]:
    engine = create_engine(db_url)
    if migrate:
        await upgrade(engine)
    sessions = session_factory(engine)
    live = liveness or Liveness(sweep_last=alive, delivery_last=alive)
    routes = telegram_routes(Inbox(sessions), SECRET)
    server = WebServer(build_web_app(sessions, live, routes), "127.0.0.1", 0)
    await server.start()
    try:
        async with aiohttp.ClientSession() as client:
            yield Site(f"http://127.0.0.1:{server.port}", sessions, client)
    finally:
        await server.stop()
        await engine.dispose()


# -- /healthz ------------------------------------------------------------------------


async def test_a_bot_with_live_workers_and_a_short_backlog_is_healthy(db_url: str) -> None:
    async with site(db_url) as web:
        await web.client.post(
            web.base + WEBHOOK_PATH, json=update(1), headers={SECRET_HEADER: SECRET}
        )
        status, body = await web.health()
    assert status == 200
    assert body["ok"] is True and body["problems"] == []
    assert (body["inbox_pending"], body["outbox_pending"], body["outbox_dead"]) == (1, 0, 0)
    assert 0 <= body["oldest_inbox_wait_seconds"] < 60
    assert body["oldest_outbox_wait_seconds"] is None


async def test_a_database_that_refuses_connections_makes_healthz_503_with_the_reason(
    tmp_path: object,
) -> None:
    not_a_file = f"sqlite+aiosqlite:///{tmp_path}"  # a folder: SQLite cannot open it
    async with site(not_a_file, migrate=False) as web:
        status, body = await web.health()
        scraped = await web.metrics()
    assert status == 503 and body["ok"] is False
    [problem] = body["problems"]
    assert problem.startswith("database error: OperationalError: ")
    assert "unable to open database file" in problem and "\n" not in problem
    assert scraped[("aduan_database_up", frozenset())] == 0  # /metrics still answers


async def test_a_database_that_never_answers_makes_healthz_503_within_its_timeout() -> None:
    silent: list[asyncio.StreamWriter] = []

    async def hold(_reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        silent.append(writer)  # accept the connection and say nothing, like a hung server

    server = await asyncio.start_server(hold, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    liveness = Liveness(sweep_last=alive, delivery_last=alive, database_timeout=0.5)
    try:
        async with site(f"postgresql+asyncpg://u@127.0.0.1:{port}/db", liveness, False) as web:
            started = asyncio.get_running_loop().time()
            status, body = await web.health()
            took = asyncio.get_running_loop().time() - started
    finally:
        for writer in silent:
            writer.close()
        server.close()
    assert status == 503 and body["problems"] == ["database: no answer within 0.5 s"]
    assert took < 3


async def test_a_delivery_worker_that_stopped_running_makes_healthz_503(db_url: str) -> None:
    async with FakeBotApi() as api, delivery_rig(db_url, api) as rig:
        liveness = Liveness(
            sweep_last=alive,
            delivery_last=lambda: rig.worker.last_pass,
            max_silence=timedelta(seconds=1),
        )
        async with site(db_url, liveness) as web:
            stop = asyncio.Event()
            worker = asyncio.create_task(rig.worker.run(stop, idle_interval=0.05))
            await asyncio.sleep(0.3)
            while_running = await web.health()
            stop.set()
            await worker
            await asyncio.sleep(1.3)
            status, body = await web.health()
    assert while_running[0] == 200, while_running[1]
    assert status == 503
    [problem] = body["problems"]
    assert problem.startswith("delivery: the delivery worker has not run for 1 s (limit 1 s)")


def shut_down() -> datetime | None:
    raise RuntimeError("scheduler shut down")


@pytest.mark.parametrize(
    ("sweep_last", "expected"),
    [
        (
            lambda: now() - timedelta(minutes=12),
            r"sweep: the SLA sweep has not run for 7[12]\d s \(limit 300 s\)",
        ),
        (
            lambda: None,
            r"sweep: the SLA sweep has not run since the process started 60\d s ago",
        ),
        (shut_down, r"sweep: cannot tell whether it runs: RuntimeError: scheduler shut down"),
    ],
    ids=["stale", "never", "broken"],
)
async def test_a_sweep_that_is_silent_for_too_long_makes_healthz_503(
    sqlite_url: str, sweep_last: Callable[[], datetime | None], expected: str
) -> None:
    liveness = Liveness(
        sweep_last=sweep_last, delivery_last=alive, started=now() - timedelta(minutes=10)
    )
    async with site(sqlite_url, liveness) as web:
        status, body = await web.health()
    assert status == 503
    [problem] = body["problems"]
    assert re.fullmatch(expected, problem), problem


async def test_workers_that_have_not_reported_yet_are_fine_while_the_process_starts(
    sqlite_url: str,
) -> None:
    async with site(sqlite_url, Liveness()) as web:  # started now, nothing reported
        status, body = await web.health()
    assert (status, body["problems"]) == (200, [])


async def test_an_update_or_a_message_waiting_too_long_makes_healthz_503(db_url: str) -> None:
    async with site(db_url) as web:
        long_ago = now() - timedelta(minutes=10)
        async with web.sessions.begin() as session:
            session.add(
                InboxEntry(
                    key="telegram:1",
                    channel="telegram",
                    chat_key="telegram:5551",
                    payload="{}",
                    received_at=long_ago,
                )
            )
            outbox.enqueue(session, OutgoingMessage(Channel.TELEGRAM, "7201", "late"), long_ago)
        status, body = await web.health()
    assert status == 503
    assert body["problems"] == [
        "inbox: an update has waited 600 s to be processed (limit 300 s; 1 pending)",
        "outbox: a message has waited 600 s to be delivered (limit 300 s; 1 pending)",
    ]


async def test_a_message_held_back_behind_a_retry_in_its_chat_is_not_counted_as_late(
    db_url: str,
) -> None:
    async with site(db_url) as web:
        async with web.sessions.begin() as session:
            head = outbox.enqueue(
                session,
                OutgoingMessage(Channel.TELEGRAM, "7202", "retrying"),
                now() - timedelta(minutes=10),
            )
            outbox.enqueue(
                session,
                OutgoingMessage(Channel.TELEGRAM, "7202", "held back"),
                now() - timedelta(minutes=10),
            )
            await session.flush()
            assert head.id is not None
            await outbox.mark_retry(session, head.id, now() + timedelta(minutes=4), "500")
        status, body = await web.health()
    assert (status, body["problems"], body["outbox_pending"]) == (200, [], 2)


# -- /metrics ------------------------------------------------------------------------


class ChatFaultsBotApi(FakeBotApi):
    """The fake Bot API, with failures aimed at one chat's next sends."""

    def __init__(self) -> None:
        super().__init__()
        self.chat_faults: dict[str, list[tuple[int, str, int | None]]] = {}

    def _check_faults(self, method: str, params: dict[str, Any]) -> None:
        queue = self.chat_faults.get(str(params.get("chat_id")))
        if method == "sendmessage" and queue:
            status, description, retry_after = queue.pop(0)
            raise ApiError(
                status, description, {"retry_after": retry_after} if retry_after else None
            )
        super()._check_faults(method, params)


def delta(
    before: dict[tuple[str, frozenset[tuple[str, str]]], float],
    after: dict[tuple[str, frozenset[tuple[str, str]]], float],
    name: str,
    **labels: str,
) -> float:
    """How much a counter grew (the registry is the process's, shared by every test)."""
    key = (name, frozenset(labels.items()))
    return after.get(key, 0.0) - before.get(key, 0.0)


async def test_metrics_expose_what_a_known_workload_did(
    db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(outcomes, "BASE_BACKOFF", 0.01)
    headers = {SECRET_HEADER: SECRET}
    api = ChatFaultsBotApi()
    async with (
        api,
        delivery_rig(db_url, api, max_attempts=2) as rig,
        site(db_url) as web,
    ):
        before = await web.metrics()
        # three updates by webhook (one of them twice), one stored by polling
        for update_id in (11, 12, 13, 13):
            answer = await web.client.post(
                web.base + WEBHOOK_PATH, json=update(update_id), headers=headers
            )
            assert answer.status == 200
        # tickets of two agencies
        async with web.sessions.begin() as session:
            resident = Contact(
                channel="telegram", external_id="7300", chat_id="7300", created_at=now()
            )
            session.add(resident)
            await session.flush()
            assert resident.id is not None
            for n, (agency, kind) in enumerate(
                [
                    ("pupr", "complaint"),
                    ("pupr", "complaint"),
                    ("pupr", "info"),
                    ("dinkes", "complaint"),
                ]
            ):
                session.add(
                    Ticket(
                        code=f"ADU-2611-{n:04d}",
                        kind=kind,
                        status="open",
                        agency_code=agency,
                        contact_id=resident.id,
                        description="x",
                        created_at=now(),
                        updated_at=now(),
                    )
                )
        # sends: ok, ok to a group, a retry then ok, a 429 then ok, dead, unreachable
        api.chat_faults["7302"] = [(500, "Internal Server Error", None)]
        api.chat_faults["7303"] = [(429, "Too Many Requests: retry after 1", 1)]
        api.chat_faults["7304"] = [(500, "Internal Server Error", None)] * 2
        api.block_chat("7305")
        for chat in ("7301", PUPR_GROUP, "7302", "7303", "7304", "7305"):
            await rig.enqueue(chat, f"to {chat}")
        await rig.drain()
        # and one message still waiting two minutes after it was written
        async with web.sessions.begin() as session:
            outbox.enqueue(
                session,
                OutgoingMessage(Channel.TELEGRAM, "7306", "waiting"),
                now() - timedelta(minutes=2),
            )
        after = await web.metrics()
        sent_to = sorted(r.chat_id or "" for r in api.sent)

    assert sent_to == sorted(["7301", PUPR_GROUP, "7302", "7303", SUPERVISORS])
    received = delta(
        before, after, "aduan_updates_received_total", channel="telegram", source="webhook"
    )
    assert received == 3
    sends = {
        outcome: delta(before, after, "aduan_sends_total", channel="telegram", outcome=outcome)
        for outcome in ("sent", "retry", "rate_limited", "dead", "unreachable", "migrated")
    }
    assert sends == {
        "sent": 5,  # 7301, the group, 7302, 7303, and the supervisors' dead-letter alert
        "retry": 2,  # 7302 once, 7304 once before it died
        "rate_limited": 1,
        "dead": 1,
        "unreachable": 1,
        "migrated": 0,
    }
    assert delta(before, after, "aduan_answers_given_total", channel="telegram") == 3
    latency_count = delta(before, after, "aduan_delivery_latency_seconds_count", channel="telegram")
    assert latency_count == 5
    latency_sum = delta(before, after, "aduan_delivery_latency_seconds_sum", channel="telegram")
    assert 0 < latency_sum < 60
    gauges = {
        "pending": after[("aduan_outbox_backlog", frozenset({("status", "pending")}))],
        "dead": after[("aduan_outbox_backlog", frozenset({("status", "dead")}))],
        "inbox": after[("aduan_inbox_backlog", frozenset())],
        "database_up": after[("aduan_database_up", frozenset())],
    }
    assert gauges == {"pending": 1, "dead": 2, "inbox": 3, "database_up": 1}
    assert 119 <= after[("aduan_outbox_oldest_wait_seconds", frozenset())] < 180
    tickets = {
        tuple(sorted(labels)): value
        for (name, labels), value in after.items()
        if name == "aduan_tickets_created"
    }
    assert tickets == {
        (("agency", "pupr"), ("kind", "complaint")): 2,
        (("agency", "pupr"), ("kind", "info")): 1,
        (("agency", "dinkes"), ("kind", "complaint")): 1,
    }


async def test_counting_an_update_from_polling_and_from_the_webhook_apart(
    sqlite_url: str,
) -> None:
    from bot.channels.telegram.receive import CountingInbox

    async with site(sqlite_url) as web:
        before = await web.metrics()
        polled = CountingInbox(Inbox(web.sessions), "polling")
        item = InboundItem("telegram:900", Channel.TELEGRAM.value, "telegram:5551", "{}")
        assert await polled.store([item]) == 1
        assert await polled.store([item]) == 0  # a duplicate is not counted again
        await web.client.post(
            web.base + WEBHOOK_PATH, json=update(901), headers={SECRET_HEADER: SECRET}
        )
        after = await web.metrics()
    by_source = {
        source: delta(
            before, after, "aduan_updates_received_total", channel="telegram", source=source
        )
        for source in ("polling", "webhook")
    }
    assert by_source == {"polling": 1, "webhook": 1}


# -- aduan health (Docker's HEALTHCHECK) ----------------------------------------------


async def aduan_health(db_url: str, *args: str, **env: str) -> Result:
    environment = {"ADUAN_DATABASE_URL": db_url, "ADUAN_LOG_LEVEL": "WARNING", **env}
    return await asyncio.to_thread(CliRunner().invoke, app, ["health", *args], env=environment)


async def test_the_health_command_checks_the_database_backlog_without_a_web_server(
    db_url: str,
) -> None:
    async with site(db_url) as web:
        healthy = await aduan_health(db_url, "--no-web")
        async with web.sessions.begin() as session:
            late = OutgoingMessage(Channel.TELEGRAM, "7401", "late")
            outbox.enqueue(session, late, now() - timedelta(minutes=10))
        late_message = await aduan_health(db_url, "--no-web")
    assert healthy.exit_code == 0, healthy.output
    assert healthy.stdout == "inbox pending 0, outbox pending 0, outbox dead 0\n"
    assert late_message.exit_code == 1
    # 600 s and the seconds the command took to start: a loaded machine took 2 s more
    waited = re.match(r"unhealthy: outbox: a message has waited (\d+) s", late_message.stderr)
    assert waited and 600 <= int(waited.group(1)) < 900, late_message.stderr


async def test_the_health_command_asks_the_running_bots_healthz_when_it_serves_one(
    sqlite_url: str,
) -> None:
    stale = Liveness(sweep_last=alive, delivery_last=lambda: now() - timedelta(minutes=9))
    async with site(sqlite_url, stale) as web:
        port = web.base.rsplit(":", 1)[1]
        answer = await aduan_health(sqlite_url, ADUAN_WEB_PORT=port)
    nobody = await aduan_health(sqlite_url, ADUAN_WEB_PORT=port)  # the bot is gone
    assert answer.exit_code == 1
    assert answer.stderr.startswith("unhealthy: delivery: the delivery worker has not run for")
    assert nobody.exit_code == 1
    assert nobody.stderr.startswith(f"unhealthy: no answer from http://127.0.0.1:{port}/healthz")


# -- the real `aduan run` in webhook mode ----------------------------------------------


async def test_aduan_run_in_webhook_mode_counts_a_complaint_from_update_to_ticket(
    db_url: str,
) -> None:
    """The whole bot in webhook mode, in this process (a process of its own costs seconds
    of imports; tests/delivery/test_two_processes.py runs ``python -m bot run`` with a
    webhook). The counters are this process's, so the test reads what they grew by."""
    port = free_port()
    webhook = {"webhook_url": "https://bot.example.invalid/", "webhook_secret": PROCESS_SECRET}
    async with FakeBotApi() as api, aiohttp.ClientSession() as client:
        api._handlers["setwebhook"] = api._true  # the fake lacks setWebhook
        async with running_bot(api, db_url, web_port=port, **webhook):
            await wait_healthy(client, port)
            async with client.get(f"http://127.0.0.1:{port}/metrics") as answer:
                before = samples(await answer.text())
            resident = 7500001
            posted = [api.user_message(resident, "/lapor Jalan di gang kami berlubang besar")]
            assert await post_update(client, port, posted[-1]) == 200
            shown = await api.wait_for(said_to(resident, "Benar?"), timeout=30)
            for press, answer_to, expect in [
                (True, "Ya, benar", "Di mana lokasinya"),
                (False, "Gang Mawar nomor 3, Desa Sukamaju", "foto pendukung"),
                (True, "Lewati", "identitas"),
                (True, "Publik", "Periksa laporan"),
                (True, "Kirim", "ADU-"),
            ]:
                if press:
                    posted.append(api.user_callback(resident, button(shown, answer_to)))
                else:
                    posted.append(api.user_message(resident, answer_to))
                assert await post_update(client, port, posted[-1]) == 200
                shown = await api.wait_for(said_to(resident, expect), timeout=30)
            assert await post_update(client, port, posted[0]) == 200  # Telegram redelivers
            await wait_until_delivered(db_url)
            async with client.get(f"http://127.0.0.1:{port}/metrics") as answer:
                after = samples(await answer.text())
            async with client.get(f"http://127.0.0.1:{port}/healthz") as answer:
                health = (answer.status, await answer.json())
    delivered = await sent_by_chat(db_url)

    def grew(name: str, **labels: str) -> float:
        key = (name, frozenset(labels.items()))
        return after.get(key, 0.0) - before.get(key, 0.0)

    assert grew("aduan_updates_received_total", channel="telegram", source="webhook") == 6
    assert len(posted) == 6
    answers = grew("aduan_answers_given_total", channel="telegram")
    assert answers == delivered[str(resident)] >= 6
    sent = grew("aduan_sends_total", channel="telegram", outcome="sent")
    assert sent == sum(delivered.values()) > delivered[str(resident)]  # and the card
    assert (
        after[("aduan_tickets_created", frozenset({("agency", "pupr"), ("kind", "complaint")}))]
        == 1
    )
    assert health[0] == 200 and health[1]["problems"] == []


async def wait_until_delivered(db_url: str, seconds: float = 30) -> None:
    """Until the outbox has nothing pending (the staff card goes after the answer)."""
    engine = create_engine(db_url)
    try:
        async with session_factory(engine)() as session:
            for _ in range(int(seconds / 0.05)):
                pending = await session.scalar(
                    select(func.count()).where(col(OutboxEntry.status) == "pending")
                )
                if pending == 0:
                    return
                await session.rollback()
                await asyncio.sleep(0.05)
    finally:
        await engine.dispose()
    raise AssertionError("the outbox still has pending messages")


async def sent_by_chat(db_url: str) -> dict[str, int]:
    """Outbox messages recorded as sent, by chat."""
    engine = create_engine(db_url)
    try:
        async with session_factory(engine)() as session:
            rows = await session.execute(
                select(col(OutboxEntry.chat_id), func.count())
                .where(col(OutboxEntry.status) == "sent")
                .group_by(col(OutboxEntry.chat_id))
            )
            return {str(chat): int(n) for chat, n in rows}
    finally:
        await engine.dispose()
