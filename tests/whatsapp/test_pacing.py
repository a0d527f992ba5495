"""WhatsApp flood control: 80 messages/s per number and, to one resident, a pair rate
with bursts, so a conversation is answered at once and a flood never meets 131056."""

from __future__ import annotations

from bot.channels.telegram.kit import telegram_limits
from bot.channels.whatsapp.kit import whatsapp_limits
from bot.config import Settings
from bot.pacing import Pacer, RateLimits
from tests.harness import ChatHarness
from tests.whatsapp.support import api_of


def test_the_defaults_follow_the_cloud_api_limits() -> None:
    limits = whatsapp_limits(Settings())
    assert limits.overall == 80.0
    assert abs(limits.per_chat - 1 / 6) < 1e-9  # one message every 6 seconds
    assert limits.chat_burst == 20
    assert telegram_limits(Settings()).chat_burst == 1  # Telegram: no bursts


def test_a_burst_goes_at_once_and_then_the_pair_rate_applies() -> None:
    pacer = Pacer(RateLimits(overall=1000, per_chat=1 / 6, chat_burst=3))
    starts = [pacer.reserve("6281200000001", now=0.0) for _ in range(3)]
    assert all(start < 0.01 for start in starts)  # only the number's 1 ms apart
    assert pacer.earliest("6281200000002", now=0.0) < 0.01  # another resident is not held
    later = [pacer.reserve("6281200000001", now=0.0) for _ in range(2)]
    assert 6.0 < later[0] < 6.2 and 12.0 < later[1] < 12.3


def test_a_chat_that_was_quiet_gets_its_burst_back_but_never_more() -> None:
    pacer = Pacer(RateLimits(overall=1000, per_chat=1 / 6, chat_burst=2))
    for _ in range(2):
        pacer.reserve("628", now=0.0)
    assert pacer.earliest("628", now=0.0) > 6.0
    # an hour of silence refills the burst (2), not 600 messages' worth
    later = [pacer.reserve("628", now=3600.0) for _ in range(3)]
    assert later[1] < 3600.01 and later[2] > 3606.0


def test_a_rate_limit_answer_holds_the_chat_despite_the_burst() -> None:
    pacer = Pacer(RateLimits(overall=1000, per_chat=1 / 6, chat_burst=20))
    pacer.hold("628", until=5.0)
    assert pacer.earliest("628", now=0.0) == 5.0


async def test_the_delivery_worker_paces_whatsapp_rows_with_the_whatsapp_limits(
    sqlite_url: str,
) -> None:
    """Pair rate 6/minute with a burst of 2, Telegram left fast: the resident's third
    answer waits 10 s on WhatsApp's pacer."""
    async with ChatHarness(
        sqlite_url, channel="whatsapp", whatsapp_chat_rate=6.0, whatsapp_chat_burst=2
    ) as chat:
        api = api_of(chat)
        for text in ("/start", "/bantuan", "/start"):
            await chat.say(text)
        assert len(api.to(chat.chat_id)) == 2  # the third is held back, not sent or lost
        chat.clock.advance(seconds=5)
        await chat.settle()
        assert len(api.to(chat.chat_id)) == 2
        chat.clock.advance(seconds=5.2)
        await chat.settle()
        assert len(api.to(chat.chat_id)) == 3


async def test_telegram_limits_do_not_hold_whatsapp_residents(sqlite_url: str) -> None:
    async with ChatHarness(
        sqlite_url, channel="whatsapp", delivery_chat_rate=0.01, delivery_rate=0.01
    ) as chat:
        for text in ("/start", "/bantuan", "/start"):
            await chat.say(text)
        assert len(api_of(chat).to(chat.chat_id)) == 3
