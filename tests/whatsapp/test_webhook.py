"""The WhatsApp webhook: verification, signatures, at-least-once delivery, statuses."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from bot.channels.whatsapp.signature import sign, signature_valid
from bot.channels.whatsapp.webhook import WEBHOOK_PATH
from storage import dead_letters
from storage.models import InboxEntry, OutboxEntry
from tests.harness import ChatHarness
from tests.whatsapp.fake_graph_api import webhook_body
from tests.whatsapp.resident import to_webhook_message
from tests.whatsapp.support import (
    SECRET,
    VERIFY,
    api_of,
    post_signed,
    tickets,
    webhook_client,
)


def test_a_signature_is_valid_only_for_the_same_body_and_secret() -> None:
    body = b'{"entry": []}'
    assert signature_valid(body, sign(body, SECRET), SECRET)
    assert not signature_valid(body + b" ", sign(body, SECRET), SECRET)
    assert not signature_valid(body, sign(body, "other"), SECRET)
    assert not signature_valid(body, None, SECRET)
    assert not signature_valid(body, sign(body, SECRET).removeprefix("sha256="), SECRET)


async def test_verification_echoes_the_challenge_only_for_the_right_token(
    sqlite_url: str,
) -> None:
    async with ChatHarness(sqlite_url, channel="whatsapp") as chat, webhook_client(chat) as web:
        good = await web.get(
            WEBHOOK_PATH,
            params={"hub.mode": "subscribe", "hub.verify_token": VERIFY, "hub.challenge": "42"},
        )
        bad = await web.get(
            WEBHOOK_PATH,
            params={"hub.mode": "subscribe", "hub.verify_token": "nope", "hub.challenge": "42"},
        )
        assert (good.status, await good.text()) == (200, "42")
        assert bad.status == 403


@pytest.mark.parametrize("signature", ["missing", "wrong secret", "tampered body", "no prefix"])
async def test_a_post_with_a_bad_or_missing_signature_is_rejected_and_not_stored(
    sqlite_url: str, signature: str
) -> None:
    async with ChatHarness(sqlite_url, channel="whatsapp") as chat, webhook_client(chat) as web:
        raw = json.dumps(
            webhook_body([to_webhook_message(chat.chat_id, chat.message(text="/start"))])
        ).encode()
        headers = {
            "missing": {},
            "wrong secret": {"X-Hub-Signature-256": sign(raw, "not-the-secret")},
            "tampered body": {"X-Hub-Signature-256": sign(raw.replace(b"start", b"stop"), SECRET)},
            "no prefix": {"X-Hub-Signature-256": sign(raw, SECRET).removeprefix("sha256=")},
        }[signature]
        response = await web.post(WEBHOOK_PATH, data=raw, headers=headers)
        assert response.status == 401
        assert chat.app is not None
        assert await chat.app.inbox.backlog() == 0
        await chat.settle()
        assert api_of(chat).sent == []


async def test_a_signed_post_is_answered_and_several_messages_become_several_items(
    sqlite_url: str,
) -> None:
    async with ChatHarness(sqlite_url, channel="whatsapp") as chat, webhook_client(chat) as web:
        first = to_webhook_message(chat.chat_id, chat.message(text="/start"))
        second = to_webhook_message(chat.chat_id, chat.message(text="/bantuan"))
        assert await post_signed(web, webhook_body([first, second])) == 200
        await chat.settle()
        assert chat.app is not None
        async with chat.app.sessions() as session:
            keys = [r.key for r in (await session.execute(select(InboxEntry))).scalars()]
    assert keys == [f"whatsapp:{first['id']}", f"whatsapp:{second['id']}"]
    assert "Siti Aminah" in api_of(chat).to(chat.chat_id)[0].text


async def test_a_duplicate_webhook_delivery_makes_one_ticket(db_url: str) -> None:
    async with ChatHarness(db_url, channel="whatsapp") as chat, webhook_client(chat) as web:
        await chat.say("/lapor Lampu jalan mati di seluruh Jalan Melati sejak seminggu lalu")
        await chat.press("Ya, benar")
        await chat.say("Jalan Melati, Desa Sukamaju")
        await chat.press("Lewati")
        await chat.press("Publik")
        send = chat.find_button("Kirim")
        press = to_webhook_message(
            chat.chat_id, chat.message(callback_data=send.data, callback_id="x")
        )
        for _ in range(3):  # WhatsApp redelivers what it thinks was not received
            assert await post_signed(web, webhook_body([dict(press)])) == 200
        await chat.settle()
        [ticket] = await tickets(chat)
        assert ticket.staff_chat_id is not None
        cards = [m for m in chat.to_chat(ticket.staff_chat_id) if "ADU-2611-0001" in m.text]
        assert len(cards) == 1
        confirmations = [s for s in api_of(chat).to(chat.chat_id) if "ADU-2611-0001" in s.text]
        assert len(confirmations) == 1


async def test_delivery_statuses_are_recorded_on_the_outbox_rows_and_never_go_back(
    sqlite_url: str,
) -> None:
    async with ChatHarness(sqlite_url, channel="whatsapp") as chat, webhook_client(chat) as web:
        await chat.say("/start")
        [greeting] = api_of(chat).to(chat.chat_id)
        for status in ("sent", "read", "delivered"):  # "delivered" arrives late
            update = {
                "id": greeting.id,
                "status": status,
                "timestamp": "1795000100",
                "recipient_id": chat.chat_id,
            }
            assert await post_signed(web, webhook_body([], [update])) == 200
        assert chat.app is not None
        async with chat.app.sessions() as session:
            row = (
                await session.execute(
                    select(OutboxEntry).where(OutboxEntry.chat_id == chat.chat_id)
                )
            ).scalar_one()
    assert row.platform_status == "read"
    assert row.platform_status_at is not None


async def test_a_message_that_fails_later_with_131047_is_held_and_announced_by_template(
    sqlite_url: str,
) -> None:
    async with ChatHarness(sqlite_url, channel="whatsapp") as chat, webhook_client(chat) as web:
        await chat.say("/start")
        api = api_of(chat)
        [greeting] = api.to(chat.chat_id)
        failed = {
            "id": greeting.id,
            "status": "failed",
            "timestamp": "1795000100",
            "recipient_id": chat.chat_id,
            "errors": [{"code": 131047, "title": "Re-engagement message"}],
        }
        for _ in range(2):  # a redelivered status resends nothing more
            assert await post_signed(web, webhook_body([], [dict(failed)])) == 200
        chat.clock.advance(minutes=2)  # past the sender's cached window
        await chat.settle()
        assert [s.type for s in api.to(chat.chat_id)] == ["interactive", "template"]
        await chat.say("halo")
        texts = [s.text for s in api.to(chat.chat_id)]
    assert texts.count(greeting.text) == 2  # held, then delivered once the resident wrote


async def test_a_message_that_fails_later_with_a_rate_limit_is_sent_again(
    sqlite_url: str,
) -> None:
    async with ChatHarness(sqlite_url, channel="whatsapp") as chat, webhook_client(chat) as web:
        await chat.say("/start")
        api = api_of(chat)
        [greeting] = api.to(chat.chat_id)
        failed = {
            "id": greeting.id,
            "status": "failed",
            "timestamp": "1795000100",
            "recipient_id": chat.chat_id,
            "errors": [{"code": 131056, "title": "Pair rate limit hit"}],
        }
        assert await post_signed(web, webhook_body([], [failed])) == 200
        await chat.settle()
        assert len(api.to(chat.chat_id)) == 1
        chat.clock.advance(minutes=1)
        await chat.settle()
    assert [s.text for s in api.to(chat.chat_id)] == [greeting.text, greeting.text]


async def test_a_message_that_fails_later_for_another_reason_is_a_dead_letter_supervisors_hear_of(
    db_url: str,
) -> None:
    async with ChatHarness(db_url, channel="whatsapp") as chat, webhook_client(chat) as web:
        await chat.say("/start")
        api = api_of(chat)
        [greeting] = api.to(chat.chat_id)
        failed = {
            "id": greeting.id,
            "status": "failed",
            "timestamp": "1795000100",
            "recipient_id": chat.chat_id,
            "errors": [{"code": 131026, "title": "Message undeliverable"}],
        }
        assert await post_signed(web, webhook_body([], [failed])) == 200
        assert chat.app is not None
        async with chat.app.sessions() as session:
            [row, *_] = (await session.scalars(select(OutboxEntry).order_by(OutboxEntry.id))).all()
            assert row.status == "dead" and "131026" in (row.last_error or "")
        await chat.settle()
        [alert] = chat.to_chat(chat.app.agencies.supervisors_chat_id or "")
        assert chat.chat_id in alert.text and "131026" in alert.text
        async with chat.app.sessions.begin() as session:  # `aduan outbox retry`
            assert await dead_letters.retry(session, chat.clock(), [row.id or 0]) == [row.id]
        await chat.settle()
    assert [s.text for s in api.to(chat.chat_id)] == [greeting.text, greeting.text]
