"""Fake Bot API servers that misbehave like the real one under load."""

from __future__ import annotations

import asyncio
import random
from collections import deque
from typing import Any

from aiohttp import web

from tests.fakes.fake_bot_api import FakeBotApi

SEND_METHODS = frozenset({"sendmessage", "sendphoto", "senddocument", "sendlocation"})


def _error(status: int, description: str, retry_after: int | None = None) -> web.Response:
    body: dict[str, Any] = {"ok": False, "error_code": status, "description": description}
    if retry_after is not None:
        body["parameters"] = {"retry_after": retry_after}
    return web.json_response(body, status=status)


class FlakyBotApi(FakeBotApi):
    """Fails ``fail_rate`` of sends before doing anything: 500, 429 with ``retry_after``,
    or an answer slower than the client's timeout. A failed send is never recorded."""

    def __init__(self, fail_rate: float = 0.2, seed: int = 7, slow: float = 1.0) -> None:
        super().__init__()
        self._random = random.Random(seed)
        self._fail_rate = fail_rate
        self._slow = slow
        self.failures: dict[str, int] = {"500": 0, "429": 0, "timeout": 0}

    async def _handle(self, request: web.Request) -> web.Response:
        method = request.match_info["method"].lower()
        if method in SEND_METHODS and self._random.random() < self._fail_rate:
            kind = self._random.choice(["500", "429", "timeout"])
            self.failures[kind] += 1
            if kind == "500":
                return _error(500, "Internal Server Error")
            if kind == "429":
                return _error(429, "Too Many Requests: retry after 1", retry_after=1)
            await asyncio.sleep(self._slow)  # the client gave up already
            return _error(500, "Internal Server Error")
        return await super()._handle(request)


class RateLimitedBotApi(FakeBotApi):
    """Enforces Telegram's flood limits over sliding windows and answers 429 (without
    sending) when a request breaks one: ``overall`` per second for the bot, one per
    second per private chat, ``group_per_minute`` per group."""

    def __init__(self, overall: int = 30, group_per_minute: int = 20) -> None:
        super().__init__()
        self.overall = overall
        self.group_per_minute = group_per_minute
        self._all: deque[float] = deque()
        self._chats: dict[str, deque[float]] = {}
        self.rejected = 0
        self.accepted = 0
        self.broken: dict[str, int] = {"overall": 0, "chat": 0, "group": 0}
        self.first_at: float | None = None
        self.last_at: float | None = None

    def _allowed(self, chat_id: str, now: float) -> bool:
        while self._all and self._all[0] <= now - 1.0:
            self._all.popleft()
        if len(self._all) >= self.overall:
            self.broken["overall"] += 1
            return False
        group = chat_id.startswith("-")
        window, limit = (60.0, self.group_per_minute) if group else (1.0, 1)
        times = self._chats.setdefault(chat_id, deque())
        while times and times[0] <= now - window:
            times.popleft()
        if len(times) >= limit:
            self.broken["group" if group else "chat"] += 1
            return False
        return True

    async def _handle(self, request: web.Request) -> web.Response:
        method = request.match_info["method"].lower()
        if method not in SEND_METHODS:
            return await super()._handle(request)
        params = await self._params(request)
        chat_id = str(params.get("chat_id"))
        now = asyncio.get_running_loop().time()
        if not self._allowed(chat_id, now):
            self.rejected += 1
            return _error(429, "Too Many Requests: retry after 1", retry_after=1)
        self._all.append(now)
        self._chats[chat_id].append(now)
        self.accepted += 1
        self.first_at = self.first_at if self.first_at is not None else now
        self.last_at = now
        return web.json_response({"ok": True, "result": _message(chat_id, self.accepted)})


def _message(chat_id: str, message_id: int) -> dict[str, Any]:
    return {
        "message_id": message_id,
        "date": 1_700_000_000,
        "chat": {"id": int(chat_id), "type": "group" if chat_id.startswith("-") else "private"},
        "text": ".",
    }
