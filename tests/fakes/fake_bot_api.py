"""A fake Telegram Bot API server on loopback, for driving a real aiogram ``Bot``.

It speaks HTTP as the Bot API does (``POST /bot<token>/<method>``, multipart, form or
JSON bodies, ``{"ok": ..., "result" | "error_code", "description", "parameters"}``),
validates what Telegram validates where our code can get it wrong (text and caption
length after HTML parsing, HTML well-formedness, ``callback_data`` size), and lets a
test inject the failures the adapters must survive::

    async with FakeBotApi() as api:
        bot = Bot(token, session=AiohttpSession(api=TelegramAPIServer.from_base(api.base_url)))
        api.user_message(42, "halo")
        ...
        record = await api.wait_for(lambda r: r.method == "sendMessage")

``api.sent`` holds one :class:`SentRecord` per call that makes or changes something
(send*, copy, edit*, answerCallbackQuery, createForumTopic); ``api.calls`` holds every
call, reads and ``getUpdates`` included, as ``(method, params)``.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from types import TracebackType
from typing import Any

from aiohttp import web

from tests.fakes import telegram_objects as obj
from tests.fakes.telegram_html import EntityParseError, parse_html, utf16_len

JSON_FIELDS = frozenset(
    {
        "reply_markup", "reply_parameters", "link_preview_options", "media",
        "allowed_updates", "entities", "caption_entities",
    }
)  # fmt: skip
INT_FIELDS = frozenset(
    {
        "chat_id", "from_chat_id", "message_id", "message_thread_id", "offset", "limit",
        "timeout", "reply_to_message_id", "cache_time", "icon_color",
    }
)  # fmt: skip
FLOAT_FIELDS = frozenset({"latitude", "longitude", "horizontal_accuracy"})

# Methods whose call is recorded in ``sent``.
_RECORDED = frozenset(
    {
        "sendmessage", "sendphoto", "sendmediagroup", "sendlocation", "senddocument",
        "copymessage", "editmessagetext", "editmessagereplymarkup", "answercallbackquery",
        "createforumtopic",
    }
)  # fmt: skip


@dataclass(frozen=True)
class SentRecord:
    """One recorded call. Ids are strings, as in the channel-neutral messages."""

    method: str
    chat_id: str | None
    text: str | None
    reply_markup: dict[str, Any] | None
    message_thread_id: str | None
    reply_to_message_id: str | None
    message_id: str | None
    params: Mapping[str, Any] = field(hash=False)
    message_ids: tuple[str, ...] = ()

    @property
    def buttons(self) -> list[list[tuple[str, str]]]:
        """Inline keyboard as rows of ``(label, callback_data)``."""
        if not self.reply_markup:
            return []
        return [
            [(b.get("text", ""), b.get("callback_data", "")) for b in row]
            for row in self.reply_markup.get("inline_keyboard", [])
        ]


@dataclass(frozen=True)
class FileUpload:
    filename: str
    content: bytes


class ApiError(Exception):
    def __init__(self, status: int, description: str, parameters: dict[str, Any] | None = None):
        super().__init__(description)
        self.status = status
        self.description = description
        self.parameters = parameters


@dataclass
class _Fault:
    status: int
    description: str
    retry_after: int | None


def _decode(key: str, value: Any) -> Any:
    if isinstance(value, str):
        if key in JSON_FIELDS:
            return json.loads(value)
        if key in INT_FIELDS:
            try:
                return int(value)
            except ValueError:
                return value  # "@channelusername"
        if key in FLOAT_FIELDS:
            return float(value)
        if value in ("true", "false"):
            return value == "true"
    return value


def _opt_str(value: Any) -> str | None:
    return None if value is None else str(value)


class FakeBotApi:
    """See the module docstring. Use as ``async with FakeBotApi() as api``."""

    def __init__(self, host: str = "127.0.0.1", port: int = 0) -> None:
        self._host = host
        self._port = port
        self._runner: web.AppRunner | None = None
        self.base_url = ""
        self.sent: list[SentRecord] = []
        self.calls: list[tuple[str, dict[str, Any]]] = []
        self._updates: list[dict[str, Any]] = []
        self._update_ids = itertools.count(1)
        self._callback_ids = itertools.count(1)
        self._file_ids = itertools.count(1)
        self._message_ids: dict[int | str, int] = {}
        self._chats: dict[int | str, dict[str, Any]] = {}
        self._faults: dict[str, list[_Fault]] = {}
        self._blocked: set[str] = set()
        self._migrated: dict[str, int] = {}
        self._allowed_updates: list[str] = []
        self._changed = asyncio.Condition()
        self._closing = False
        self._tasks: set[asyncio.Task[None]] = set()
        self._handlers: dict[str, Callable[[dict[str, Any]], Awaitable[Any]]] = {
            "getme": self._get_me,
            "getupdates": self._get_updates,
            "deletewebhook": self._true,
            "sendmessage": self._send_message,
            "sendphoto": self._send_photo,
            "sendmediagroup": self._send_media_group,
            "sendlocation": self._send_location,
            "senddocument": self._send_document,
            "copymessage": self._copy_message,
            "editmessagetext": self._edit_message_text,
            "editmessagereplymarkup": self._edit_reply_markup,
            "answercallbackquery": self._answer_callback,
            "createforumtopic": self._create_forum_topic,
            "getchat": self._get_chat,
            "getfile": self._get_file,
            "setwebhook": self._true,
        }
        self.files: dict[str, tuple[str, bytes]] = {}  # file_id -> (file_path, content)

    # -- lifecycle -------------------------------------------------------------------

    async def __aenter__(self) -> FakeBotApi:
        app = web.Application()
        app.router.add_route("*", "/bot{token}/{method}", self._handle)
        app.router.add_get("/file/bot{token}/{path:.+}", self._download)
        self._runner = web.AppRunner(app, shutdown_timeout=1.0)
        await self._runner.setup()
        site = web.TCPSite(self._runner, self._host, self._port)
        await site.start()
        port = self._runner.addresses[0][1]
        self.base_url = f"http://{self._host}:{port}"
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._closing = True
        await self._notify()
        if self._runner is not None:
            await self._runner.cleanup()

    # -- test controls ---------------------------------------------------------------

    def fail_next(
        self,
        method: str,
        status: int,
        description: str,
        retry_after: int | None = None,
        count: int = 1,
    ) -> None:
        """The next ``count`` calls of ``method`` fail with this status and description."""
        faults = self._faults.setdefault(method.lower(), [])
        faults.extend(_Fault(status, description, retry_after) for _ in range(count))

    def block_chat(self, chat_id: int | str) -> None:
        """Every call aimed at this chat answers 403, as when a user blocked the bot."""
        self._blocked.add(str(chat_id))

    def migrate_chat(self, old: int | str, new: int | str) -> None:
        """Calls aimed at ``old`` answer 400 with ``migrate_to_chat_id`` = ``new``."""
        self._migrated[str(old)] = int(new)

    def register_chat(
        self, chat_id: int, chat_type: str = "supergroup", title: str | None = None
    ) -> None:
        """Declare a chat's type (private, group, supergroup, forum) before using it."""
        self._chats[chat_id] = obj.chat(chat_id, chat_type, title)

    @property
    def pending_updates(self) -> list[dict[str, Any]]:
        """Updates not yet confirmed by a ``getUpdates`` offset."""
        return list(self._updates)

    async def wait_for(
        self,
        predicate: Callable[[SentRecord], bool],
        timeout: float = 5,  # noqa: ASYNC109 - a test helper's natural signature
    ) -> SentRecord:
        """The first recorded call matching ``predicate``, waiting for it if needed."""

        def found() -> SentRecord | None:
            return next((record for record in self.sent if predicate(record)), None)

        try:
            async with self._changed:
                await asyncio.wait_for(self._changed.wait_for(lambda: found() is not None), timeout)
        except TimeoutError:
            sent = [(r.method, r.chat_id, r.text) for r in self.sent]
            raise AssertionError(f"no matching call within {timeout}s; sent: {sent}") from None
        record = found()
        assert record is not None
        return record

    # -- pushing updates -------------------------------------------------------------

    def push_update(self, update: dict[str, Any]) -> dict[str, Any]:
        """Queue an update for ``getUpdates``; ``update_id`` is assigned when missing."""
        update = dict(update)
        update.setdefault("update_id", next(self._update_ids))
        self._updates.append(update)
        self._notify_soon()
        return update

    def user_message(
        self,
        chat_id: int,
        text: str,
        *,
        user_id: int | None = None,
        first_name: str = "Budi",
        last_name: str | None = None,
        username: str | None = None,
        language_code: str | None = "id",
        chat_type: str = "private",
        chat_title: str | None = None,
        reply_to: int | None = None,
        thread_id: int | None = None,
        edited: bool = False,
    ) -> dict[str, Any]:
        """A text message from a person; ``chat_type`` is private, group, supergroup or forum."""
        content: dict[str, Any] = {"text": text}
        if text.startswith("/"):
            length = len(text.split(" ", 1)[0])
            content["entities"] = [{"type": "bot_command", "offset": 0, "length": length}]
        return self._user_update(
            chat_id, content, user_id=user_id, first_name=first_name, last_name=last_name,
            username=username, language_code=language_code, chat_type=chat_type,
            chat_title=chat_title, reply_to=reply_to, thread_id=thread_id, edited=edited,
        )  # fmt: skip

    def user_location(
        self, chat_id: int, latitude: float, longitude: float, **kwargs: Any
    ) -> dict[str, Any]:
        content = {"location": {"latitude": latitude, "longitude": longitude}}
        return self._user_update(chat_id, content, **kwargs)

    def user_photo(
        self, chat_id: int, caption: str | None = None, file_id: str | None = None, **kwargs: Any
    ) -> dict[str, Any]:
        content: dict[str, Any] = {"photo": obj.photo_sizes(file_id or self._new_file_id())}
        if caption is not None:
            content["caption"] = caption
        return self._user_update(chat_id, content, **kwargs)

    def user_sticker(self, chat_id: int, emoji: str = "👍", **kwargs: Any) -> dict[str, Any]:
        file_id = self._new_file_id()
        content = {
            "sticker": {
                "file_id": file_id, "file_unique_id": f"u{file_id}", "type": "regular",
                "width": 512, "height": 512, "is_animated": False, "is_video": False,
                "emoji": emoji,
            }
        }  # fmt: skip
        return self._user_update(chat_id, content, **kwargs)

    def user_callback(
        self,
        chat_id: int,
        data: str,
        message_id: int | None = None,
        *,
        user_id: int | None = None,
        first_name: str = "Budi",
        language_code: str | None = "id",
        thread_id: int | None = None,
    ) -> dict[str, Any]:
        """A button press on a bot message (default: the last one sent to ``chat_id``)."""
        if message_id is None:
            message_id = self._last_bot_message_id(chat_id)
        message: dict[str, Any] = {
            "message_id": message_id,
            "date": obj.now(),
            "chat": self._chat(chat_id),
            "from": obj.BOT_USER,
            "text": "…",
        }
        if thread_id is not None:
            message["message_thread_id"] = thread_id
            message["is_topic_message"] = True
        sender = obj.user(user_id or chat_id, first_name, language_code=language_code)
        callback = {
            "id": str(next(self._callback_ids)),
            "from": sender,
            "message": message,
            "chat_instance": f"ci{chat_id}",
            "data": data,
        }
        return self.push_update({"callback_query": callback})

    def _user_update(
        self,
        chat_id: int,
        content: dict[str, Any],
        *,
        user_id: int | None = None,
        first_name: str = "Budi",
        last_name: str | None = None,
        username: str | None = None,
        language_code: str | None = "id",
        chat_type: str = "private",
        chat_title: str | None = None,
        reply_to: int | None = None,
        thread_id: int | None = None,
        edited: bool = False,
    ) -> dict[str, Any]:
        if chat_id not in self._chats or chat_title is not None:
            self._chats[chat_id] = obj.chat(chat_id, chat_type, chat_title, first_name)
        chat = self._chats[chat_id]
        message: dict[str, Any] = {
            "message_id": self._next_message_id(chat_id),
            "date": obj.now(),
            "chat": chat,
            "from": obj.user(user_id or chat_id, first_name, last_name, username, language_code),
            **content,
        }
        if thread_id is not None:
            message["message_thread_id"] = thread_id
            message["is_topic_message"] = True
        if reply_to is not None:
            message["reply_to_message"] = self._replied_message(chat_id, reply_to)
        elif thread_id is not None:
            # Telegram marks a plain message in a topic as a reply to the topic's start.
            message["reply_to_message"] = {
                "message_id": thread_id,
                "date": obj.now(),
                "chat": chat,
                "message_thread_id": thread_id,
                "forum_topic_created": {"name": "Topic", "icon_color": 7322096},
                "is_topic_message": True,
            }
        if edited:
            message["edit_date"] = obj.now()
        return self.push_update({"edited_message" if edited else "message": message})

    def _replied_message(self, chat_id: int, message_id: int) -> dict[str, Any]:
        for record in reversed(self.sent):
            if record.chat_id == str(chat_id) and str(message_id) in record.message_ids:
                return {
                    "message_id": message_id,
                    "date": obj.now(),
                    "chat": self._chat(chat_id),
                    "from": obj.BOT_USER,
                    "text": record.text or "",
                }
        return {"message_id": message_id, "date": obj.now(), "chat": self._chat(chat_id)}

    def _last_bot_message_id(self, chat_id: int) -> int:
        for record in reversed(self.sent):
            if record.chat_id == str(chat_id) and record.message_ids:
                return int(record.message_ids[-1])
        raise LookupError(f"no bot message in chat {chat_id}")

    # -- plumbing --------------------------------------------------------------------

    def _notify_soon(self) -> None:
        # Without a running loop there are no waiters: they check the queue when they start.
        with contextlib.suppress(RuntimeError):
            task = asyncio.get_running_loop().create_task(self._notify())
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)

    async def _notify(self) -> None:
        async with self._changed:
            self._changed.notify_all()

    def _new_file_id(self) -> str:
        return f"AgAC{next(self._file_ids):06d}"

    def _next_message_id(self, chat_id: int | str) -> int:
        self._message_ids[chat_id] = self._message_ids.get(chat_id, 0) + 1
        return self._message_ids[chat_id]

    def _chat(self, chat_id: int | str) -> dict[str, Any]:
        if chat_id not in self._chats:
            numeric = isinstance(chat_id, int)
            kind = "private" if numeric and int(chat_id) > 0 else "supergroup"
            self._chats[chat_id] = obj.chat(int(chat_id) if numeric else -1, kind)
        return self._chats[chat_id]

    async def _handle(self, request: web.Request) -> web.Response:
        method = request.match_info["method"].lower()
        params = await self._params(request)
        self.calls.append((request.match_info["method"], params))
        try:
            self._check_faults(method, params)
            handler = self._handlers.get(method)
            if handler is None:
                raise ApiError(404, "Not Found: method not found")
            result = await handler(params)
        except ApiError as error:
            body: dict[str, Any] = {
                "ok": False,
                "error_code": error.status,
                "description": error.description,
            }
            if error.parameters:
                body["parameters"] = error.parameters
            return web.json_response(body, status=error.status)
        return web.json_response({"ok": True, "result": result})

    async def _params(self, request: web.Request) -> dict[str, Any]:
        raw: dict[str, Any] = dict(request.query)
        if request.content_type == "application/json":
            raw.update(await request.json())
        elif request.can_read_body:
            form = await request.post()
            for key, value in form.items():
                if isinstance(value, web.FileField):
                    raw[key] = FileUpload(value.filename, value.file.read())
                else:
                    raw[key] = value
        return {key: _decode(key, value) for key, value in raw.items()}

    def _check_faults(self, method: str, params: dict[str, Any]) -> None:
        faults = self._faults.get(method)
        if faults:
            fault = faults.pop(0)
            parameters = {"retry_after": fault.retry_after} if fault.retry_after else None
            raise ApiError(fault.status, fault.description, parameters)
        chat_id = _opt_str(params.get("chat_id"))
        if chat_id in self._blocked:
            raise ApiError(403, "Forbidden: bot was blocked by the user")
        if chat_id in self._migrated:
            raise ApiError(
                400,
                "Bad Request: group chat was upgraded to a supergroup chat",
                {"migrate_to_chat_id": self._migrated[chat_id]},
            )

    async def _record(
        self,
        method: str,
        params: dict[str, Any],
        text: str | None,
        messages: list[dict[str, Any]],
        message_thread_id: Any = None,
    ) -> None:
        reply = params.get("reply_parameters") or {}
        reply_to = reply.get("message_id", params.get("reply_to_message_id"))
        ids = tuple(str(m["message_id"]) for m in messages)
        thread = (
            message_thread_id if message_thread_id is not None else params.get("message_thread_id")
        )
        self.sent.append(
            SentRecord(
                method=method,
                chat_id=_opt_str(params.get("chat_id")),
                text=text,
                reply_markup=params.get("reply_markup"),
                message_thread_id=_opt_str(thread),
                reply_to_message_id=_opt_str(reply_to),
                message_id=ids[0] if ids else None,
                params=params,
                message_ids=ids,
            )
        )
        await self._notify()

    # -- validation ------------------------------------------------------------------

    @staticmethod
    def _visible(text: str, parse_mode: Any) -> str:
        if str(parse_mode or "").upper() != "HTML":
            return text
        try:
            return parse_html(text)
        except EntityParseError as error:
            raise ApiError(400, f"Bad Request: can't parse entities: {error}") from None

    def _check_text(self, params: dict[str, Any]) -> tuple[str, str]:
        """The text as sent and as shown (entities parsed once)."""
        text = params.get("text")
        if not isinstance(text, str):
            raise ApiError(400, "Bad Request: message text is empty")
        visible = self._visible(text, params.get("parse_mode"))
        if not visible.strip():
            raise ApiError(400, "Bad Request: message text is empty")
        if utf16_len(visible) > 4096:
            raise ApiError(400, "Bad Request: message is too long")
        self._check_markup(params)
        return text, visible

    def _check_caption(self, caption: Any, parse_mode: Any) -> str | None:
        if caption is None:
            return None
        visible = self._visible(str(caption), parse_mode)
        if utf16_len(visible) > 1024:
            raise ApiError(400, "Bad Request: message caption is too long")
        return str(caption)

    @staticmethod
    def _check_markup(params: dict[str, Any]) -> None:
        if not obj.inline_keyboard_ok(params.get("reply_markup")):
            raise ApiError(400, "Bad Request: BUTTON_DATA_INVALID")

    def _check_reply(self, params: dict[str, Any]) -> None:
        reply = params.get("reply_parameters") or {}
        target = reply.get("message_id")
        if target is None or reply.get("allow_sending_without_reply"):
            return
        if int(target) > self._message_ids.get(params["chat_id"], 0):
            raise ApiError(400, "Bad Request: message to be replied not found")

    # -- result objects --------------------------------------------------------------

    def _message(self, params: dict[str, Any], **content: Any) -> dict[str, Any]:
        chat_id = params["chat_id"]
        message: dict[str, Any] = {
            "message_id": self._next_message_id(chat_id),
            "date": obj.now(),
            "chat": self._chat(chat_id),
            "from": obj.BOT_USER,
        }
        message.update({key: value for key, value in content.items() if value is not None})
        if params.get("message_thread_id") is not None:
            message["message_thread_id"] = params["message_thread_id"]
            message["is_topic_message"] = True
        reply = params.get("reply_parameters") or {}
        target = reply.get("message_id")
        if target is not None and int(target) <= self._message_ids.get(chat_id, 0):
            message["reply_to_message"] = {
                "message_id": int(target),
                "date": obj.now(),
                "chat": self._chat(chat_id),
            }
        return message

    def _media_file_id(self, value: Any, params: dict[str, Any]) -> str:
        if isinstance(value, str) and value.startswith("attach://"):
            if not isinstance(params.get(value.removeprefix("attach://")), FileUpload):
                raise ApiError(400, "Bad Request: wrong file identifier/HTTP URL specified")
            return self._new_file_id()
        if isinstance(value, FileUpload):
            return self._new_file_id()
        if not value:
            raise ApiError(400, "Bad Request: there is no photo in the request")
        return str(value)

    # -- methods ---------------------------------------------------------------------

    async def _true(self, params: dict[str, Any]) -> bool:
        return True

    async def _get_me(self, params: dict[str, Any]) -> dict[str, Any]:
        return obj.BOT_USER

    async def _get_updates(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        offset = params.get("offset")
        if isinstance(offset, int) and offset > 0:
            self._updates = [u for u in self._updates if u["update_id"] >= offset]
        if params.get("allowed_updates") is not None:
            self._allowed_updates = list(params["allowed_updates"])
        limit = int(params.get("limit") or 100)
        timeout = float(params.get("timeout") or 0)
        if not self._deliverable() and timeout > 0:
            async with self._changed:
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(
                        self._changed.wait_for(lambda: self._closing or bool(self._deliverable())),
                        timeout,
                    )
        return self._deliverable()[:limit]

    def _deliverable(self) -> list[dict[str, Any]]:
        """Queued updates of allowed types; others are dropped, as Telegram would."""
        if self._allowed_updates:
            allowed = set(self._allowed_updates)
            self._updates = [u for u in self._updates if allowed & (u.keys() - {"update_id"})]
        return list(self._updates)

    async def _send_message(self, params: dict[str, Any]) -> dict[str, Any]:
        text, visible = self._check_text(params)
        self._check_reply(params)
        message = self._message(params, text=visible)
        if params.get("reply_markup"):
            message["reply_markup"] = params["reply_markup"]
        await self._record("sendMessage", params, text, [message])
        return message

    async def _send_photo(self, params: dict[str, Any]) -> dict[str, Any]:
        caption = self._check_caption(params.get("caption"), params.get("parse_mode"))
        self._check_markup(params)
        self._check_reply(params)
        file_id = self._media_file_id(params.get("photo"), params)
        message = self._message(params, photo=obj.photo_sizes(file_id), caption=caption)
        await self._record("sendPhoto", params, caption, [message])
        return message

    async def _send_media_group(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        media = params.get("media")
        if not isinstance(media, list) or not 2 <= len(media) <= 10:
            raise ApiError(400, "Bad Request: wrong number of media in the album")
        self._check_reply(params)
        group_id = str(next(self._file_ids))
        messages = []
        for item in media:
            caption = self._check_caption(item.get("caption"), item.get("parse_mode"))
            file_id = self._media_file_id(item.get("media"), params)
            messages.append(
                self._message(
                    params, photo=obj.photo_sizes(file_id), caption=caption, media_group_id=group_id
                )
            )
        await self._record("sendMediaGroup", params, media[0].get("caption"), messages)
        return messages

    async def _send_location(self, params: dict[str, Any]) -> dict[str, Any]:
        latitude, longitude = params.get("latitude"), params.get("longitude")
        if not isinstance(latitude, float) or not isinstance(longitude, float):
            raise ApiError(400, "Bad Request: wrong latitude or longitude")
        self._check_reply(params)
        location = {"latitude": latitude, "longitude": longitude}
        message = self._message(params, location=location)
        await self._record("sendLocation", params, None, [message])
        return message

    async def _send_document(self, params: dict[str, Any]) -> dict[str, Any]:
        caption = self._check_caption(params.get("caption"), params.get("parse_mode"))
        self._check_reply(params)
        document = params.get("document")
        file_id = self._media_file_id(document, params)
        name = "document"
        if isinstance(document, str) and document.startswith("attach://"):
            upload = params[document.removeprefix("attach://")]
            name = upload.filename
        doc = {"file_id": file_id, "file_unique_id": f"u{file_id}", "file_name": name}
        message = self._message(params, document=doc, caption=caption)
        await self._record("sendDocument", params, caption, [message])
        return message

    async def _copy_message(self, params: dict[str, Any]) -> dict[str, Any]:
        self._check_caption(params.get("caption"), params.get("parse_mode"))
        self._check_markup(params)
        message = self._message(params)
        await self._record("copyMessage", params, params.get("caption"), [message])
        return {"message_id": message["message_id"]}

    async def _edit_message_text(self, params: dict[str, Any]) -> dict[str, Any]:
        text, visible = self._check_text(params)
        message = self._edited(params, text=visible)
        await self._record("editMessageText", params, text, [message])
        return message

    async def _edit_reply_markup(self, params: dict[str, Any]) -> dict[str, Any]:
        self._check_markup(params)
        message = self._edited(params, text="…")
        await self._record("editMessageReplyMarkup", params, None, [message])
        return message

    def _edited(self, params: dict[str, Any], **content: Any) -> dict[str, Any]:
        chat_id, message_id = params.get("chat_id"), params.get("message_id")
        if chat_id is None or message_id is None:
            raise ApiError(400, "Bad Request: message identifier is not specified")
        if int(message_id) > self._message_ids.get(chat_id, 0):
            raise ApiError(400, "Bad Request: message to edit not found")
        message = {
            "message_id": int(message_id),
            "date": obj.now(),
            "edit_date": obj.now(),
            "chat": self._chat(chat_id),
            "from": obj.BOT_USER,
            **content,
        }
        if params.get("reply_markup"):
            message["reply_markup"] = params["reply_markup"]
        return message

    async def _answer_callback(self, params: dict[str, Any]) -> bool:
        if not params.get("callback_query_id"):
            raise ApiError(400, "Bad Request: query is too old and response timeout expired")
        text = params.get("text")
        if text is not None and len(str(text)) > 200:
            raise ApiError(400, "Bad Request: MESSAGE_TOO_LONG")
        await self._record("answerCallbackQuery", params, text, [])
        return True

    async def _create_forum_topic(self, params: dict[str, Any]) -> dict[str, Any]:
        name = str(params.get("name") or "")
        if not 1 <= len(name) <= 128:
            raise ApiError(400, "Bad Request: TOPIC_TITLE_EMPTY")
        chat_id = params["chat_id"]
        if not self._chat(chat_id).get("is_forum"):
            raise ApiError(400, "Bad Request: the chat is not a forum")
        thread_id = self._next_message_id(chat_id)
        topic = {"message_thread_id": thread_id, "name": name, "icon_color": 7322096}
        message = {"message_id": thread_id}
        await self._record("createForumTopic", params, name, [message], message_thread_id=thread_id)
        return topic

    async def _get_chat(self, params: dict[str, Any]) -> dict[str, Any]:
        return obj.chat_full_info(self._chat(params["chat_id"]))

    async def _get_file(self, params: dict[str, Any]) -> dict[str, Any]:
        file_id = str(params.get("file_id") or "")
        if not file_id:
            raise ApiError(400, "Bad Request: invalid file_id")
        path, content = self.files.get(file_id, (f"photos/{file_id}.jpg", b""))
        return {
            "file_id": file_id,
            "file_unique_id": f"u{file_id}",
            "file_size": len(content) or 12345,
            "file_path": path,
        }

    # -- file downloads (``/file/bot<token>/<file_path>``) ---------------------------

    def add_file(self, file_id: str, file_path: str, content: bytes) -> None:
        """Make ``getFile`` and the download serve ``content`` for ``file_id``."""
        self.files[file_id] = (file_path, content)

    @staticmethod
    def file_content(file_path: str) -> bytes:
        """What the download of a file nobody registered returns."""
        return b"\xff\xd8\xff\xe0TG:" + file_path.encode()

    async def _download(self, request: web.Request) -> web.Response:
        path = request.match_info["path"]
        self.calls.append(("download", {"file_path": path}))
        for file_path, content in self.files.values():
            if file_path == path:
                return web.Response(body=content)
        if path.startswith("photos/"):
            return web.Response(body=self.file_content(path), content_type="image/jpeg")
        return web.Response(status=404, text="Not Found")
