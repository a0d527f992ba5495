"""`aduan run` with WhatsApp configured: one process, one web server on one port for
the WhatsApp webhook, /healthz and /metrics (and the Telegram webhook in webhook
mode); a resident's complaint with a photo, filed on WhatsApp, reaches the agency's
Telegram group with the photo uploaded."""

from __future__ import annotations

import json

from bot.channels.telegram.webhook import SECRET_HEADER
from bot.channels.telegram.webhook import WEBHOOK_PATH as TELEGRAM_PATH
from bot.channels.whatsapp.signature import sign
from tests.fakes.fake_bot_api import FakeBotApi, FileUpload
from tests.whatsapp.fake_graph_api import FakeGraphApi, media_bytes, webhook_body
from tests.whatsapp.running import (
    PUPR_CHAT,
    WA_ID,
    Resident,
    free_port,
    run_settings,
    running,
    wait_until,
    webhook_url,
)

WEBHOOK_SECRET = "telegram-secret_for-tests"


async def test_a_whatsapp_complaint_with_a_photo_reaches_the_telegram_staff_group(
    sqlite_url: str, fake_bot_api: FakeBotApi
) -> None:
    graph = await FakeGraphApi().start()
    settings = run_settings(sqlite_url, fake_bot_api, graph)
    port = settings.whatsapp_webhook_port
    try:
        async with running(settings, port) as http:
            resident = Resident(http, webhook_url(port), graph)
            greeting = await resident.say("/start")
            assert "Budi" in greeting[0]
            done = await resident.file_complaint(with_photo=True)
            assert any("ADU-" in text for text in done)
            photos = await wait_until(
                lambda: [r for r in fake_bot_api.sent if r.method == "sendPhoto"], "the card"
            )
    finally:
        await graph.stop()
    [photo] = photos
    assert photo.chat_id == PUPR_CHAT
    upload = photo.params["photo"]
    if isinstance(upload, str) and upload.startswith("attach://"):
        upload = photo.params[upload.removeprefix("attach://")]
    assert isinstance(upload, FileUpload) and upload.content == media_bytes("m-42")


async def test_with_telegram_by_webhook_both_webhooks_and_healthz_share_one_port(
    sqlite_url: str, fake_bot_api: FakeBotApi
) -> None:
    graph = await FakeGraphApi().start()
    port = free_port()
    settings = run_settings(
        sqlite_url,
        fake_bot_api,
        graph,
        web_host="127.0.0.1",
        web_port=port,
        webhook_url="https://aduan.example.go.id",
        webhook_secret=WEBHOOK_SECRET,
    )
    try:
        async with running(settings, port) as http:
            base = f"http://127.0.0.1:{port}"
            async with http.get(f"{base}/healthz") as health:
                assert health.status in (200, 503)  # answered: the body says how it is
                assert "problems" in await health.json()
            async with http.get(f"{base}/metrics") as metrics:
                assert metrics.status == 200
            verify = {"hub.mode": "subscribe", "hub.verify_token": "test-verify-token",
                      "hub.challenge": "1234"}  # fmt: skip
            async with http.get(webhook_url(port), params=verify) as answer:
                assert (answer.status, await answer.text()) == (200, "1234")
            raw = json.dumps(webhook_body([])).encode()
            async with http.post(webhook_url(port), data=raw) as unsigned:
                assert unsigned.status == 401
            async with http.post(f"{base}{TELEGRAM_PATH}", json={"update_id": 1}) as forged:
                assert forged.status == 401
            # a resident on WhatsApp and one on Telegram, through the same port
            resident = Resident(http, webhook_url(port), graph)
            assert "Budi" in (await resident.say("/start"))[0]
            update = fake_bot_api.user_message(4242, "/start", first_name="Ani")
            headers = {SECRET_HEADER: WEBHOOK_SECRET}
            async with http.post(f"{base}{TELEGRAM_PATH}", json=update, headers=headers) as ok:
                assert ok.status == 200
            greeting = await wait_until(
                lambda: [r for r in fake_bot_api.sent if r.chat_id == "4242"], "a Telegram reply"
            )
            assert "Ani" in (greeting[0].text or "")
        set_webhook = [params for method, params in fake_bot_api.calls if method == "setWebhook"]
        assert set_webhook and set_webhook[0]["url"].endswith(TELEGRAM_PATH)
    finally:
        await graph.stop()
    assert graph.to(WA_ID)


async def test_with_telegram_long_polling_the_whatsapp_webhook_and_healthz_share_one_port(
    sqlite_url: str, fake_bot_api: FakeBotApi
) -> None:
    graph = await FakeGraphApi().start()
    settings = run_settings(sqlite_url, fake_bot_api, graph)
    port = settings.whatsapp_webhook_port  # ADUAN_WEB_PORT unset: the WhatsApp port
    try:
        async with running(settings, port) as http:
            async with http.get(f"http://127.0.0.1:{port}/healthz") as health:
                assert "problems" in await health.json()
            async with http.post(f"http://127.0.0.1:{port}{TELEGRAM_PATH}", json={}) as none:
                assert none.status in (404, 405)  # polling: no Telegram webhook route
            body = json.dumps(webhook_body([])).encode()
            wrong = {"X-Hub-Signature-256": sign(body, "not-the-secret")}
            async with http.post(webhook_url(port), data=body, headers=wrong) as refused:
                assert refused.status == 401
            resident = Resident(http, webhook_url(port), graph)
            assert "Budi" in (await resident.say("/start"))[0]
    finally:
        await graph.stop()
