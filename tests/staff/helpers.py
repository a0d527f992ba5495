"""Helpers for staff-workflow tests: play an agency admin next to the resident of a
:class:`TurnRig` (or a :class:`ChatHarness`), with an agencies file the test shapes
(forum mode, allowlist, templates)."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

import yaml
from sqlalchemy import select

from bot.config import sample_agencies_path
from domain.messages import Channel, ChatKind, IncomingMessage, OutgoingMessage, Sender, SendResult
from storage.models import Ticket, TicketEvent
from tests.harness import ChatHarness, RecordingSender
from tests.turns.rig import TurnRig

# the staff helpers play on the whole app (ChatHarness) or one turn at a time (TurnRig)
Chat = ChatHarness | TurnRig

PUPR_CHAT = "-1001000000005"
DLH_CHAT = "-1001000000008"
DINKES_CHAT = "-1001000000002"
OTHER_GROUP = "-1009999999999"
ADMIN = Sender("9001", "Rina <PUPR>", "rina")
OTHER_ADMIN = Sender("9002", "Dedi DLH", "dedi")


class StaffRecordingSender(RecordingSender):
    """Records like :class:`RecordingSender`; also reports the message with buttons
    and opens forum topics (thread id = the message's number)."""

    async def send(self, message: OutgoingMessage) -> SendResult:
        self.sent.append(message)
        if message.edit_message_id:
            return SendResult(message_ids=(message.edit_message_id,))
        own = str(len(self.sent))
        return SendResult(
            message_ids=(own,),
            buttons_message_id=own if message.buttons else None,
            thread_id=own if message.new_topic else None,
        )


def agencies_file(tmp_path: Path, **changes: dict[str, Any]) -> Path:
    """The sample agencies file with per-agency changes (``pupr={"mode": "forum"}``)
    and top-level ones (``top={"shared_forum_chat_id": "-100..."}``)."""
    data = yaml.safe_load(sample_agencies_path().read_text(encoding="utf-8"))
    data.update(changes.pop("top", {}))
    for agency in data["agencies"]:
        agency.update(changes.get(agency["code"], {}))
    path = tmp_path / "agencies.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def staff_harness(db_url: str, tmp_path: Path | None = None, **changes: Any) -> ChatHarness:
    """The whole app with a staff-aware recording sender. For what a conversation sends,
    the ``turns`` fixture (``tests/turns``) is much faster."""
    settings: dict[str, Any] = {}
    if tmp_path is not None:
        settings["agencies"] = agencies_file(tmp_path, **changes)
    chat = ChatHarness(db_url, **settings)
    chat.sender = StaffRecordingSender()
    return chat


def platform_id(chat: Chat, message: OutgoingMessage) -> str:
    """The id the recording sender gave ``message`` (its position, from 1)."""
    for index, sent in enumerate(chat.sender.sent):
        if sent is message:
            return str(index + 1)
    raise AssertionError("message was not sent")


async def staff_says(
    chat: Chat,
    text: str | None,
    chat_id: str = PUPR_CHAT,
    sender: Sender = ADMIN,
    reply_to: OutgoingMessage | str | None = None,
    thread_id: str | None = None,
    **fields: Any,
) -> list[OutgoingMessage]:
    if isinstance(reply_to, OutgoingMessage):
        reply_to = platform_id(chat, reply_to)
    return await chat.deliver(
        IncomingMessage(
            channel=Channel.CONSOLE,
            chat_id=chat_id,
            chat_kind=ChatKind.GROUP,
            sender=sender,
            message_id=uuid.uuid4().hex[:8],
            text=text,
            reply_to_message_id=reply_to,
            thread_id=thread_id,
            **fields,
        )
    )


async def staff_presses(
    chat: Chat,
    data: str,
    chat_id: str = PUPR_CHAT,
    sender: Sender = ADMIN,
    thread_id: str | None = None,
    message_id: str = "1",
) -> list[OutgoingMessage]:
    """Press a button (``data``) under the bot's message ``message_id`` in ``chat_id``."""
    return await chat.deliver(
        IncomingMessage(
            channel=Channel.CONSOLE,
            chat_id=chat_id,
            chat_kind=ChatKind.GROUP,
            sender=sender,
            message_id=message_id,
            callback_data=data,
            callback_id=uuid.uuid4().hex,
            thread_id=thread_id,
        )
    )


async def refused_press(
    chat: Chat,
    data: str,
    chat_id: str = PUPR_CHAT,
    sender: Sender = ADMIN,
    thread_id: str | None = None,
) -> str:
    """Press a button that must be refused: nothing is sent anywhere (the group is not
    told); the presser's press is answered with a popup, whose text is returned."""
    answered = len(chat.answers)
    sent = await staff_presses(chat, data, chat_id, sender, thread_id)
    assert sent == []
    [(press, popup)] = chat.answers[answered:]
    assert press.callback_data == data and popup is not None
    return popup


def card_of(chat: Chat, chat_id: str = PUPR_CHAT) -> OutgoingMessage:
    cards = [m for m in chat.to_chat(chat_id) if m.buttons and not m.edit_message_id]
    assert cards, f"no card in {chat_id}"
    return [m for m in cards if "🆕" in m.text][-1]


def button(message: OutgoingMessage, label: str) -> str:
    for row in message.buttons:
        for b in row:
            if label.lower() in b.label.lower():
                return b.data
    raise AssertionError(f"no button {label!r} in {message.buttons}")


def edits(chat: Chat, chat_id: str = PUPR_CHAT) -> list[OutgoingMessage]:
    return [m for m in chat.to_chat(chat_id) if m.edit_message_id]


async def file_complaint(
    chat: Chat,
    description: str = "Jalan <Raya> & jembatan di depan pasar Desa Sukamaju berlubang besar",
    privacy: str = "Publik",
) -> list[OutgoingMessage]:
    await chat.say(f"/lapor {description}")
    await chat.press("Ya, benar")
    await chat.say("Jl. Raya Sukamaju km 3, Desa Sukamaju")
    await chat.press("Lewati")
    await chat.press(privacy)
    return await chat.press("Kirim")


async def the_ticket(chat: Chat) -> Ticket:
    async with chat.sessions() as session:
        return (await session.execute(select(Ticket).order_by(Ticket.id.desc()))).scalars().first()  # type: ignore[union-attr,return-value]


async def events(chat: Chat) -> list[TicketEvent]:
    async with chat.sessions() as session:
        rows = await session.execute(select(TicketEvent).order_by(TicketEvent.id))
        return list(rows.scalars())
