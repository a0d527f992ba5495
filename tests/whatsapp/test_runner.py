"""`aduan run` with WhatsApp configured: Telegram long polling and the WhatsApp webhook
in one process; a resident's complaint with a photo, filed on WhatsApp, reaches the
agency's Telegram group with the photo uploaded."""

from __future__ import annotations

import asyncio
import json
import socket
import uuid
from typing import Any

import aiohttp

from bot.channels.whatsapp.signature import sign
from bot.channels.whatsapp.webhook import WEBHOOK_PATH
from bot.config import Settings
from bot.whatsapp_runner import run_with_whatsapp
from tests.fakes.fake_bot_api import FakeBotApi, FileUpload
from tests.fakes.fixtures import TEST_TOKEN
from tests.whatsapp.fake_graph_api import FakeGraphApi, media_bytes, settings_for, webhook_body

WA_ID = "6281299990001"
PUPR_CHAT = "-1001000000005"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Resident:
    def __init__(self, http: aiohttp.ClientSession, url: str, api: FakeGraphApi) -> None:
        self._http, self._url, self._api = http, url, api

    async def _post(self, message: dict[str, Any]) -> list[str]:
        before = len(self._api.to(WA_ID))
        body = webhook_body(
            [{"from": WA_ID, "id": f"wamid.{uuid.uuid4().hex}", "_name": "Budi", **message}]
        )
        raw = json.dumps(body).encode()
        async with self._http.post(
            self._url, data=raw, headers={"X-Hub-Signature-256": sign(raw, "test-app-secret")}
        ) as response:
            assert response.status == 200
        for _ in range(200):
            if len(self._api.to(WA_ID)) > before:
                await asyncio.sleep(0.05)
                return [s.text for s in self._api.to(WA_ID)[before:]]
            await asyncio.sleep(0.02)
        raise AssertionError("no reply on WhatsApp")

    async def say(self, text: str) -> list[str]:
        return await self._post({"type": "text", "text": {"body": text}})

    async def press(self, label: str) -> list[str]:
        for sent in reversed(self._api.to(WA_ID)):
            for choice in sent.choices:
                if label in choice["title"]:
                    kind = (
                        "button_reply"
                        if "buttons" in sent.body["interactive"]["action"]
                        else ("list_reply")
                    )
                    return await self._post(
                        {"type": "interactive", "interactive": {"type": kind, kind: choice}}
                    )
        raise AssertionError(f"no choice {label!r}")


async def test_a_whatsapp_complaint_with_a_photo_reaches_the_telegram_staff_group(
    sqlite_url: str, fake_bot_api: FakeBotApi
) -> None:
    graph = await FakeGraphApi().start()
    port = _free_port()
    settings = Settings(
        database_url=sqlite_url,
        telegram_token=TEST_TOKEN,
        telegram_api_base=fake_bot_api.base_url,
        poll_timeout=1,
        delivery_interval=0.05,
        whatsapp_webhook_host="127.0.0.1",
        whatsapp_webhook_port=port,
        **settings_for(graph),  # type: ignore[arg-type]
    )
    stop = asyncio.Event()
    task = asyncio.create_task(run_with_whatsapp(settings, stop, install_signals=False))
    try:
        async with aiohttp.ClientSession() as http:
            url = f"http://127.0.0.1:{port}{WEBHOOK_PATH}"
            for _ in range(100):  # wait for the site
                try:
                    async with http.get(url, params={"hub.mode": "subscribe"}) as response:
                        if response.status == 403:
                            break
                except aiohttp.ClientConnectionError:
                    await asyncio.sleep(0.05)
            resident = Resident(http, url, graph)
            greeting = await resident.say("/start")
            assert "Budi" in greeting[0]
            await resident.say("/lapor Jalan di depan pasar Desa Sukamaju berlubang besar sekali")
            await resident.press("Ya, benar")
            await resident._post(
                {"type": "location", "location": {"latitude": -6.9, "longitude": 107.6}}
            )
            await resident._post({"type": "image", "image": {"id": "m-42", "caption": "ini"}})
            await resident.press("Lanjut")
            await resident.press("Publik")
            done = await resident.press("Kirim")
            assert any("ADU-" in text for text in done)
            for _ in range(200):
                photos = [r for r in fake_bot_api.sent if r.method == "sendPhoto"]
                if photos:
                    break
                await asyncio.sleep(0.05)
    finally:
        stop.set()
        await asyncio.wait_for(task, timeout=15)
        await graph.stop()
    [photo] = photos
    assert photo.chat_id == PUPR_CHAT
    upload = photo.params["photo"]
    if isinstance(upload, str) and upload.startswith("attach://"):
        upload = photo.params[upload.removeprefix("attach://")]
    assert isinstance(upload, FileUpload) and upload.content == media_bytes("m-42")
