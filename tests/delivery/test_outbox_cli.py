"""`aduan outbox`: operators list dead letters and queue them again, from the real
command against a real database, and the delivery worker then sends what was queued."""

from __future__ import annotations

import asyncio
import json
from datetime import UTC, datetime

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from typer.testing import CliRunner, Result

from bot.cli import app
from domain.messages import Channel, OutgoingMessage
from storage import outbox
from storage.models import Contact, OutboxEntry, Ticket
from tests.delivery.rig import delivery_rig
from tests.fakes.fake_bot_api import FakeBotApi


async def aduan(db_url: str, *args: str) -> Result:
    """Run ``aduan ARGS`` (the real typer app) on ``db_url``, off the event loop: the
    command runs its own ``asyncio.run``."""
    env = {"ADUAN_DATABASE_URL": db_url, "ADUAN_TIMEZONE": "UTC", "ADUAN_LOG_LEVEL": "WARNING"}
    return await asyncio.to_thread(CliRunner().invoke, app, list(args), env=env)


async def dead_letter(
    sessions: async_sessionmaker[AsyncSession],
    chat_id: str,
    text: str,
    error: str = "Bad Request: chat not found",
    ticket_id: int | None = None,
    channel: Channel = Channel.TELEGRAM,
) -> int:
    now = datetime.now(UTC)
    async with sessions.begin() as session:
        row = outbox.enqueue(
            session, OutgoingMessage(channel, chat_id, text), now, ticket_id=ticket_id
        )
        await session.flush()
        assert row.id is not None
        await outbox.mark_dead(session, row.id, now, error)
        return row.id


async def row(sessions: async_sessionmaker[AsyncSession], message_id: int) -> OutboxEntry:
    async with sessions() as session:
        found = await session.get(OutboxEntry, message_id)
        assert found is not None
        return found


async def test_the_listing_shows_who_what_which_ticket_and_why_for_each_dead_letter(
    db_url: str, sessions: async_sessionmaker[AsyncSession]
) -> None:
    async with sessions.begin() as session:
        budi = Contact(
            channel="telegram",
            external_id="7001",
            chat_id="7001",
            display_name="Budi",
            created_at=_now(),
        )
        session.add(budi)
        await session.flush()
        assert budi.id is not None
        ticket = Ticket(
            code="ADU-2611-0042",
            kind="complaint",
            status="forwarded",
            agency_code="pupr",
            contact_id=budi.id,
            description="Jalan berlubang",
            created_at=_now(),
            updated_at=_now(),
        )
        session.add(ticket)
        await session.flush()
    first = await dead_letter(
        sessions,
        "7001",
        "Laporan <b>ADU-2611-0042</b> sudah diteruskan",
        error="Internal Server Error\nafter 8 attempts",
        ticket_id=ticket.id,
    )
    second = await dead_letter(sessions, "-1001000000005", "Kartu tiket baru")

    result = await aduan(db_url, "outbox", "list")

    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].split() == [
        *("id", "channel", "chat", "name", "tries", "failed", "at", "UTC", "ticket")
    ]
    # newest first, each with its text and its reason on the lines below it
    assert lines[1].split()[:5] == [str(second), "telegram", "-1001000000005", "1", _today()]
    assert lines[2].split() == ["text:", "Kartu", "tiket", "baru"]
    assert lines[3].split(maxsplit=1) == ["error:", "Bad Request: chat not found"]
    assert lines[4].split()[:4] == [str(first), "telegram", "7001", "Budi"]
    assert lines[4].split()[-1] == "ADU-2611-0042"
    assert lines[5].split(maxsplit=1) == ["text:", "Laporan ADU-2611-0042 sudah diteruskan"]
    assert lines[6].split(maxsplit=1) == ["error:", "Internal Server Error after 8 attempts"]
    assert lines[7] == "2 dead letters"


