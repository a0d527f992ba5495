"""End-to-end throughput: aduan answering FAQ questions by long polling, against a
bare aiogram echo bot, both on the same fake Bot API server on 127.0.0.1; then aduan's
latency at a steady 50 messages/s.

The rates are wall-clock and the machine may be shared; CPU time per message is printed
beside them (the process's own CPU time over the phase) and is the steadier figure.

    python bench/throughput.py [--messages 2000] [--database-url sqlite:///...]

Two phases: 2,000 new residents each ask a question (each gets the greeting with the
menu and the answer: two messages), then the same residents ask again (one answer
each). The second is the like-for-like comparison with the echo bot (one message in,
one message out) and carries the target; the first is printed beside it.

aduan's flood control is set out of the way here (the fake server enforces no limits;
bench/delivery.py measures pacing): what is measured is the work per message (inbox
row, parse, contact and conversation, KB match, outbox row, send, mark sent).
Every answered message is checked to be persisted in the inbox (done) and the outbox
(sent).
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from aiogram import Bot, Dispatcher, Router
from aiogram.client.default import DefaultBotProperties
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer
from aiogram.enums import ParseMode
from aiogram.types import LinkPreviewOptions, Message
from sqlalchemy import func, select

from bot.config import Settings
from bot.telegram_runner import run_polling
from storage.engine import create_engine, session_factory
from storage.models import InboxEntry, OutboxEntry
from tests.fakes.fake_bot_api import FakeBotApi
from tests.fakes.fixtures import TEST_TOKEN

QUESTIONS = [
    "syarat bikin kk",
    "cara membuat ktp elektronik",
    "jam buka kantor disdukcapil",
    "bagaimana cara mengurus akta kelahiran",
]


class _NoLog(list[tuple[str, dict[str, Any]]]):
    """The fake's call log, not kept: a benchmark makes too many calls to hold them all
    (their garbage-collection cost would be counted for both bots)."""

    def append(self, _call: tuple[str, dict[str, Any]]) -> None:
        return None


class TimedApi(FakeBotApi):
    """Records when each chat got a sendMessage."""

    def __init__(self) -> None:
        super().__init__()
        self.calls = _NoLog()
        self.answered_at: dict[str, float] = {}
        self.answers = 0
        self.all_answered = asyncio.Event()
        self.waiting: set[str] = set()

    def expect(self, first_chat: int, count: int) -> None:
        """Wait (``all_answered``) until each of these chats got an answer."""
        self.waiting = {str(first_chat + i) for i in range(count)}
        self.all_answered.clear()

    async def _record(self, method: str, params: dict[str, Any], *args: Any, **kw: Any) -> None:
        if method == "sendMessage":
            chat = str(params.get("chat_id"))
            self.answers += 1
            self.answered_at.setdefault(chat, time.perf_counter())
            self.waiting.discard(chat)
            if not self.waiting:
                self.all_answered.set()
        # keep memory flat: do not store every record
        return None


def push(api: TimedApi, count: int, first_chat: int, shift: int = 0) -> dict[str, float]:
    pushed: dict[str, float] = {}
    for i in range(count):
        chat = first_chat + i
        api.user_message(chat, QUESTIONS[(i + shift) % len(QUESTIONS)])
        pushed[str(chat)] = time.perf_counter()
    return pushed


class Phase:
    """Wall-clock rate and CPU time per message of one phase. The machine may be shared:
    CPU time per message is what the process itself spent, whoever else was running."""

    def __init__(self, messages: int) -> None:
        self.messages = messages
        self.wall = self.cpu = 0.0

    def start(self) -> None:
        self._wall, self._cpu = time.perf_counter(), time.process_time()

    def stop(self) -> None:
        self.wall = time.perf_counter() - self._wall
        self.cpu = time.process_time() - self._cpu

    @property
    def rate(self) -> float:
        return self.messages / self.wall

    @property
    def cpu_ms(self) -> float:
        return self.cpu / self.messages * 1000


async def run_aduan(messages: int, database_url: str) -> tuple[Phase, Phase, int, int]:
    """The measured run: ``messages`` new residents ask (each gets a greeting and the
    answer), then, once everything is delivered, the same residents ask again (each
    gets the answer only)."""
    async with TimedApi() as api:
        settings = Settings(
            database_url=database_url,
            telegram_token=TEST_TOKEN,
            telegram_api_base=api.base_url,
            poll_timeout=1,
            delivery_interval=0.05,
            delivery_rate=1e6,
            delivery_chat_rate=1e6,
            delivery_group_rate=1e8,
            log_level="WARNING",
        )
        stop = asyncio.Event()
        task = asyncio.create_task(run_polling(settings, stop, install_signals=False))
        await warm_up(api, task)
        api.expect(8_000_000, messages)
        first = Phase(messages)
        first.start()
        push(api, messages, 8_000_000)
        await asyncio.wait_for(api.all_answered.wait(), timeout=600)
        first.stop()
        await quiet(api)
        api.expect(8_000_000, messages)
        again = Phase(messages)
        again.start()
        push(api, messages, 8_000_000, shift=1)
        await asyncio.wait_for(api.all_answered.wait(), timeout=600)
        again.stop()
        await quiet(api)
        stop.set()
        await task
    engine = create_engine(database_url)
    async with session_factory(engine)() as session:
        done = await session.scalar(
            select(func.count()).select_from(InboxEntry).where(InboxEntry.status == "done")
        )
        sent = await session.scalar(
            select(func.count()).select_from(OutboxEntry).where(OutboxEntry.status == "sent")
        )
    await engine.dispose()
    return first, again, int(done or 0), int(sent or 0)


async def quiet(api: TimedApi, still: float = 0.5) -> None:
    """Wait until nothing has been sent for ``still`` seconds: the outbox is drained."""
    seen = -1
    while seen != api.answers:
        seen = api.answers
        await asyncio.sleep(still)


async def warm_up(api: TimedApi, task: asyncio.Task[None]) -> None:
    api.expect(7_999_999, 1)
    api.user_message(7_999_999, QUESTIONS[0])
    await asyncio.wait_for(api.all_answered.wait(), timeout=120)
    if task.done():
        task.result()


async def run_echo(messages: int) -> Phase:
    async with TimedApi() as api:
        bot = Bot(  # stock aiogram: its own session, sending HTML like aduan does
            TEST_TOKEN,
            session=AiohttpSession(api=TelegramAPIServer.from_base(api.base_url)),
            default=DefaultBotProperties(
                parse_mode=ParseMode.HTML, link_preview=LinkPreviewOptions(is_disabled=True)
            ),
        )
        router = Router()

        @router.message()
        async def echo(message: Message) -> None:
            await message.answer(message.text or ".")

        dispatcher = Dispatcher()
        dispatcher.include_router(router)
        task = asyncio.create_task(
            dispatcher.start_polling(bot, handle_signals=False, polling_timeout=1)
        )
        await warm_up(api, task)
        api.expect(9_000_000, messages)
        phase = Phase(messages)
        phase.start()
        push(api, messages, 9_000_000)
        await asyncio.wait_for(api.all_answered.wait(), timeout=600)
        phase.stop()
        await dispatcher.stop_polling()
        await task
        await bot.session.close()
    return phase


async def steady_latency(rate: float, seconds: float, database_url: str) -> list[float]:
    async with TimedApi() as api:
        settings = Settings(
            database_url=database_url,
            telegram_token=TEST_TOKEN,
            telegram_api_base=api.base_url,
            poll_timeout=1,
            delivery_interval=0.05,
            delivery_rate=1e6,  # 50 answers/s is above Telegram's 30/s for one bot
            log_level="WARNING",
        )
        stop = asyncio.Event()
        task = asyncio.create_task(run_polling(settings, stop, install_signals=False))
        await warm_up(api, task)
        count = int(rate * seconds)
        api.expect(6_000_000, count)
        pushed: dict[str, float] = {}
        start = time.perf_counter()
        for i in range(count):
            chat = 6_000_000 + i
            api.user_message(chat, QUESTIONS[i % len(QUESTIONS)])
            pushed[str(chat)] = time.perf_counter()
            await asyncio.sleep(max(0.0, start + (i + 1) / rate - time.perf_counter()))
        await asyncio.wait_for(api.all_answered.wait(), timeout=300)
        stop.set()
        await task
    return [api.answered_at[chat] - at for chat, at in pushed.items()]


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--messages", type=int, default=2000)
    parser.add_argument("--steady-seconds", type=float, default=20.0)
    parser.add_argument("--database-url", default=None, help="default: a new SQLite file")
    args = parser.parse_args()
    if args.database_url:  # sqlite:/// and postgresql:// become the async drivers' URLs
        args.database_url = Settings(database_url=args.database_url).database_url
    folder = Path(tempfile.mkdtemp(prefix="aduan-bench-"))

    def url(name: str) -> str:
        return args.database_url or f"sqlite+aiosqlite:///{folder / name}.db"

    echo = await run_echo(args.messages)
    ours, again, done, sent = await run_aduan(args.messages, url("throughput"))
    print(
        f"aiogram echo bot    : {echo.rate:6.1f} messages/s  {echo.cpu_ms:5.2f} ms CPU/message"
        "  (one answer per message)"
    )
    print(
        f"aduan, FAQ answers  : {again.rate:6.1f} messages/s  {again.cpu_ms:5.2f} ms CPU/message"
        "  (known residents: one answer per question)"
    )
    print(
        f"  ratio             : {again.rate / echo.rate:6.2f}  (target >= 0.5; "
        f"by CPU per message {echo.cpu_ms / again.cpu_ms:.2f})"
    )
    print(
        f"aduan, first contact: {ours.rate:6.1f} messages/s  {ours.cpu_ms:5.2f} ms CPU/message"
        "  (new residents: a greeting and the answer, two messages per question)"
    )
    print(
        f"  ratio             : {ours.rate / echo.rate:6.2f}  "
        f"(by CPU per message {echo.cpu_ms / ours.cpu_ms:.2f})"
    )
    print(f"persisted           : inbox done {done}, outbox sent {sent}")
    if args.database_url:
        print("steady-rate latency skipped: it needs an empty database (omit --database-url)")
        return
    if args.steady_seconds <= 0:
        return
    latencies = await steady_latency(50.0, args.steady_seconds, url("latency"))
    print(
        f"latency at 50 messages/s over {len(latencies)} messages: "
        f"p50 {percentile(latencies, 0.5) * 1000:.0f} ms, "
        f"p99 {percentile(latencies, 0.99) * 1000:.0f} ms, "
        f"mean {statistics.mean(latencies) * 1000:.0f} ms"
    )


if __name__ == "__main__":
    asyncio.run(main())
