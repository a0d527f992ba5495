"""``aduan demo``: the real core (inbox, handlers, outbox, delivery, SQLite) behind a
console channel. Interactive on a terminal; with piped input it plays the lines as a
script, handling each completely before reading the next, and exits at end of input."""

from __future__ import annotations

import asyncio
import sys
from typing import TextIO

from bot.app import App, build_app
from bot.channels.console import ConsoleInput, ConsoleSender, inbound_item
from bot.channels.files import FileSources
from bot.channels.kit import KitSetup
from bot.channels.registry import build_kits, close_kits
from bot.config import Settings
from domain.messages import Channel

BANNER = """aduan demo — {regency}
Ketik pesan sebagai warga (coba: /start, "syarat bikin kk", /lapor jalan rusak ...).
#N menekan tombol N · :loc LAT LON · :photo [keterangan] · :admin KODE TEKS · :quit
"""


async def _settle(app: App) -> None:
    """Process everything pending and deliver everything due, until quiet."""
    for _ in range(50):
        handled = await app.processor.process_pending()
        sent = await app.delivery.deliver_due()
        if not handled and not sent:
            return


async def run_demo(settings: Settings, lines: TextIO, out: TextIO) -> int:
    app: App | None = None
    interactive = lines.isatty()
    setup = KitSetup(settings, FileSources(), terminal=out)
    kits = await build_kits(setup, [Channel.CONSOLE.value])
    try:
        app = await build_app(settings, kits, files=setup.files)
        [kit] = kits
        assert isinstance(kit.sender, ConsoleSender)
        console = ConsoleInput(app.agencies, kit.sender)
        print(BANNER.format(regency=app.agencies.regency), file=out, flush=True)
        await _settle(app)  # anything left from a previous run
        loop = asyncio.get_running_loop()
        while True:
            if interactive:
                print("> ", end="", file=out, flush=True)
            line = await loop.run_in_executor(None, lines.readline)
            if not line:
                break
            if not interactive:
                print(f"> {line.rstrip()}", file=out, flush=True)
            if line.strip() in (":quit", ":q"):
                break
            parsed = console.parse(line)
            if parsed is None:
                continue
            if isinstance(parsed, str):
                print(f"   ({parsed})\n", file=out, flush=True)
                continue
            await app.inbox.store([inbound_item(parsed)])
            await _settle(app)
        return 0
    finally:
        if app is not None:
            await app.close()  # closes the kits
        else:
            await close_kits(kits)


def main(settings: Settings) -> int:
    return asyncio.run(run_demo(settings, sys.stdin, sys.stdout))
