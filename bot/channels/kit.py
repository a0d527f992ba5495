"""What one channel gives the running bot: a :class:`ChannelKit`, made by the factory
its folder exposes (``bot/channels/<name>/kit.py: build_kit``) from a :class:`KitSetup`.

The composition root (:func:`bot.app.build_app`) takes kits and wires each part where
it belongs: the sender to delivery, the parser, acknowledger and preparer to the inbox
processor, the rate limits to the delivery pacers. Once the core runs, the runner gives
every kit a :class:`Runtime` for its web routes and its receiving loop.
"""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TextIO

from aiohttp import web
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.channels.base import InboxSink, MessageSender
from bot.channels.files import FileSources
from bot.config import Settings
from bot.pacing import RateLimits
from bot.processor import Acknowledger, Parser, Preparer
from storage.dead_letters import DeadLetter


def utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class KitSetup:
    """What a channel factory may read: the settings, the registry every channel adds
    its file source to, the clock, and the terminal (the console channel prints there)."""

    settings: Settings
    files: FileSources
    clock: Callable[[], datetime] = utc_now
    terminal: TextIO = sys.stdout


# Tells the supervisors about a dead letter, in the session that made it one
# (``DeliveryWorker.report_dead_letter``).
DeadLetterReporter = Callable[[AsyncSession, DeadLetter, datetime], None]


@dataclass(frozen=True)
class Runtime:
    """The running core as a channel sees it: where received updates go, whom to wake."""

    inbox: InboxSink
    sessions: async_sessionmaker[AsyncSession]
    on_stored: Callable[[], None]  # wakes the inbox processor
    on_queued: Callable[[], None]  # wakes the delivery worker
    report_dead: DeadLetterReporter
    clock: Callable[[], datetime]


async def _nothing() -> None:
    return None


@dataclass(frozen=True)
class ChannelKit:
    """One channel's parts. Only ``name``, ``sender`` and ``parse`` are required.

    - ``limits``: the platform's flood limits (``None``: unpaced);
    - ``hosts_staff``: agencies' staff groups can live here (see
      :func:`bot.channels.registry.staff_channel`);
    - ``bind``: called once the database exists, before anything is received;
    - ``routes``: the channel's webhooks on the bot's one web server;
    - ``receive``: runs until ``stop`` (long polling), next to the web server;
    - ``check``: asks the platform who we are (a wrong token fails here, at start);
      returns a name for the log;
    - ``address``: where the web server listens when ``ADUAN_WEB_PORT`` is unset;
    - ``close``: releases the channel's HTTP sessions.
    """

    name: str
    sender: MessageSender
    parse: Parser
    limits: RateLimits | None = None
    acknowledge: Acknowledger | None = None
    prepare: Preparer | None = None
    hosts_staff: bool = False
    bind: Callable[[Runtime], None] | None = None
    routes: Callable[[Runtime], Sequence[web.RouteDef]] | None = None
    receive: Callable[[Runtime, asyncio.Event], Awaitable[None]] | None = None
    check: Callable[[], Awaitable[str]] | None = None
    address: tuple[str, int] | None = None
    close: Callable[[], Awaitable[None]] = _nothing


KitFactory = Callable[[KitSetup], ChannelKit]
