"""The loop shared by background workers: do a pass, and when a pass found nothing
to do, sleep until woken, stopped, or the idle interval ends."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable

log = logging.getLogger(__name__)


async def run_passes(
    one_pass: Callable[[], Awaitable[int]],
    stop: asyncio.Event,
    wakeup: asyncio.Event,
    idle_interval: float,
    name: str,
) -> None:
    """Call ``one_pass`` until ``stop`` is set. A pass that raises is logged and retried
    after the idle interval, so one bad pass never ends the worker."""
    while not stop.is_set():
        wakeup.clear()  # before the pass: a wake-up that comes during it is kept
        try:
            done = await one_pass()
        except Exception:
            log.exception("%s pass failed; retrying", name)
            done = 0
        if done:
            continue
        waiter = asyncio.create_task(wakeup.wait())
        stopper = asyncio.create_task(stop.wait())
        await asyncio.wait(
            {waiter, stopper}, timeout=idle_interval, return_when=asyncio.FIRST_COMPLETED
        )
        waiter.cancel()
        stopper.cancel()
