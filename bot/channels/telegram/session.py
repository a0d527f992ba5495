"""aiogram's aiohttp session with savings on the hot path.

- A method that brings its own JSON body (a :class:`JsonBodyMethod`, e.g. the sender's
  ``sendMessage``) is posted as that body (``application/json``, which the Bot API
  accepts like a form) instead of being dumped field by field into an aiohttp
  ``FormData``, whose constructor alone builds a multipart writer with a random
  boundary for every request; a successful answer to it is read by the method itself
  (:meth:`JsonBodyMethod.read_result`) instead of validating the whole answer.
  Anything else (an error, an answer it cannot read) goes through aiogram's own
  checks, so errors are raised exactly as aiogram raises them.
- aiogram reads every answer as ``Response[T]``. pydantic keeps parametrized models in
  a weak cache, so once the garbage collector has freed ``Response[T]`` the next answer
  builds the class again (a schema build, about a millisecond). The session keeps each
  ``Response[T]`` it used alive.

Everything else (URL, timeouts, middlewares) is aiogram's own.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from http import HTTPStatus
from typing import Any

from aiogram import Bot
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.methods import Response, TelegramMethod
from aiogram.methods.base import TelegramType
from aiohttp import FormData
from aiohttp.payload import BytesPayload


class JsonBodyMethod(ABC):
    """Mixin for a Telegram method that encodes its own request body as JSON and reads
    its own successful result."""

    @abstractmethod
    def json_body(self) -> bytes: ...

    @abstractmethod
    def read_result(self, result: Any) -> Any:
        """The method's result from the ``result`` of a successful answer; raise when
        it is not what was expected (aiogram then checks the answer itself)."""


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
        model = self._response_models.get(returning)
        if model is None:
            model = self._response_models[returning] = Response[returning]  # type: ignore[valid-type]
        if isinstance(method, JsonBodyMethod) and status_code == HTTPStatus.OK:
            try:
                answer = self.json_loads(content)
                if answer["ok"] is True:
                    result = method.read_result(answer["result"])
                    return model.model_construct(ok=True, result=result)
            except Exception:  # aiogram's own checks below decide what this is
                pass
        return super().check_response(bot, method, status_code, content)
