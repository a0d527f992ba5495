"""A fake WhatsApp Cloud (Graph) API on 127.0.0.1, strict about the limits that
matter: reply buttons (at most 3, titles up to 20), lists (at most 10 rows, titles up
to 24), text up to 4096 and interactive bodies up to 1024 characters, media messages
only by the id of a file uploaded to it (captions up to 1024). It records every
message and upload, serves media, and can be told to fail the next sends or uploads
with a code.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

TOKEN = "test-access-token"
PHONE_NUMBER_ID = "109876543210"
VERSION = "v21.0"


def media_bytes(media_id: str) -> bytes:
    return b"\xff\xd8\xff\xe0JPEG:" + media_id.encode()


@dataclass
class Sent:
    to: str
    body: dict[str, Any]
    id: str

    @property
    def type(self) -> str:
        return str(self.body.get("type"))

    @property
    def text(self) -> str:
        if self.type == "text":
            return str(self.body["text"]["body"])
        if self.type == "interactive":
            return str(self.body["interactive"]["body"]["text"])
        if self.type in ("image", "document"):
            return str(self.body[self.type].get("caption") or "")
        return ""

    @property
    def media_id(self) -> str | None:
        media = self.body.get(self.type)
        return str(media["id"]) if self.type in ("image", "document") and media else None

    @property
    def choices(self) -> list[dict[str, Any]]:
        if self.type != "interactive":
            return []
        action = self.body["interactive"]["action"]
        if "buttons" in action:
            return [b["reply"] for b in action["buttons"]]
        return [row for section in action["sections"] for row in section["rows"]]


@dataclass(frozen=True)
class Upload:
    id: str
    content: bytes
    mime_type: str
    filename: str


def _limit_problem(body: dict[str, Any], uploads: dict[str, Upload]) -> str | None:
    kind = body.get("type")
    if kind == "text" and not 1 <= len(body["text"]["body"]) <= 4096:
        return "text body must be 1-4096 characters"
    if kind in ("image", "document"):
        media = body[kind]
        if media.get("id") not in uploads:
            return f"{kind} id is not an uploaded media id"
        if len(media.get("caption") or "") > 1024:
            return "caption over 1024 characters"
        if kind == "image" and uploads[media["id"]].mime_type not in ("image/jpeg", "image/png"):
            return "images must be JPEG or PNG"
        return None
    if kind != "interactive":
        return None
    interactive = body["interactive"]
    if len(interactive["body"]["text"]) > 1024:
        return "interactive body over 1024 characters"
    action = interactive["action"]
    if interactive["type"] == "button":
        buttons = action["buttons"]
        if not 1 <= len(buttons) <= 3:
            return "1-3 reply buttons"
        if any(not 1 <= len(b["reply"]["title"]) <= 20 for b in buttons):
            return "button title over 20 characters"
        if any(len(b["reply"]["id"]) > 256 for b in buttons):
            return "button id over 256 characters"
    elif interactive["type"] == "list":
        rows = [row for section in action["sections"] for row in section["rows"]]
        if not 1 <= len(rows) <= 10:
            return "1-10 list rows"
        if len(action["button"]) > 20:
            return "list button over 20 characters"
        if any(len(r["title"]) > 24 or len(r.get("description", "")) > 72 for r in rows):
            return "row title over 24 or description over 72 characters"
        if len({r["id"] for r in rows}) != len(rows):
            return "row ids must be unique"
    return None


@dataclass
class FakeGraphApi:
    sent: list[Sent] = field(default_factory=list)
    rejected: list[str] = field(default_factory=list)
    failures: list[tuple[int, int]] = field(default_factory=list)  # (http status, code)
    uploads: dict[str, Upload] = field(default_factory=dict)
    upload_failures: list[tuple[int, int]] = field(default_factory=list)
    media_failures: int = 0  # the next media look-ups answer 500
    media_lookups: list[str] = field(default_factory=list)
    on_sent: Callable[[Sent], None] | None = None  # a benchmark's stopwatch
    url: str = ""
    _runner: web.AppRunner | None = None
    _ids: itertools.count[int] = field(default_factory=lambda: itertools.count(1))

    def fail_next(self, code: int, status: int = 400, times: int = 1) -> None:
        self.failures += [(status, code)] * times

    def to(self, wa_id: str) -> list[Sent]:
        return [s for s in self.sent if s.to == wa_id]

    async def _messages(self, request: web.Request) -> web.Response:
        if request.headers.get("Authorization") != f"Bearer {TOKEN}":
            return _error(401, 190, "Invalid OAuth access token")
        if request.match_info["phone"] != PHONE_NUMBER_ID:
            return _error(400, 100, "Unknown phone number id")
        body = await request.json()
        if self.failures:
            status, code = self.failures.pop(0)
            return _error(status, code, f"failure {code} as asked")
        problem = _limit_problem(body, self.uploads)
        if problem is not None:
            self.rejected.append(problem)
            return _error(400, 131009, f"Parameter value is not valid: {problem}")
        message_id = f"wamid.fake{next(self._ids)}"
        sent = Sent(str(body["to"]), body, message_id)
        self.sent.append(sent)
        if self.on_sent is not None:
            self.on_sent(sent)
        return web.json_response(
            {
                "messaging_product": "whatsapp",
                "contacts": [{"input": body["to"], "wa_id": body["to"]}],
                "messages": [{"id": message_id}],
            }
        )

    def fail_next_upload(self, code: int, status: int = 400, times: int = 1) -> None:
        self.upload_failures += [(status, code)] * times

    async def _upload(self, request: web.Request) -> web.Response:
        if request.headers.get("Authorization") != f"Bearer {TOKEN}":
            return _error(401, 190, "Invalid OAuth access token")
        if request.match_info["phone"] != PHONE_NUMBER_ID:
            return _error(400, 100, "Unknown phone number id")
        form = await request.post()
        upload = form.get("file")
        if form.get("messaging_product") != "whatsapp" or not isinstance(upload, web.FileField):
            return _error(400, 100, "messaging_product and file are required")
        if self.upload_failures:
            status, code = self.upload_failures.pop(0)
            return _error(status, code, f"upload failure {code} as asked")
        media_id = f"upload-{next(self._ids)}"
        mime_type = str(form.get("type") or upload.content_type)
        self.uploads[media_id] = Upload(media_id, upload.file.read(), mime_type, upload.filename)
        return web.json_response({"id": media_id})

    async def _media(self, request: web.Request) -> web.Response:
        if request.headers.get("Authorization") != f"Bearer {TOKEN}":
            return _error(401, 190, "Invalid OAuth access token")
        media_id = request.match_info["media"]
        self.media_lookups.append(media_id)
        if self.media_failures:
            self.media_failures -= 1
            return _error(500, 2, "Service temporarily unavailable")
        return web.json_response(
            {
                "messaging_product": "whatsapp",
                "url": f"{self.url}/download/{media_id}",
                "mime_type": "image/jpeg",
                "id": media_id,
            }
        )

    async def _download(self, request: web.Request) -> web.Response:
        if request.headers.get("Authorization") != f"Bearer {TOKEN}":
            return web.Response(status=401)
        return web.Response(
            body=media_bytes(request.match_info["media"]), content_type="image/jpeg"
        )

    async def start(self) -> FakeGraphApi:
        app = web.Application()
        app.router.add_post(f"/{VERSION}/{{phone}}/messages", self._messages)
        app.router.add_post(f"/{VERSION}/{{phone}}/media", self._upload)
        app.router.add_get(f"/{VERSION}/{{media}}", self._media)
        app.router.add_get("/download/{media}", self._download)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        port = self._runner.addresses[0][1]
        self.url = f"http://127.0.0.1:{port}"
        return self

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()


def _error(status: int, code: int, message: str) -> web.Response:
    return web.json_response(
        {"error": {"message": message, "type": "OAuthException", "code": code}}, status=status
    )


def settings_for(api: FakeGraphApi) -> dict[str, object]:
    """``Settings`` overrides that point aduan's WhatsApp channel at ``api``."""
    return {
        "whatsapp_access_token": TOKEN,
        "whatsapp_phone_number_id": PHONE_NUMBER_ID,
        "whatsapp_app_secret": "test-app-secret",
        "whatsapp_verify_token": "test-verify-token",
        "whatsapp_api_version": VERSION,
        "whatsapp_api_base": api.url,
    }


def webhook_body(
    messages: list[dict[str, Any]], statuses: Sequence[dict[str, Any]] = ()
) -> dict[str, Any]:
    """A webhook POST body as WhatsApp sends it."""
    contacts = [
        {"profile": {"name": m.pop("_name", "Warga")}, "wa_id": m["from"]} for m in messages
    ]
    value: dict[str, Any] = {
        "messaging_product": "whatsapp",
        "metadata": {"display_phone_number": "6281100000000", "phone_number_id": PHONE_NUMBER_ID},
    }
    if messages:
        value["contacts"] = contacts
        value["messages"] = messages
    if statuses:
        value["statuses"] = list(statuses)
    return {
        "object": "whatsapp_business_account",
        "entry": [{"id": "WABA", "changes": [{"field": "messages", "value": value}]}],
    }
