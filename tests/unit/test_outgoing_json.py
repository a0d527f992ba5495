"""An outgoing message survives the outbox: its JSON is what ``asdict`` would give, and
reads back equal."""

from __future__ import annotations

import json
from dataclasses import asdict

import pytest

from domain.messages import Button, Channel, Location, OutgoingMessage

MESSAGES = [
    OutgoingMessage(Channel.TELEGRAM, "1", "plain"),
    OutgoingMessage(
        Channel.WHATSAPP,
        "62812",
        "<b>tëks</b> ✓",
        buttons=((Button("Ya", "v1|fb|y|x"), Button("Tidak", "v1|fb|n|x")), (Button("Menu", "m"),)),
        photos=("p1", "upload:2"),
        location=Location(-6.2, 106.8),
        reply_to_message_id="5",
        thread_id="7",
        documents=("d1",),
        edit_message_id="9",
        new_topic="Topik",
        language="en",
    ),
]


@pytest.mark.parametrize("message", MESSAGES)
def test_json_is_asdict_and_reads_back(message: OutgoingMessage) -> None:
    assert message.to_json() == json.dumps(asdict(message), ensure_ascii=False)
    assert OutgoingMessage.from_json(message.to_json()) == message
