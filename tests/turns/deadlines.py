"""The deadline jobs on the turn seam: what the sweeper process runs (the sweep, the
daily digest, the weekly summary) on a rig's database and clock, without the
scheduler's timing and leadership (``tests/sla`` covers those)."""

from __future__ import annotations

from datetime import datetime
from weakref import WeakKeyDictionary

from domain.messages import Channel
from handlers.deadlines.digest import Digests
from handlers.deadlines.sweep import Sweeper, SweepReport
from tests.sla.support import sla_messages
from tests.turns.rig import TurnRig


class Deadlines:
    def __init__(self, chat: TurnRig) -> None:
        services = chat.services
        self.chat = chat
        self.sweeper = Sweeper(
            chat.sessions, services.sla, services.agencies, services.staff_language
        )
        self.digests = Digests(
            chat.sessions, services.sla, services.agencies, services.staff_language, Channel.CONSOLE
        )
        self._adopted = False

    async def tick(self) -> SweepReport:
        """One sweep as the sweeping process does it (the first also gives open tickets
        without a deadline one), then what it owes is sent."""
        now = self.chat.clock()
        if not self._adopted:
            await self.sweeper.adopt_untimed(now)
            self._adopted = True
        report = await self.sweeper.sweep(now)
        await self.chat.settle()
        return report

    async def sweep_at(self, moment: datetime) -> list[tuple[str, str]]:
        """Sweep at ``moment``; return the deadline messages it added (purpose, chat)."""
        before = await sla_messages(self.chat)
        self.chat.clock.now = moment
        await self.tick()
        return (await sla_messages(self.chat))[len(before) :]

    async def daily_digest(self) -> bool:
        sent = await self.digests.daily(self.chat.clock())
        await self.chat.settle()
        return sent

    async def weekly_summary(self) -> int:
        sent = await self.digests.weekly(self.chat.clock())
        await self.chat.settle()
        return sent


_OF: WeakKeyDictionary[TurnRig, Deadlines] = WeakKeyDictionary()


def deadlines_of(chat: TurnRig) -> Deadlines:
    """The one sweeping process of ``chat``'s database (it adopts untimed tickets once)."""
    if chat not in _OF:
        _OF[chat] = Deadlines(chat)
    return _OF[chat]
