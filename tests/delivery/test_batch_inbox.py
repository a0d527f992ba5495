"""The inbox processor handles many updates per transaction: one failing update must
cost only itself, each chat keeps its order, and on PostgreSQL two claimers of the same
updates never both take one."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import event, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.app import App, build_app
from bot.channels.console import decode_incoming, encode_incoming
from bot.channels.kit import ChannelKit
from bot.config import Settings
from domain.inbound import InboundItem
from domain.messages import Channel, ChatKind, IncomingMessage, OutgoingMessage, Sender
from storage import inbox, outbox
from storage.contacts import contact_for, conversation_for
from storage.engine import create_engine, session_factory
from storage.migrate import upgrade
from storage.models import InboxEntry, OutboxEntry
from tests.databases import fresh_postgres, postgres_url
from tests.harness import RecordingSender

CONSOLE = Channel.CONSOLE.value


class Poison:
    """A channel step that owes a message, then fails, for the chats it is given."""

    def __init__(self, *chats: str) -> None:
        self.chats = set(chats)

    async def __call__(
        self, session: AsyncSession, message: IncomingMessage, now: datetime
    ) -> IncomingMessage:
        if message.chat_id in self.chats:
            outbox.enqueue(
                session,
                OutgoingMessage(Channel.CONSOLE, message.chat_id, "must never be sent"),
                now,
            )
            raise RuntimeError(f"poisoned {message.chat_id}")
        return message


def item(number: int, chat: str, text: str) -> InboundItem:
    message = IncomingMessage(
        channel=Channel.CONSOLE,
        chat_id=chat,
        chat_kind=ChatKind.PRIVATE,
        sender=Sender(user_id=chat, display_name=f"Warga {chat}"),
        message_id=str(number),
        text=text,
    )
    return InboundItem(f"console:{number}", CONSOLE, f"console:{chat}", encode_incoming(message))


async def started(db_url: str, poison: Poison) -> App:
    kit = ChannelKit(CONSOLE, RecordingSender(), decode_incoming, prepare=poison)
    return await build_app(Settings(database_url=db_url, log_level="WARNING"), [kit])


async def rows(app: App) -> tuple[dict[str, tuple[str, int]], list[str]]:
    async with app.sessions() as session:
        updates = {
            r.key: (r.status, r.attempts)
            for r in (await session.execute(select(InboxEntry))).scalars()
        }
        owed = [
            r.chat_id
            for r in (await session.execute(select(OutboxEntry).order_by(OutboxEntry.id))).scalars()
        ]
    return updates, owed


async def test_a_failing_update_in_a_batch_costs_only_itself_and_holds_back_its_chat(
    db_url: str,
) -> None:
    poison = Poison("702")
    app = await started(db_url, poison)
    try:
        await app.inbox.store(
            [
                item(1, "701", "syarat bikin kk"),
                item(2, "702", "syarat bikin kk"),
                item(3, "703", "jam buka kantor disdukcapil"),
                item(4, "702", "halo lagi"),
            ]
        )
        handled = await app.processor.process_pending()
        updates, owed = await rows(app)

        assert handled == 2
        assert updates == {
            "console:1": ("done", 1),
            "console:2": ("pending", 1),  # its attempt counted, its changes rolled back
            "console:3": ("done", 1),
            "console:4": ("pending", 0),  # waits for the earlier update of its chat
        }
        assert "702" not in owed and {"701", "703"} <= set(owed)

        poison.chats.clear()
        assert await app.processor.process_pending() == 2
        updates, owed = await rows(app)
        assert updates["console:2"] == ("done", 2) and updates["console:4"] == ("done", 1)
        assert "702" in owed
    finally:
        await app.close()


class PoisonAfterContact(Poison):
    """Fails a turn after its sender has been made a contact (a first-time sender)."""

    async def __call__(
        self, session: AsyncSession, message: IncomingMessage, now: datetime
    ) -> IncomingMessage:
        if message.chat_id in self.chats:
            contact, _ = await contact_for(session, message, now)
            await conversation_for(session, contact, now, new_contact=True)
            await session.flush()
        return await super().__call__(session, message, now)


async def test_a_first_time_sender_whose_turn_fails_does_not_fail_the_next_new_sender(
    db_url: str,
) -> None:
    """SQLite hands the rolled-back contact's id to the next new contact of the batch:
    the rolled-back one must not linger in the session under that id."""
    app = await started(db_url, PoisonAfterContact("711"))
    try:
        await app.inbox.store([item(1, "711", "halo"), item(2, "712", "syarat bikin kk")])
        await app.processor.process_pending()
        updates, owed = await rows(app)
    finally:
        await app.close()
    assert updates == {"console:1": ("pending", 1), "console:2": ("done", 1)}
    assert "712" in owed and "711" not in owed


async def test_an_update_that_always_fails_is_given_up_with_an_apology_and_frees_its_chat(
    sqlite_url: str,
) -> None:
    app = await started(sqlite_url, Poison("704"))
    try:
        await app.inbox.store([item(1, "704", "halo"), item(2, "704", "masih di sana?")])
        for _ in range(12):
            await app.processor.process_pending()
        updates, owed = await rows(app)
        async with app.sessions() as session:
            apologies = (
                (
                    await session.execute(
                        select(OutboxEntry.payload).where(OutboxEntry.purpose == "error")
                    )
                )
                .scalars()
                .all()
            )
    finally:
        await app.close()
    assert updates == {"console:1": ("failed", 5), "console:2": ("failed", 5)}
    assert len(apologies) == 2 and owed == ["704", "704"]  # the apologies, nothing else


async def test_a_batch_of_a_hundred_new_residents_owes_each_their_messages_in_order(
    sqlite_url: str,
) -> None:
    app = await started(sqlite_url, Poison())
    try:
        await app.inbox.store([item(n, str(9000 + n), "syarat bikin kk") for n in range(100)])
        handled = 0
        while (found := await app.processor.process_pending()) > 0:
            handled += found
        updates, owed = await rows(app)
    finally:
        await app.close()
    assert handled == 100 and set(updates.values()) == {("done", 1)}
    # a greeting then an answer for each, each resident's messages in the order written
    assert all(owed.count(str(9000 + n)) == 2 for n in range(100))


async def test_two_processes_claiming_the_same_batch_on_postgresql_never_share_an_update(
    tmp_path: Path,
) -> None:
    url = postgres_url()
    assert url is not None
    await fresh_postgres(url)
    engine = create_engine(url)
    await upgrade(engine)
    sessions = session_factory(engine)
    store = inbox.Inbox(sessions)
    try:
        await store.store([item(1, "801", "a"), item(2, "801", "b"), item(3, "802", "c")])
        pending = await store.pending()
        async with sessions.begin() as first, sessions.begin() as second:
            taken_first = await inbox.claim_batch(first, pending)
            taken_second = await inbox.claim_batch(second, pending)
        async with sessions.begin() as third:
            later_only = await inbox.claim_batch(third, pending[1:2])  # 801's second alone
        async with sessions.begin() as fourth:
            whole = await inbox.claim_batch(fourth, pending)
    finally:
        await engine.dispose()
    assert [u.key for u in taken_first] == ["console:1", "console:2", "console:3"]
    assert taken_second == []  # the chats are locked by the first claimer
    assert later_only == []  # an older update of chat 801 is pending outside this batch
    assert [u.key for u in whole] == ["console:1", "console:2", "console:3"]


async def test_marking_a_batch_done_takes_one_statement_for_all_its_updates(
    sqlite_url: str,
) -> None:
    engine = create_engine(sqlite_url)
    await upgrade(engine)
    sessions = session_factory(engine)
    store = inbox.Inbox(sessions)
    statements: list[str] = []
    try:
        await store.store([item(n, str(600 + n), "x") for n in range(30)])
        pending = await store.pending()

        @event.listens_for(engine.sync_engine, "before_cursor_execute")
        def count(_conn: object, _cursor: object, statement: str, *_: object) -> None:
            statements.append(statement)

        async with sessions.begin() as session:
            await inbox.mark_all_done(session, [u.id for u in pending], datetime.now(UTC))
        event.remove(engine.sync_engine, "before_cursor_execute", count)
        left = await store.backlog()
    finally:
        await engine.dispose()
    assert left == 0
    assert len([s for s in statements if s.lstrip().upper().startswith("UPDATE")]) == 1
