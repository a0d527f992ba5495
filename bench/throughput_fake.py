"""The fake Bot API server of ``bench/throughput.py``, in a process of its own.

    python bench/throughput_fake.py

It serves the Bot API (the test suite's ``FakeBotApi``) for one bot, and a small control
API for the benchmark's driver on another port; once both listen it prints one JSON line,
``{"api": "http://127.0.0.1:P", "control": "http://127.0.0.1:Q"}``, and runs until
SIGTERM or SIGINT. Its CPU time is counted for neither bot: it runs beside them.

Control API (JSON answers; times are this process's ``time.perf_counter()``):

- ``POST /push`` ``{"first", "count", "shift", "answers", "rate"}``: chats ``first`` …
  ``first + count - 1`` each ask a question and are each expected to get ``answers``
  ``sendMessage`` calls from now on. Without ``rate`` every update is queued at once;
  with ``rate`` they are queued at that many per second in the background, each chat's
  queueing time kept for ``/latencies``. Answers ``{"t0"}``, when queueing began.
- ``GET /wait?timeout=S``: waits up to S seconds for every expected answer; answers
  ``{"done", "remaining", "t_last"}`` (``t_last``: when the last one arrived).
- ``GET /quiet?still=S``: waits until no ``sendMessage`` came for S seconds (the bot's
  outbox is drained); answers ``{"sends"}``, every ``sendMessage`` so far.
- ``GET /latencies``: for the last paced push, seconds from each update being queued to
  the first ``sendMessage`` to its chat.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import signal
import sys
import time
from pathlib import Path
from typing import Any

from aiohttp import web

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.fakes.fake_bot_api import FakeBotApi

QUESTIONS = [
    "syarat bikin kk",
    "cara membuat ktp elektronik",
    "jam buka kantor disdukcapil",
    "bagaimana cara mengurus akta kelahiran",
]


class _NoLog(list[tuple[str, dict[str, Any]]]):
    """The fake's call log, not kept: a run makes too many calls to hold them all."""

    def append(self, _call: tuple[str, dict[str, Any]]) -> None:
        return None


class CountingApi(FakeBotApi):
    """``FakeBotApi`` that keeps only what the benchmark reads: how many answers each
    expected chat still waits for, the time of the last one, and (paced pushes only)
    each chat's queueing and first-answer times. No record of each call is kept."""

    def __init__(self) -> None:
        super().__init__()
        self.calls = _NoLog()
        self.sends = 0
        self.last_send = 0.0
        self.t_last = 0.0
        self.waiting: dict[str, int] = {}
        self.all_answered = asyncio.Event()
        self.all_answered.set()
        self.pushed_at: dict[str, float] = {}
        self.first_answer: dict[str, float] = {}
        self.pacer: asyncio.Task[None] | None = None

    async def _record(self, method: str, params: dict[str, Any], *args: Any, **kw: Any) -> None:
        if method != "sendMessage":
            return
        now = time.perf_counter()
        self.sends += 1
        self.last_send = now
        chat = str(params.get("chat_id"))
        left = self.waiting.get(chat)
        if left is None:
            return
        if chat in self.pushed_at:
            self.first_answer.setdefault(chat, now)
        if left > 1:
            self.waiting[chat] = left - 1
            return
        del self.waiting[chat]
        if not self.waiting:
            self.t_last = now
            self.all_answered.set()

    def expect(self, first: int, count: int, answers: int) -> None:
        self.waiting = {str(first + i): answers for i in range(count)}
        if self.waiting:
            self.all_answered.clear()

    def push(self, first: int, count: int, shift: int) -> None:
        for i in range(count):
            self.user_message(first + i, QUESTIONS[(i + shift) % len(QUESTIONS)])

    async def paced(self, first: int, count: int, shift: int, rate: float) -> None:
        start = time.perf_counter()
        for i in range(count):
            chat = first + i
            self.user_message(chat, QUESTIONS[(i + shift) % len(QUESTIONS)])
            self.pushed_at[str(chat)] = time.perf_counter()
            await asyncio.sleep(max(0.0, start + (i + 1) / rate - time.perf_counter()))


def control_app(api: CountingApi) -> web.Application:
    async def push(request: web.Request) -> web.Response:
        body = await request.json()
        first, count = int(body["first"]), int(body["count"])
        shift, answers = int(body.get("shift", 0)), int(body.get("answers", 1))
        api.expect(first, count, answers)
        t0 = time.perf_counter()
        if body.get("rate"):
            api.pushed_at, api.first_answer = {}, {}
            api.pacer = asyncio.create_task(api.paced(first, count, shift, float(body["rate"])))
        else:
            api.push(first, count, shift)
        return web.json_response({"t0": t0})

    async def wait(request: web.Request) -> web.Response:
        timeout = float(request.query.get("timeout", "1"))
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(api.all_answered.wait(), timeout)
        done = api.all_answered.is_set()
        return web.json_response(
            {"done": done, "remaining": len(api.waiting), "t_last": api.t_last}
        )

    async def quiet(request: web.Request) -> web.Response:
        still = float(request.query.get("still", "0.5"))
        while True:
            idle = time.perf_counter() - api.last_send
            if idle >= still:
                return web.json_response({"sends": api.sends})
            await asyncio.sleep(still - idle)

    async def latencies(request: web.Request) -> web.Response:
        if api.pacer is not None:
            await api.pacer
        values = [
            api.first_answer[c] - at for c, at in api.pushed_at.items() if c in api.first_answer
        ]
        return web.json_response({"latencies": values, "pushed": len(api.pushed_at)})

    app = web.Application()
    app.router.add_post("/push", push)
    app.router.add_get("/wait", wait)
    app.router.add_get("/quiet", quiet)
    app.router.add_get("/latencies", latencies)
    return app


async def main() -> None:
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(signum, stop.set)
    async with CountingApi() as api:
        runner = web.AppRunner(control_app(api), shutdown_timeout=0.5)
        await runner.setup()
        await web.TCPSite(runner, "127.0.0.1", 0).start()
        port = runner.addresses[0][1]
        print(json.dumps({"api": api.base_url, "control": f"http://127.0.0.1:{port}"}), flush=True)
        await stop.wait()
        await runner.cleanup()


if __name__ == "__main__":
    asyncio.run(main())
