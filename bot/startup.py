"""Failures of the world outside aduan, told in one line, and starting again after the
ones that heal.

A database that is not up yet, a network that is briefly down, a local Bot API server
still starting: ``aduan run`` waits for them with backoff, logging one line per attempt.
A rejected token, a database that does not exist, a password refused, a URL that is no
Bot API server: these never heal by waiting, so aduan stops with one line saying what
failed and what to check (never a traceback).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
import sqlite3
from collections.abc import Awaitable, Callable

import httpx
from aiogram.exceptions import (
    TelegramNetworkError,
    TelegramNotFound,
    TelegramServerError,
    TelegramUnauthorizedError,
)
from sqlalchemy.exc import SQLAlchemyError

log = logging.getLogger(__name__)

FIRST_DELAY = 2.0
MAX_DELAY = 60.0
# PostgreSQL answers these while it starts up or is full: they pass
_TRANSIENT_DATABASE = ("CannotConnectNowError", "TooManyConnectionsError")


def shown_url(url: str) -> str:
    """A database URL without its credentials, for messages."""
    return url.split("@")[-1]


class StartupFailure(Exception):
    """What failed, in one line, and what to check; it will not heal by waiting."""


def _causes(exc: BaseException) -> list[BaseException]:
    chain: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and current not in chain and len(chain) < 10:
        chain.append(current)
        current = current.__cause__ or current.__context__
    return chain


def first_line(exc: BaseException) -> str:
    """The exception's message without SQLAlchemy's "(Background on this error…)"."""
    text = str(exc).strip()
    lines = [line for line in text.splitlines() if line.strip()] or [type(exc).__name__]
    line = lines[0]
    if line.startswith("(") and ") " in line:  # "(sqlalchemy.dialects…Error) message"
        line = line.split(") ", 1)[1]
    return line[:300]


def is_transient(exc: BaseException) -> bool:
    """Whether waiting may cure it: a connection refused or lost, a name not resolved,
    a timeout, a server error; not a refusal of who we are or where we point."""
    for cause in _causes(exc):
        if isinstance(cause, TelegramUnauthorizedError | TelegramNotFound):
            return False
        if isinstance(cause, TelegramNetworkError | TelegramServerError | TimeoutError):
            return True
        if isinstance(cause, httpx.TransportError):
            return True
        if type(cause).__name__ in _TRANSIENT_DATABASE:
            return True
        if isinstance(cause, sqlite3.Error):
            return False
        if isinstance(cause, ConnectionError | OSError) and not isinstance(
            cause, FileNotFoundError | PermissionError
        ):
            return True
    return False


def describe(exc: BaseException, database: str) -> str | None:
    """One line: what failed, and what to check; ``None`` when ``exc`` is no failure of
    the outside world (a bug keeps its traceback). ``database``: the URL, no secrets."""
    for cause in _causes(exc):
        if isinstance(cause, TelegramUnauthorizedError):
            return "Telegram refused the bot token (401 Unauthorized): check ADUAN_TELEGRAM_TOKEN"
        if isinstance(cause, TelegramNotFound):
            return (
                "the Bot API answered 404 Not Found: check ADUAN_TELEGRAM_API_BASE "
                "(a Bot API server's base URL) and ADUAN_TELEGRAM_TOKEN"
            )
        if isinstance(cause, TelegramNetworkError | TelegramServerError):
            return f"cannot reach the Telegram Bot API: {first_line(cause)} (check the network)"
        if isinstance(cause, httpx.HTTPError):
            return f"cannot reach the WhatsApp Graph API: {first_line(cause)}"
    if any(isinstance(c, SQLAlchemyError | OSError | sqlite3.Error) for c in _causes(exc)):
        return (
            f"database {database}: {first_line(exc)} "
            "(check ADUAN_DATABASE_URL, and that the database server is up)"
        )
    return None


async def start_with_retries(
    start: Callable[[], Awaitable[None]],
    database: str,
    sleep: Callable[[float], Awaitable[None]] | None = None,
    first_delay: float = FIRST_DELAY,
    max_delay: float = MAX_DELAY,
    stop: asyncio.Event | None = None,
) -> None:
    """Run ``start`` until it returns (or ``stop`` is set); after a transient failure
    log one line and run it again after a growing delay (with jitter, capped at
    ``max_delay``). A failure that will not heal becomes a :class:`StartupFailure`."""
    stop = stop or asyncio.Event()
    sleep = sleep or _until(stop)
    attempt = 0
    while not stop.is_set():
        try:
            await start()
            return
        except Exception as exc:
            told = describe(exc, database)
            if told is None:
                raise
            if not is_transient(exc):
                raise StartupFailure(told) from exc
            attempt += 1
            ceiling = min(max_delay, first_delay * 2 ** (attempt - 1))
            delay = random.uniform(ceiling / 2, ceiling)
            log.warning("%s; trying again in %.0f s (attempt %d)", told, delay, attempt)
            await sleep(delay)


def _until(stop: asyncio.Event) -> Callable[[float], Awaitable[None]]:
    """A sleep that ends early when ``stop`` is set."""

    async def sleep(seconds: float) -> None:
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(stop.wait(), seconds)

    return sleep
