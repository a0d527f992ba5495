"""What a resident (and the staff beside them) says and sees, written once for both
ways of driving a conversation: :class:`tests.turns.rig.TurnRig` (one turn at a time,
no app) and :class:`tests.harness.ChatHarness` (through the running app and its
channels). Each supplies ``deliver`` and its resident, chat and recording sender."""

from __future__ import annotations

import uuid
from abc import ABC, abstractmethod
from dataclasses import replace
from typing import Protocol

from domain.messages import (
    Attachment,
    Button,
    Channel,
    ChatKind,
    FileRef,
    IncomingMessage,
    Location,
    OutgoingMessage,
    Sender,
)


class Recording(Protocol):
    sent: list[OutgoingMessage]


class Speaking(ABC):
    channel: Channel  # the resident's
    staff_channel: Channel
    chat_id: str  # the resident's
    resident: Sender
    sender: Recording  # what reached the platform

    @abstractmethod
    async def deliver(self, message: IncomingMessage) -> list[OutgoingMessage]:
        """Handle ``message`` and return what was sent because of it."""

    # -- acting ------------------------------------------------------------------
    def message(self, **fields: object) -> IncomingMessage:
        base = IncomingMessage(
            channel=self.channel,
            chat_id=self.chat_id,
            chat_kind=ChatKind.PRIVATE,
            sender=self.resident,
            message_id=uuid.uuid4().hex[:10],
        )
        return replace(base, **fields)  # type: ignore[arg-type]

    async def say(self, text: str) -> list[OutgoingMessage]:
        return await self.deliver(self.message(text=text))

    async def press_data(self, data: str) -> list[OutgoingMessage]:
        return await self.deliver(self.message(callback_data=data, callback_id="cb"))

    async def share_location(self, latitude: float, longitude: float) -> list[OutgoingMessage]:
        return await self.deliver(self.message(location=Location(latitude, longitude)))

    async def send_photo(self, file_id: str, caption: str | None = None) -> list[OutgoingMessage]:
        return await self.deliver(
            self.message(
                photo=FileRef(self.channel, file_id), text=caption, attachment=Attachment.PHOTO
            )
        )

    async def in_group(self, chat_id: str, text: str) -> list[OutgoingMessage]:
        return await self.deliver(
            IncomingMessage(
                channel=self.staff_channel,
                chat_id=chat_id,
                chat_kind=ChatKind.GROUP,
                sender=Sender("9001", "Admin"),
                text=text,
                message_id="g1",
            )
        )

    # -- looking -----------------------------------------------------------------
    def to_resident(self, messages: list[OutgoingMessage]) -> list[OutgoingMessage]:
        return [m for m in messages if m.chat_id == self.chat_id]

    def to_chat(self, chat_id: str) -> list[OutgoingMessage]:
        return [m for m in self.sender.sent if m.chat_id == chat_id]

    def find_button(self, label: str, in_messages: list[OutgoingMessage] | None = None) -> Button:
        pool = in_messages if in_messages is not None else self.to_resident(self.sender.sent)
        for message in reversed(pool):
            for row in message.buttons:
                for button in row:
                    if label.lower() in button.label.lower():
                        return button
        raise AssertionError(f"no button labelled {label!r} in {[m.text for m in pool][-3:]}")
