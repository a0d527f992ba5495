"""aiogram's aiohttp session with two savings on the hot path.

- A method that brings its own JSON body (:class:`JsonBodyMethod`, e.g. the sender's
  ``sendMessage``) is posted as that body (``application/json``, which the Bot API
  accepts like a form) instead of being dumped field by field into an aiohttp
  ``FormData``, whose constructor alone builds a multipart writer with a random
  boundary for every request.
- aiogram reads every answer as ``Response[T]``. pydantic keeps parametrized models in
  a weak cache, so once the garbage collector has freed ``Response[T]`` the next answer
  builds the class again (a schema build, about a millisecond). The session keeps each
  ``Response[T]`` it used alive.

Everything else (URL, timeouts, error mapping, middlewares) is aiogram's own.
"""

from __future__ import annotations

from typing import Any, Protocol, runtime_checkable

from aiogram import Bot
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.methods import Response, TelegramMethod
from aiogram.methods.base import TelegramType
from aiohttp import FormData
from aiohttp.payload import BytesPayload


@runtime_checkable
class JsonBodyMethod(Protocol):
    """A Telegram method that encodes its own request body as JSON."""

    def json_body(self) -> bytes: ...


class LeanAiohttpSession(AiohttpSession):
    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._response_models: dict[Any, type[Any]] = {}

    def build_form_data(  # type: ignore[override]  # aiohttp takes any payload as data
        self, bot: Bot, method: TelegramMethod[TelegramType]
    ) -> FormData | BytesPayload:
        if isinstance(method, JsonBodyMethod):
            return BytesPayload(method.json_body(), content_type="application/json")
        return super().build_form_data(bot, method)

    def check_response(
        self,
        bot: Bot,
        method: TelegramMethod[TelegramType],
        status_code: int,
        content: str,
    ) -> Response[TelegramType]:
        returning = method.__returning__
        if returning not in self._response_models:
            self._response_models[returning] = Response[returning]  # type: ignore[valid-type]
        return super().check_response(bot, method, status_code, content)
