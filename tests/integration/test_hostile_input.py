"""Hostile or odd input through the inbox: stored, handled and marked done. What every
kind of odd input gets as an answer is tested one turn at a time in
``tests/turns/test_hostile_input.py``."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from storage.models import InboxEntry
from tests.harness import ChatHarness


@pytest.mark.parametrize("text", ["x" * 5000, "a\x00b"], ids=["over-limit", "nul"])
async def test_odd_text_goes_through_the_inbox_and_gets_a_clear_reply(
    sqlite_url: str, text: str
) -> None:
    async with ChatHarness(sqlite_url) as chat:
        replies = await chat.say(text)
        async with chat.sessions() as session:
            statuses = (await session.execute(select(InboxEntry.status))).scalars().all()
    assert replies, "the resident must always get an answer"
    assert statuses == ["done"]
