"""Flood control arithmetic: time is passed in, nothing sleeps."""

from __future__ import annotations

from bot.pacing import HEADROOM, Pacer, RateLimits


def sends_in_any_window(times: list[float], window: float) -> int:
    return max(sum(1 for t in times if start <= t < start + window) for start in times)


def book(pacer: Pacer, chats: list[str], rounds: int) -> dict[str, list[float]]:
    slots: dict[str, list[float]] = {chat: [] for chat in chats}
    for _ in range(rounds):
        for chat in chats:
            slots[chat].append(pacer.reserve(chat, now=0.0))
    return slots


def test_the_bot_as_a_whole_never_exceeds_its_rate() -> None:
    pacer = Pacer(RateLimits(overall=30, per_chat=1000, per_group=1000))
    slots = book(pacer, [str(1000 + i) for i in range(100)], rounds=3)
    every = sorted(t for times in slots.values() for t in times)
    assert sends_in_any_window(every, 1.0) <= 30
    assert sends_in_any_window(every, 1.0) >= int(30 * HEADROOM) - 1


def test_a_private_chat_gets_one_message_a_second() -> None:
    pacer = Pacer(RateLimits(overall=1000, per_chat=1, per_group=1000))
    slots = book(pacer, ["42"], rounds=10)
    assert sends_in_any_window(slots["42"], 1.0) == 1


def test_a_group_gets_twenty_messages_a_minute() -> None:
    pacer = Pacer(RateLimits(overall=1000, per_chat=1000, per_group=20 / 60))
    slots = book(pacer, ["-1001"], rounds=60)
    assert sends_in_any_window(slots["-1001"], 60.0) <= 20
    assert sends_in_any_window(slots["-1001"], 60.0) >= 19


def test_a_slow_chat_does_not_hold_up_the_others() -> None:
    pacer = Pacer(RateLimits(overall=30, per_chat=1, per_group=20 / 60))
    pacer.reserve("-1001", now=0.0)
    assert pacer.earliest("-1001", now=0.1) > 2.0
    assert pacer.earliest("42", now=0.1) < 0.2


def test_a_retry_after_holds_the_chat_until_it_ends() -> None:
    pacer = Pacer(RateLimits())
    pacer.hold("42", until=17.0)
    assert pacer.earliest("42", now=1.0) == 17.0
    assert pacer.earliest("43", now=1.0) == 1.0


def test_a_long_text_sent_in_parts_books_one_slot_per_part() -> None:
    pacer = Pacer(RateLimits(overall=10, per_chat=1000, per_group=1000))
    pacer.reserve("42", now=0.0, cost=3)
    assert pacer.earliest("43", now=0.0) >= 3 / 10
