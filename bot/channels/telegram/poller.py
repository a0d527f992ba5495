"""Long polling: fetch updates from Telegram and store them in the inbox.

Telegram keeps an update until a later ``getUpdates`` call passes an ``offset`` above
its id. The poller therefore advances the offset only after the inbox has stored the
batch durably: if the process dies in between, the next poller fetches the same
updates again and the inbox ignores the ones it already has (same key). Nothing is
persisted here; a fresh poller starts with no offset and gets every unconfirmed update.

Only one poller per token may run (a second one gets 409 Conflict); several processes
must use a webhook instead.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

from aiogram import Bot
from aiogram.exceptions import (
    ClientDecodeError,
    TelegramConflictError,
    TelegramNetworkError,
    TelegramRetryAfter,
    TelegramServerError,
)
from aiogram.types import Update
from pydantic import ValidationError

from bot.channels.base import InboxSink
from bot.channels.telegram.inbound import UpdateParser, raw_inbound_item, to_inbound_item
from domain.inbound import InboundItem

log = logging.getLogger(__name__)

ALLOWED_UPDATES = ["message", "edited_message", "callback_query", "my_chat_member"]
BACKOFF_START = 1.0
BACKOFF_CAP = 30.0
# The HTTP request must outlive the long poll it asks the server to hold.
REQUEST_TIMEOUT_MARGIN = 10

_T = TypeVar("_T")

_RETRYABLE = (TelegramNetworkError, TelegramServerError, ClientDecodeError, TimeoutError)


class _Stopped(Exception):
    """The stop event was set while waiting."""


class Backoff:
    """Exponential backoff with full jitter, capped."""

    def __init__(self, start: float = BACKOFF_START, cap: float = BACKOFF_CAP) -> None:
        self._start = start
        self._cap = cap
        self._attempt = 0

    def reset(self) -> None:
        self._attempt = 0

    def fresh(self) -> Backoff:
        """A new backoff with the same settings, to count another kind of failure."""
        return Backoff(self._start, self._cap)

    def next_delay(self) -> float:
        ceiling = min(self._cap, self._start * 2**self._attempt)
        self._attempt += 1
        return random.uniform(ceiling / 2, ceiling)


class TelegramPoller:
    """Runs ``getUpdates`` in a loop until ``stop`` is set.

    ``on_stored`` is called after every batch that was stored, e.g. to wake the inbox
    worker without waiting for its next tick.
    """

    def __init__(
        self,
        bot: Bot,
        inbox: InboxSink,
        timeout: int = 25,
        on_stored: Callable[[], None] | None = None,
        backoff: Backoff | None = None,
        parser: UpdateParser | None = None,
    ) -> None:
        self._bot = bot
        self._inbox = inbox
        self._timeout = timeout
        self._on_stored = on_stored
        self._backoff = backoff or Backoff()
        # Separate, so that a database outage backs off even though polls succeed.
        self._store_backoff = self._backoff.fresh()
        self._offset: int | None = None
        self._parser = parser  # told what each polled update says, to skip a re-read

    async def run(self, stop: asyncio.Event) -> None:
        """Poll until ``stop`` is set; returns promptly once it is (the poll in flight
        is cancelled). A rejected token (401) is raised: it never heals by itself."""
        with contextlib.suppress(_Stopped):
            await self._until_done(stop, "deleteWebhook", self._delete_webhook)
            while not stop.is_set():
                batch = await self._until_done(stop, "getUpdates", self._get_updates)
                if batch:
                    await self._store(stop, batch)

    async def _delete_webhook(self) -> bool:
        return await self._bot.delete_webhook(drop_pending_updates=False)

    async def _get_updates(self) -> list[tuple[int, InboundItem]]:
        try:
            updates = await self._bot.get_updates(
                offset=self._offset,
                timeout=self._timeout,
                allowed_updates=ALLOWED_UPDATES,
                request_timeout=self._timeout + REQUEST_TIMEOUT_MARGIN,
            )
        except ClientDecodeError as error:
            batch = self._salvage(error.data)
            if batch is None:
                raise
            return batch
        return [(update.update_id, self._item(update)) for update in updates]

    def _item(self, update: Update) -> InboundItem:
        item = to_inbound_item(update)
        if self._parser is not None:
            self._parser.remember(item, update)
        return item

    def _salvage(self, data: Any) -> list[tuple[int, InboundItem]] | None:
        """Items from a batch aiogram could not read as a whole.

        One update of a shape this aiogram does not know would otherwise fail every
        poll forever: the readable ones are stored normally, the others raw.
        """
        if not isinstance(data, dict) or data.get("ok") is not True:
            return None
        raw_updates = data.get("result")
        if not isinstance(raw_updates, list) or not all(
            isinstance(raw, dict) and isinstance(raw.get("update_id"), int) for raw in raw_updates
        ):
            return None
        batch = []
        for raw in raw_updates:
            try:
                update = Update.model_validate(raw, context={"bot": self._bot})
            except ValidationError:
                log.warning("update %s is unreadable; stored raw", raw["update_id"])
                batch.append((raw["update_id"], raw_inbound_item(raw)))
            else:
                batch.append((update.update_id, self._item(update)))
        return batch

    async def _store(self, stop: asyncio.Event, batch: list[tuple[int, InboundItem]]) -> None:
        """Store the batch, then move the offset past it so the next poll confirms it.

        On failure the offset stays: the next poll fetches the same updates again.
        The store is not cancelled on stop; a short transaction had better finish.
        """
        try:
            stored = await self._inbox.store([item for _, item in batch])
        except Exception:
            log.exception("inbox store failed; the updates will be fetched again")
            await _sleep(stop, self._store_backoff.next_delay())
            return
        self._store_backoff.reset()
        self._offset = max(update_id for update_id, _ in batch) + 1
        log.debug("stored %d new of %d updates, next offset %d", stored, len(batch), self._offset)
        if self._on_stored is not None:
            self._on_stored()

    async def _until_done(
        self,
        stop: asyncio.Event,
        what: str,
        step: Callable[[], Awaitable[_T]],
    ) -> _T:
        """Run a Bot API call until it succeeds, backing off after transient failures;
        raise :class:`_Stopped` (cancelling the call) when ``stop`` is set."""
        while True:
            try:
                result = await _unless_stopped(stop, step())
            except TelegramRetryAfter as error:
                log.warning("%s: flood control, waiting %s s", what, error.retry_after)
                await _sleep(stop, float(error.retry_after))
                continue
            except TelegramConflictError as error:
                log.error(
                    "%s: another process polls this bot token (%s); only one may run",
                    what,
                    error.message,
                )
            except _RETRYABLE as error:
                log.warning("%s failed: %s", what, error)
            else:
                self._backoff.reset()
                return result
            await _sleep(stop, self._backoff.next_delay())


async def _unless_stopped(stop: asyncio.Event, work: Awaitable[_T]) -> _T:
    """Await ``work``; if ``stop`` is set first, cancel it and raise :class:`_Stopped`."""
    task = asyncio.ensure_future(work)
    stopper = asyncio.ensure_future(stop.wait())
    try:
        await asyncio.wait({task, stopper}, return_when=asyncio.FIRST_COMPLETED)
    finally:
        stopper.cancel()
        if not task.done():
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
    if task.cancelled():
        raise _Stopped
    return task.result()


async def _sleep(stop: asyncio.Event, seconds: float) -> None:
    """Sleep, waking early (with :class:`_Stopped`) when ``stop`` is set."""
    try:
        await asyncio.wait_for(stop.wait(), timeout=seconds)
    except TimeoutError:
        return
    raise _Stopped
