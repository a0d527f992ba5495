"""Agencies whose objections would reach no PPID superior: the supervisors are told by
the first sweep of the process that leads, once a day however often it restarts."""

from __future__ import annotations

from bot.scheduler import SlaScheduler
from domain.messages import Channel
from domain.ppid.offices import PpidDirectory, PpidOffice
from tests.sla.support import SUPERVISORS
from tests.turns.rig import TurnRig


def started(chat: TurnRig, ppid: PpidDirectory) -> SlaScheduler:
    """A process starting: its scheduler, on the rig's database and clock."""
    assert chat.engine is not None
    services = chat.services
    scheduler = SlaScheduler(
        chat.engine, chat.sessions, services.sla, services.agencies, chat.clock,
        channel=Channel.CONSOLE, ppid=ppid,
    )  # fmt: skip
    chat.closers.append(scheduler.stop)
    return scheduler


async def alerts_after_tick(chat: TurnRig, scheduler: SlaScheduler) -> list[str]:
    before = len(chat.sender.sent)
    await scheduler.tick()
    await chat.settle()
    return [m.text for m in chat.sender.sent[before:] if m.chat_id == SUPERVISORS]


async def test_agencies_without_a_superior_are_named_to_the_supervisors_once_a_day(
    turns: TurnRig,
) -> None:
    chat = turns
    only_dukcapil = PpidDirectory(by_agency={"disdukcapil": PpidOffice("-1001000000097")})
    first = started(chat, only_dukcapil)
    [alert] = await alerts_after_tick(chat, first)
    assert "Atasan PPID belum diatur" in alert and "Dinas PUPR" in alert
    assert "Disdukcapil" not in alert and "ppid.superior_chat_id" in alert
    assert await alerts_after_tick(chat, first) == []
    await first.stop()
    assert await alerts_after_tick(chat, started(chat, only_dukcapil)) == []  # a restart
    chat.clock.advance(days=1)
    assert len(await alerts_after_tick(chat, started(chat, only_dukcapil))) == 1


async def test_with_a_superior_for_every_agency_nothing_is_said(turns: TurnRig) -> None:
    chat = turns
    everyone = PpidDirectory(regency=PpidOffice("-1001000000097"))
    assert await alerts_after_tick(chat, started(chat, everyone)) == []