async def test_html_long_texts_and_terminal_escapes_are_shown_flat_decoded_and_cut(
    db_url: str, sessions: async_sessionmaker[AsyncSession]
) -> None:
    async with sessions.begin() as session:
        session.add(
            Contact(
                channel="telegram",
                external_id="7002",
                chat_id="7002",
                display_name="<i>Siti</i>\x1b[2J\u202eAminah binti Abdullah bin Ahmad",
                created_at=_now(),
            )
        )
    long_text = "Jalan &lt;rusak&gt; &amp; berlubang\n" + "sangat " * 800
    await dead_letter(sessions, "7002", long_text, error="\x1b[31mred\x1b[0m " + "x" * 5000)

    result = await aduan(db_url, "outbox", "list")

    assert result.exit_code == 0, result.output
    assert "\x1b" not in result.stdout and "\u202e" not in result.stdout
    _header, entry, text, error, _total = result.stdout.splitlines()
    assert "<i>Siti</i> [2J Ami…" in entry  # as typed, escapes disarmed, cut to its column
    assert text.split(maxsplit=1)[1].startswith("Jalan <rusak> & berlubang sangat sangat")
    assert text.endswith("…") and len(text) < 100
    assert error.endswith("…") and len(error) < 100
    assert max(len(line) for line in result.stdout.splitlines()) < 110


async def test_the_json_listing_carries_the_full_text_and_error(
    db_url: str, sessions: async_sessionmaker[AsyncSession]
) -> None:
    long_text = "a <b>bold</b> claim " + "y" * 5000
    message_id = await dead_letter(sessions, "7003", long_text, error="e" * 3000)

    result = await aduan(db_url, "outbox", "list", "--json")

    assert result.exit_code == 0, result.output
    [record] = [json.loads(line) for line in result.stdout.splitlines()]
    assert record["id"] == message_id and record["chat_id"] == "7003"
    assert record["text"] == "a bold claim " + "y" * 5000
    assert record["error"] == "e" * 3000
    assert datetime.fromisoformat(record["failed_at"]).tzinfo is not None


async def test_the_listing_can_be_narrowed_to_one_chat_and_says_when_it_is_cut_short(
    db_url: str, sessions: async_sessionmaker[AsyncSession]
) -> None:
    for n in range(3):
        await dead_letter(sessions, "7004", f"to 7004 number {n}")
    await dead_letter(sessions, "7005", "to 7005")

    one_chat = await aduan(db_url, "outbox", "list", "--chat", "7005")
    newest_two = await aduan(db_url, "outbox", "list", "--chat", "7004", "--limit", "2")
    nobody = await aduan(db_url, "outbox", "list", "--chat", "9999")

    assert "to 7005" in one_chat.stdout and "7004" not in one_chat.stdout
    assert one_chat.stdout.splitlines()[-1] == "1 dead letter"
    assert "number 2" in newest_two.stdout and "number 1" in newest_two.stdout
    assert "number 0" not in newest_two.stdout
    assert newest_two.stdout.splitlines()[-1] == (
        "showing the newest 2 of 3 dead letters (--limit for more)"
    )
    assert (nobody.exit_code, nobody.stdout) == (0, "no dead letters to chat 9999\n")


async def test_with_nothing_dead_listing_and_retrying_all_say_so_and_succeed(
    db_url: str, sessions: async_sessionmaker[AsyncSession]
) -> None:
    async with sessions.begin() as session:
        outbox.enqueue(session, OutgoingMessage(Channel.TELEGRAM, "7006", "pending"), _now())

    listing = await aduan(db_url, "outbox", "list")
    retry_all = await aduan(db_url, "outbox", "retry", "--all")
    old_spelling = await aduan(db_url, "outbox", "retry-all")

    assert (listing.exit_code, listing.stdout) == (0, "no dead letters\n")
    assert (retry_all.exit_code, retry_all.stdout) == (0, "nothing to retry: no dead letters\n")
    assert old_spelling.exit_code == 0 and "nothing to retry" in old_spelling.stdout


async def test_retrying_an_unknown_id_or_a_message_that_is_not_dead_fails_with_the_reason(
    db_url: str, sessions: async_sessionmaker[AsyncSession]
) -> None:
    dead = await dead_letter(sessions, "7007", "dead one")
    async with sessions.begin() as session:
        pending = outbox.enqueue(session, OutgoingMessage(Channel.TELEGRAM, "7008", "p"), _now())
        await session.flush()

    result = await aduan(db_url, "outbox", "retry", str(dead), "424242", str(pending.id))

    assert result.exit_code == 1
    assert result.stdout == f"queued again: 1 dead letter ({dead})\n"
    assert result.stderr.splitlines() == [
        "error: message 424242 not queued: no such message",
        f"error: message {pending.id} not queued: it is pending, not a dead letter",
    ]
    assert (await row(sessions, dead)).status == "pending"


