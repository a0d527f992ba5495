"""Every public request passes here: its API key (when it gives one) is checked, its
rate limit taken (per key, else per address; 429 with Retry-After), and a GET is
answered from the brief cache when it can be."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from urllib.parse import urlencode

from aiohttp import web
from sqlalchemy.exc import OperationalError

from bot.web.public.context import PublicContext
from bot.web.public.limits import client_address, retry_after

log = logging.getLogger(__name__)
Handler = Callable[[web.Request], Awaitable[web.Response]]
ErrorMaker = Callable[[int, str], web.Response]


def cache_key(request: web.Request) -> str:
    query = sorted((k, v) for k, v in request.query.items() if k != "api_key")
    return f"{request.path}?{urlencode(query)}"


def guarded(
    ctx: PublicContext, handler: Handler, error: ErrorMaker, cacheable: bool = True
) -> Handler:
    async def handle(request: web.Request) -> web.Response:
        key = request.query.get("api_key", "").strip() if request.method == "GET" else ""
        if key:
            client = await ctx.client_for(key)
            if client is None:
                return error(403, "api_key is not valid (unknown or revoked)")
            wait = ctx.key_limiter.take(f"key:{client}")
        else:
            wait = ctx.address_limiter.take(f"ip:{client_address(request)}")
        if wait > 0:
            response = error(429, "too many requests: slow down and retry later")
            response.headers["Retry-After"] = retry_after(wait)
            return response
        use_cache = cacheable and request.method == "GET"
        cached = ctx.cache.get(cache_key(request)) if use_cache else None
        if cached is not None:
            return _with_cache_header(
                ctx,
                web.Response(
                    body=cached.body, status=cached.status, content_type=cached.content_type,
                    charset="utf-8",
                ),
            )  # fmt: skip
        try:
            response = await handler(request)
        except (OperationalError, TimeoutError):  # the database is busy or away: retry
            log.warning("public %s: database unavailable", request.path, exc_info=True)
            response = error(503, "the service is busy; retry shortly")
            response.headers["Retry-After"] = "5"
            return response
        if use_cache and response.status == 200 and isinstance(response.body, bytes):
            ctx.cache.put(cache_key(request), response.body, response.content_type)
        return _with_cache_header(ctx, response) if use_cache else response

    return handle


def _with_cache_header(ctx: PublicContext, response: web.Response) -> web.Response:
    if response.status == 200:
        response.headers["Cache-Control"] = f"public, max-age={int(ctx.cache.seconds)}"
    return response
