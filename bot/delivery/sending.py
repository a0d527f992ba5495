"""Sending one message: wait for its turn under the flood limits, send it, and hand what
happened to :class:`bot.delivery.outcomes.Outcomes`.

A :class:`bot.pacing.Pacer` per channel books every send against the limits of the bot
as a whole, of the chat and of its kind; a 429's ``retry_after`` holds the chat for as
long as asked. The send happens outside any transaction.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Mapping

from bot.channels.base import (
    ChatMigratedError,
    ChatUnreachableError,
    MessageSender,
    PermanentSendError,
    TransientSendError,
)
from bot.delivery import payload
from bot.delivery.outcomes import Outcomes
from bot.pacing import Pacer
from domain.messages import OutgoingMessage
from storage.outbox import DueMessage

log = logging.getLogger("bot.delivery")


class PacedSender:
    def __init__(
        self,
        senders: Mapping[str, MessageSender],
        pacers: Mapping[str, Pacer],
        outcomes: Outcomes,
        monotonic: Callable[[], float],
    ) -> None:
        self._senders = senders
        self._pacers = pacers
        self._outcomes = outcomes
        self._monotonic = monotonic
        self._gates: dict[str, asyncio.Lock] = {}

    async def deliver(self, item: DueMessage, message: OutgoingMessage | None = None) -> None:
        """Wait for the chat's turn, then for the bot's (one at a time, in order, on the
        actual clock: a late wake-up delays the next sends, never bunches them), send.
        ``message``: the row's payload, already read."""
        pacer = self._pacers.get(item.channel)
        try:
            if pacer is not None:
                cost = payload.cost(message if message is not None else payload.read(item))
                await self._sleep_until(pacer.chat_ready(item.chat_id))
                gate = self._gates.setdefault(item.channel, asyncio.Lock())
                async with gate:
                    await self._sleep_until(pacer.overall_ready())
                    await self._sleep_until(pacer.chat_ready(item.chat_id))
                    pacer.record(item.chat_id, self._monotonic(), cost)
            await self._send(item, message)
        except Exception:
            log.exception("message %s to %s: recording the outcome failed", item.id, item.chat_id)

    async def _send(self, item: DueMessage, message: OutgoingMessage | None) -> None:
        """Send ``item`` and record the outcome."""
        sender = self._senders.get(item.channel)
        if sender is None:
            await self._outcomes.give_up(item, f"no sender for {item.channel}")
            return
        if message is None:
            try:
                message = OutgoingMessage.from_json(item.payload)
            except Exception as exc:  # a damaged row: no send can mend it
                await self._outcomes.give_up(item, f"unreadable payload: {exc!r}")
                return
        try:
            result = await sender.send(message)
        except ChatMigratedError as exc:
            await self._outcomes.migrated(item, exc.new_chat_id)
        except ChatUnreachableError as exc:
            await self._outcomes.unreachable(item, str(exc))
        except PermanentSendError as exc:
            await self._outcomes.give_up(item, str(exc))
        except TransientSendError as exc:
            await self._retry(item, str(exc), exc.retry_after)
        except Exception as exc:  # an unexpected fault must not drop the message
            await self._retry(item, repr(exc), None, traceback=True)
        else:
            await self._outcomes.sent(item, message, result)

    async def _retry(
        self, item: DueMessage, error: str, retry_after: float | None, traceback: bool = False
    ) -> None:
        again = await self._outcomes.retry(item, error, retry_after, traceback)
        pacer = self._pacers.get(item.channel)
        if again and retry_after and pacer is not None:
            pacer.hold(item.chat_id, self._monotonic() + retry_after)

    async def _sleep_until(self, when: float) -> None:
        wait = when - self._monotonic()
        if wait > 0:
            await asyncio.sleep(wait)