async def test_retry_without_ids_or_a_scope_is_a_usage_error_that_changes_nothing(
    db_url: str, sessions: async_sessionmaker[AsyncSession]
) -> None:
    dead = await dead_letter(sessions, "7009", "stay dead")

    bare = await aduan(db_url, "outbox", "retry")
    both = await aduan(db_url, "outbox", "retry", str(dead), "--all")
    not_a_number = await aduan(db_url, "outbox", "retry", "seven")

    assert (bare.exit_code, both.exit_code, not_a_number.exit_code) == (2, 2, 2)
    assert "--all" in bare.stderr
    assert (await row(sessions, dead)).status == "dead"


async def test_retry_by_chat_queues_only_that_chats_dead_letters_and_all_the_rest(
    db_url: str, sessions: async_sessionmaker[AsyncSession]
) -> None:
    a1 = await dead_letter(sessions, "7010", "a1")
    b1 = await dead_letter(sessions, "7011", "b1")
    a2 = await dead_letter(sessions, "7010", "a2")
    wa = await dead_letter(sessions, "6281200000001", "wa", channel=Channel.WHATSAPP)

    by_chat = await aduan(db_url, "outbox", "retry", "--chat", "7010")
    statuses_after_chat = [(await row(sessions, i)).status for i in (a1, b1, a2, wa)]
    by_channel = await aduan(db_url, "outbox", "retry", "--all", "--channel", "whatsapp")
    rest = await aduan(db_url, "outbox", "retry", "--all")

    assert by_chat.stdout == f"queued again: 2 dead letters ({a1}, {a2})\n"
    assert statuses_after_chat == ["pending", "dead", "pending", "dead"]
    assert by_channel.stdout == f"queued again: 1 dead letter ({wa})\n"
    assert rest.stdout == f"queued again: 1 dead letter ({b1})\n"


async def test_a_real_dead_letter_retried_from_the_command_line_is_delivered_once(
    db_url: str,
) -> None:
    async with FakeBotApi() as api, delivery_rig(db_url, api, max_attempts=1) as rig:
        api.fail_next("sendMessage", 500, "Internal Server Error")
        await rig.enqueue("7012", "Tiket ADU-2611-0007 sudah selesai")
        await rig.drain()
        [dead] = [r for r in await rig.rows() if r.chat_id == "7012"]
        assert dead.status == "dead" and dead.id is not None

        listing = await aduan(db_url, "outbox", "list")
        retried = await aduan(db_url, "outbox", "retry", str(dead.id))
        queued = await row(rig.sessions, dead.id)
        await rig.drain()
        delivered = await row(rig.sessions, dead.id)
        again = await aduan(db_url, "outbox", "retry", str(dead.id))
        await rig.drain()

    assert "Tiket ADU-2611-0007 sudah selesai" in listing.stdout
    assert "Internal Server Error" in listing.stdout
    assert retried.exit_code == 0, retried.output
    assert (queued.status, queued.attempts, queued.last_error) == ("pending", 0, None)
    assert (delivered.status, delivered.attempts) == ("sent", 1)
    assert again.exit_code == 1 and "it is sent, not a dead letter" in again.stderr
    assert [r.text for r in api.sent if r.chat_id == "7012"] == [
        "Tiket ADU-2611-0007 sudah selesai"
    ]


async def test_an_unreachable_database_is_reported_in_one_line_with_exit_status_2() -> None:
    result = await aduan("postgresql://nobody@127.0.0.1:1/none", "outbox", "list")

    assert result.exit_code == 2
    assert result.stderr.startswith("error: database 127.0.0.1:1/none: ")
    assert "Traceback" not in result.output


def _now() -> datetime:
    return datetime.now(UTC)


def _today() -> str:
    return f"{_now():%Y-%m-%d}"
