"""The deadline jobs on the turn seam: the scheduler's own jobs (the sweep with its
objection chase, the daily digest, the weekly summary) on a rig's database and clock,
called directly instead of on the scheduler's timer; ``tests/sla`` covers the timer
and two processes competing for the lead."""

from __future__ import annotations

from datetime import datetime
from weakref import WeakKeyDictionary

from bot.scheduler import SlaScheduler
from handlers.deadlines.sweep import SweepReport
from tests.sla.support import sla_messages
from tests.turns.rig import TurnRig


class Deadlines:
    def __init__(self, chat: TurnRig) -> None:
        assert chat.engine is not None
        services = chat.services
        self.chat = chat
        self.scheduler = SlaScheduler(
            chat.engine,
            chat.sessions,
            services.sla,
            services.agencies,
            chat.clock,
            staff_language=services.staff_language,
            channel=services.staff_channel,
        )
        self.sweeper = self.scheduler.sweeper
        chat.closers.append(self.scheduler.stop)  # gives a PostgreSQL lead back

    async def tick(self) -> SweepReport | None:
        """One tick of the sweeping process, then what it owes is sent."""
        report = await self.scheduler.tick()
        await self.chat.settle()
        return report

    async def sweep_at(self, moment: datetime) -> list[tuple[str, str]]:
        """Sweep at ``moment``; return the deadline messages it added (purpose, chat)."""
        before = await sla_messages(self.chat)
        self.chat.clock.now = moment
        await self.tick()
        return (await sla_messages(self.chat))[len(before) :]

    async def daily_digest(self) -> bool:
        sent = await self.scheduler.daily_digest()
        await self.chat.settle()
        return sent

    async def weekly_summary(self) -> int:
        sent = await self.scheduler.weekly_summary()
        await self.chat.settle()
        return sent


_OF: WeakKeyDictionary[TurnRig, Deadlines] = WeakKeyDictionary()


def deadlines_of(chat: TurnRig) -> Deadlines:
    """The one sweeping process of ``chat``'s database (it adopts untimed tickets once)."""
    if chat not in _OF:
        _OF[chat] = Deadlines(chat)
    return _OF[chat]
