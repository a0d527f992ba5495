"""Helpers for WhatsApp tests: a resident on WhatsApp next to Telegram staff, and the
webhook routes served by a loopback aiohttp test server."""

from __future__ import annotations

import json
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer
from sqlalchemy import select

from bot.channels.whatsapp.signature import sign
from bot.channels.whatsapp.webhook import WEBHOOK_PATH, whatsapp_routes
from domain.messages import Channel, ChatKind, FileRef, IncomingMessage, OutgoingMessage, Sender
from storage.models import Ticket
from tests.harness import ChatHarness
from tests.whatsapp.fake_graph_api import FakeGraphApi

SECRET = "test-app-secret"
VERIFY = "test-verify-token"
PUPR_CHAT = "-1001000000005"
ADMIN = Sender("9001", "Rina PUPR", "rina")


def api_of(chat: ChatHarness) -> FakeGraphApi:
    assert chat.whatsapp is not None
    return chat.whatsapp.api


@asynccontextmanager
async def webhook_client(chat: ChatHarness) -> AsyncIterator[TestClient[Any, Any]]:
    assert chat.app is not None and chat.whatsapp is not None
    assert chat.whatsapp.channel is not None
    app = web.Application()
    app.add_routes(
        whatsapp_routes(
            chat.app.inbox,
            chat.app.sessions,
            SECRET,
            VERIFY,
            clock=chat.clock,
            client=chat.whatsapp.channel.client,
            report_dead=chat.app.delivery.report_dead_letter,  # wired as in the WhatsApp kit
            on_queued=chat.app.delivery.wakeup.set,
        )
    )
    client: TestClient[Any, Any] = TestClient(TestServer(app, host="127.0.0.1"))
    await client.start_server()
    try:
        yield client
    finally:
        await client.close()


async def post_signed(
    client: TestClient[Any, Any], body: dict[str, Any], secret: str = SECRET
) -> int:
    raw = json.dumps(body).encode()
    response = await client.post(
        WEBHOOK_PATH,
        data=raw,
        headers={"X-Hub-Signature-256": sign(raw, secret), "Content-Type": "application/json"},
    )
    return response.status


async def staff_reply(
    chat: ChatHarness, text: str, card: OutgoingMessage, photo_file_id: str | None = None
) -> None:
    """An admin replies to the ticket card in the agency's Telegram group (with a
    photo, ``text`` being its caption)."""
    index = next(i for i, m in enumerate(chat.sender.sent) if m is card)
    await chat.deliver(
        IncomingMessage(
            channel=Channel.TELEGRAM,
            chat_id=PUPR_CHAT,
            chat_kind=ChatKind.GROUP,
            sender=ADMIN,
            message_id=uuid.uuid4().hex[:8],
            text=text,
            photo=FileRef(Channel.TELEGRAM, photo_file_id) if photo_file_id else None,
            reply_to_message_id=str(index + 1),
        )
    )


def card_in(chat: ChatHarness, chat_id: str = PUPR_CHAT) -> OutgoingMessage:
    return [m for m in chat.to_chat(chat_id) if m.buttons and not m.edit_message_id][-1]


async def tickets(chat: ChatHarness) -> list[Ticket]:
    assert chat.app is not None
    async with chat.app.sessions() as session:
        return list((await session.execute(select(Ticket))).scalars())


async def file_complaint(
    chat: ChatHarness,
    privacy: str = "Publik",
    description: str = "Jalan di depan pasar Desa Sukamaju berlubang besar sudah 2 minggu",
) -> None:
    await chat.say(f"/lapor {description}")
    await chat.press("Ya, benar")
    await chat.say("Jl. Raya Sukamaju km 3, Desa Sukamaju")
    await chat.press("Lewati")
    await chat.press(privacy)
    await chat.press("Kirim")
