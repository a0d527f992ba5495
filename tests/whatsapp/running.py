"""``aduan run`` with WhatsApp, started for real (:func:`bot.runner.run`) against the
fake Bot API and the fake Graph API, and a resident who posts signed webhooks to it."""

from __future__ import annotations

import asyncio
import json
import socket
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import aiohttp

from bot.channels.whatsapp.signature import sign
from bot.channels.whatsapp.webhook import WEBHOOK_PATH
from bot.config import Settings
from bot.runner import run
from tests.fakes.fake_bot_api import FakeBotApi
from tests.fakes.fixtures import TEST_TOKEN
from tests.whatsapp.fake_graph_api import FakeGraphApi, settings_for, webhook_body

WA_ID = "6281299990001"
PUPR_CHAT = "-1001000000005"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


async def wait_until(found: Any, what: str, tries: int = 200) -> Any:
    for _ in range(tries):
        result = found()
        if result:
            return result
        await asyncio.sleep(0.05)
    raise AssertionError(f"never happened: {what}")


class Resident:
    def __init__(self, http: aiohttp.ClientSession, url: str, api: FakeGraphApi) -> None:
        self._http, self._url, self._api = http, url, api

    async def post(self, message: dict[str, Any]) -> list[str]:
        """Post one signed message; return the texts of the answers it got."""
        before = len(self._api.to(WA_ID))
        body = webhook_body(
            [{"from": WA_ID, "id": f"wamid.{uuid.uuid4().hex}", "_name": "Budi", **message}]
        )
        raw = json.dumps(body).encode()
        async with self._http.post(
            self._url, data=raw, headers={"X-Hub-Signature-256": sign(raw, "test-app-secret")}
        ) as response:
            assert response.status == 200
        await wait_until(lambda: len(self._api.to(WA_ID)) > before, "a reply on WhatsApp")
        await asyncio.sleep(0.05)
        return [s.text for s in self._api.to(WA_ID)[before:]]

    async def say(self, text: str) -> list[str]:
        return await self.post({"type": "text", "text": {"body": text}})

    async def press(self, label: str) -> list[str]:
        for sent in reversed(self._api.to(WA_ID)):
            for choice in sent.choices:
                if label in choice["title"]:
                    action = sent.body["interactive"]["action"]
                    kind = "button_reply" if "buttons" in action else "list_reply"
                    return await self.post(
                        {"type": "interactive", "interactive": {"type": kind, kind: choice}}
                    )
        raise AssertionError(f"no choice {label!r}")

    async def file_complaint(self, with_photo: bool = False) -> list[str]:
        await self.say("/lapor Jalan di depan pasar Desa Sukamaju berlubang besar sekali")
        await self.press("Ya, benar")
        await self.post({"type": "location", "location": {"latitude": -6.9, "longitude": 107.6}})
        if with_photo:
            await self.post({"type": "image", "image": {"id": "m-42", "caption": "ini"}})
        await self.press("Lanjut" if with_photo else "Lewati")
        await self.press("Publik")
        return await self.press("Kirim")


def run_settings(
    database_url: str, fake_bot_api: FakeBotApi, graph: FakeGraphApi, **extra: object
) -> Settings:
    return Settings(
        database_url=database_url,
        telegram_token=TEST_TOKEN,
        telegram_api_base=fake_bot_api.base_url,
        poll_timeout=1,
        delivery_interval=0.05,
        whatsapp_webhook_host="127.0.0.1",
        whatsapp_webhook_port=free_port(),
        **settings_for(graph),  # type: ignore[arg-type]
        **extra,  # type: ignore[arg-type]
    )


@asynccontextmanager
async def running(settings: Settings, port: int) -> AsyncIterator[aiohttp.ClientSession]:
    """``aduan run``'s body until the block ends; the web server on ``port`` is up."""
    stop = asyncio.Event()
    task = asyncio.create_task(run(settings, stop, install_signals=False))
    try:
        async with aiohttp.ClientSession() as http:
            for _ in range(200):
                if task.done():
                    task.result()  # raises what stopped it
                try:
                    async with http.get(f"http://127.0.0.1:{port}/healthz") as response:
                        await response.read()
                        break
                except aiohttp.ClientConnectionError:
                    await asyncio.sleep(0.05)
            yield http
    finally:
        stop.set()
        await asyncio.wait_for(task, timeout=15)


def webhook_url(port: int) -> str:
    return f"http://127.0.0.1:{port}{WEBHOOK_PATH}"
