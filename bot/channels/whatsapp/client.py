"""A small Graph API client for the WhatsApp Cloud API on httpx.

pywa was considered; a direct client was chosen because aduan needs five calls
(send a message, a template, a location; upload, look up and download media), its own
webhook server (signature check on the raw body, inbox first), and its own error
mapping onto the delivery worker's :mod:`bot.channels.base` errors; pywa brings a
framework (handlers, filters, its own server integration and update types) around
those calls.
"""

from __future__ import annotations

from typing import Any

import httpx

from bot.channels.base import ChatUnreachableError, PermanentSendError, TransientSendError

OUTSIDE_WINDOW = 131047
RATE_LIMITS = {130429, 131056, 4, 80007}
# requests that never succeed as they are
PERMANENT = {100, 131008, 131009, 131051, 131021, 131053, 132000, 132001, 132005, 132012}
UNREACHABLE = {131026, 131030}
RATE_LIMIT_WAIT = 5.0


class OutsideWindowError(PermanentSendError):
    """131047: the 24-hour window is closed; only a template may go out."""


def _error(response: httpx.Response) -> Exception:
    try:
        error = response.json().get("error") or {}
    except ValueError:
        error = {}
    code = error.get("code")
    reason = f"WhatsApp {response.status_code} {code}: {error.get('message') or response.text}"
    if code == OUTSIDE_WINDOW:
        return OutsideWindowError(reason)
    if code in RATE_LIMITS or response.status_code == 429:
        return TransientSendError(reason, retry_after=RATE_LIMIT_WAIT)
    if code in UNREACHABLE:
        return ChatUnreachableError(reason)
    if code in PERMANENT:
        return PermanentSendError(reason)
    # authentication, 5xx and anything unknown: retry (an operator may fix the token)
    return TransientSendError(reason)


class GraphClient:
    def __init__(
        self,
        access_token: str,
        phone_number_id: str,
        api_base: str = "https://graph.facebook.com",
        api_version: str = "v21.0",
        timeout: float = 30.0,
        client: httpx.AsyncClient | None = None,
    ) -> None:
        self._phone_number_id = phone_number_id
        self._headers = {"Authorization": f"Bearer {access_token}"}
        self._prefix = f"{api_base.rstrip('/')}/{api_version}"
        self._http = client or httpx.AsyncClient(
            timeout=timeout, limits=httpx.Limits(max_connections=64)
        )

    async def close(self) -> None:
        await self._http.aclose()

    async def _request(self, method: str, url: str, **kwargs: Any) -> httpx.Response:
        try:
            response = await self._http.request(method, url, headers=self._headers, **kwargs)
        except httpx.HTTPError as exc:
            raise TransientSendError(f"WhatsApp request failed: {exc!r}") from exc
        if response.status_code >= 400:
            raise _error(response)
        return response

    async def send(self, to: str, body: dict[str, Any]) -> str:
        """POST one message; return its WhatsApp message id (``wamid``)."""
        payload = {"messaging_product": "whatsapp", "recipient_type": "individual", "to": to}
        response = await self._request(
            "POST", f"{self._prefix}/{self._phone_number_id}/messages", json={**payload, **body}
        )
        messages = response.json().get("messages") or [{}]
        return str(messages[0].get("id") or "")

    async def upload_media(self, data: bytes, mime_type: str, filename: str) -> str:
        """``POST /{phone-number-id}/media`` (multipart); return the new media id."""
        response = await self._request(
            "POST",
            f"{self._prefix}/{self._phone_number_id}/media",
            data={"messaging_product": "whatsapp", "type": mime_type},
            files={"file": (filename, data, mime_type)},
        )
        media_id = response.json().get("id")
        if not media_id:
            raise TransientSendError("WhatsApp media upload answered without an id")
        return str(media_id)

    async def download_media(self, media_id: str) -> tuple[bytes, str]:
        """The bytes and MIME type of an inbound image (``GET /{media-id}``, then its url)."""
        meta = (await self._request("GET", f"{self._prefix}/{media_id}")).json()
        response = await self._request("GET", str(meta["url"]))
        return response.content, str(meta.get("mime_type") or "image/jpeg")
