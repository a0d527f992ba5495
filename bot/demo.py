"""``aduan demo``: the real core (inbox, handlers, outbox, delivery, the scheduler's
deadline jobs, SQLite) behind a console channel. Interactive on a terminal; with piped
input it plays the lines as a script, handling each completely before reading the
next, and exits at end of input.

The demo runs on its own clock (:class:`bot.demo_clock.DemoClock`): ``:time +2d``
moves it forward and the deadline jobs catch up (:mod:`bot.demo_deadlines`)."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import sys
from typing import TextIO

from bot.app import App, build_app
from bot.channels.console import (
    ConsoleInput,
    ConsoleSender,
    Refusal,
    console_history,
    inbound_item,
    to_plain,
)
from bot.channels.files import FileSources
from bot.channels.kit import KitSetup
from bot.channels.registry import build_kits, close_kits
from bot.config import Settings
from bot.demo_clock import ClockError, DemoClock, latest_recorded, parse_step, remember
from bot.demo_deadlines import DemoDeadlines
from domain.i18n import Translator
from domain.messages import Channel
from domain.ppid.offices import load_ppid

log = logging.getLogger(__name__)


async def _settle(app: App) -> None:
    """Process everything pending and deliver everything due, until quiet."""
    for _ in range(50):
        handled = await app.processor.process_pending()
        sent = await app.delivery.deliver_due()
        if not handled and not sent:
            return


class DemoSession:
    """One demo run: what a typed line does, one line at a time (``lock``)."""

    def __init__(
        self, app: App, console: ConsoleInput, clock: DemoClock, out: TextIO, t: Translator
    ) -> None:
        assert app.scheduler is not None
        self.app, self.console, self.clock, self.out, self.t = app, console, clock, out, t
        self.deadlines = DemoDeadlines(app.scheduler, clock, app.sessions, lambda: _settle(app))
        self.lock = asyncio.Lock()

    def say(self, text: str) -> None:
        print(f"   ({text})\n", file=self.out, flush=True)

    def time_text(self) -> str:
        assert self.app.scheduler is not None
        now = self.clock().astimezone(self.app.scheduler.rules.zone)
        ahead = self.clock.offset
        hours = round(ahead.total_seconds() / 3600)
        when = f"{now:%d-%m-%Y %H:%M} {now.tzname()}"
        if hours:
            return to_plain(
                self.t("demo-clock-ahead", when=when, days=hours // 24, hours=hours % 24)
            )
        return to_plain(self.t("demo-clock", when=when))

    async def catch_up(self) -> None:
        """The deadline jobs due by now, and everything they cause, delivered."""
        await _settle(self.app)
        await self.deadlines.catch_up()
        await _settle(self.app)

    async def handle(self, line: str) -> None:
        stripped = line.strip()
        if stripped in (":help", ":h", ":bantuan"):
            print(to_plain(self.t("demo-help")) + "\n", file=self.out, flush=True)
            return
        if stripped == ":time" or stripped.startswith(":time "):
            await self._move_clock(stripped.removeprefix(":time").strip())
            return
        parsed = self.console.parse(line)
        if parsed is None:
            return
        if isinstance(parsed, Refusal):
            self.say(to_plain(self.t(parsed.key, **parsed.params)))
            return
        await self.app.inbox.store([inbound_item(parsed)])
        await self.catch_up()

    async def _move_clock(self, argument: str) -> None:
        if argument:
            try:
                moved = self.clock.advance(parse_step(argument))
            except ClockError as refused:
                self.say(to_plain(self.t(refused.key, typed=refused.typed)))
                return
            await remember(self.app.sessions, moved)
        self.say(self.time_text())
        await self.catch_up()

    async def tick_forever(self, seconds: float) -> None:
        """Interactive: the sweep keeps running while you think, as in ``aduan run``."""
        while True:
            await asyncio.sleep(seconds)
            async with self.lock:
                try:
                    await self.catch_up()
                except Exception:  # the next tick retries, as the scheduler's jobs do
                    log.exception("demo deadline tick failed")


async def _start(settings: Settings, app: App, clock: DemoClock, out: TextIO) -> DemoSession:
    [kit] = app.kits
    assert isinstance(kit.sender, ConsoleSender)
    history = await console_history(app.sessions)
    kit.sender.restore(history.last_number, history.last_buttons, history.buttons_message)
    clock.not_before(await latest_recorded(app.sessions))
    ppid = load_ppid(settings.agencies)
    superior = ppid.regency.superior_chat_id or next(iter(sorted(ppid.superior_chats())), None)
    console = ConsoleInput(app.agencies, kit.sender, superior)
    t = Translator(settings.default_language)
    session = DemoSession(app, console, clock, out, t)
    banner = t("demo-banner", regency=app.agencies.regency)
    print(to_plain(banner) + "\n", file=out, flush=True)
    if clock.offset:
        session.say(session.time_text())
    await session.catch_up()  # anything left from a previous run, deadlines due
    return session


async def _play(session: DemoSession, lines: TextIO, interactive: bool) -> None:
    loop = asyncio.get_running_loop()
    while True:
        if interactive:
            print("> ", end="", file=session.out, flush=True)
        line = await loop.run_in_executor(None, lines.readline)
        if not line:
            return
        if not interactive:
            print(f"> {line.rstrip()}", file=session.out, flush=True)
        if line.strip() in (":quit", ":q"):
            return
        async with session.lock:
            await session.handle(line)


async def run_demo(
    settings: Settings, lines: TextIO, out: TextIO, clock: DemoClock | None = None
) -> int:
    clock = clock or DemoClock()
    app: App | None = None
    interactive = lines.isatty()
    setup = KitSetup(settings, FileSources(), terminal=out)
    kits = await build_kits(setup, [Channel.CONSOLE.value])
    ticker: asyncio.Task[None] | None = None
    try:
        app = await build_app(settings, kits, clock=clock, files=setup.files)
        session = await _start(settings, app, clock, out)
        if interactive:
            ticker = asyncio.create_task(session.tick_forever(settings.sweep_seconds))
        await _play(session, lines, interactive)
        return 0
    finally:
        if ticker is not None:
            ticker.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await ticker
        if app is not None:
            await app.close()  # closes the kits
        else:
            await close_kits(kits)


def main(settings: Settings) -> int:
    return asyncio.run(run_demo(settings, sys.stdin, sys.stdout))
