"""The superior's 30-working-day clock on an objection, swept like tickets' deadlines,
with a frozen clock across Christmas and New Year.

The request is filed Monday 23 November 2026 09:00 WIB and rejected at once; the
objection is filed Friday 11 December 2026 10:00 WIB. Counting 30 working days, and
skipping weekends, Christmas (Friday 25 December), New Year (Friday 1 January 2027)
and Isra' Mi'raj (Tuesday 5 January), the answer is due Wednesday 27 January 2027
10:00 (Friday 22 January without the holidays). Half the working time (15 working
days) falls on Wednesday 6 January 10:00; one working day before the deadline is
Tuesday 26 January 10:00. The Commission's 14 working days after the deadline end on
Tuesday 16 February 2027.
"""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from sqlalchemy import select

from domain.messages import OutgoingMessage
from handlers.deadlines.objections import plan_for
from storage.ppid.tables import PpidObjection
from tests.ppid.support import file_request
from tests.ppid.test_objections import SUPERIOR, reject_request, superior
from tests.sla.support import SUPERVISORS
from tests.staff.helpers import button
from tests.turns.deadlines import deadlines_of
from tests.turns.fixtures import both_databases
from tests.turns.rig import TurnRig

WIB = ZoneInfo("Asia/Jakarta")


def at(year: int, month: int, day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=WIB).astimezone(UTC)


FILED = at(2026, 12, 11, 10)
HALF = at(2027, 1, 6, 10)
DAY_BEFORE = at(2027, 1, 26, 10)
DUE = at(2027, 1, 27, 10)


async def object_to_rejection(chat: TurnRig) -> None:
    await file_request(chat)
    await reject_request(chat)
    chat.clock.now = FILED
    await chat.say("/keberatan INF-2611-0001")
    await chat.press("Ditolak (pasal 17)")
    await chat.say("Saya hanya meminta jumlah akta per kecamatan, bukan data pribadi.")
    await chat.press("Kirim")


async def sweep_at(chat: TurnRig, moment: datetime) -> list[OutgoingMessage]:
    """Sweep at ``moment``; what it sent the superior, supervisors and requester."""
    before = len(chat.sender.sent)
    chat.clock.now = moment
    await deadlines_of(chat).tick()
    watched = (SUPERIOR, SUPERVISORS, chat.chat_id)
    return [m for m in chat.sender.sent[before:] if m.chat_id in watched]


@both_databases
async def test_the_superior_is_reminded_twice_then_the_supervisors_and_requester_are_told(
    turns: TurnRig,
) -> None:
    chat = turns
    await object_to_rejection(chat)
    async with chat.sessions() as session:
        row = (await session.execute(select(PpidObjection))).scalar_one()
    assert (row.due_at, row.next_due_at) == (DUE, HALF)

    assert await sweep_at(chat, at(2027, 1, 5, 16)) == []
    half = await sweep_at(chat, HALF)
    assert [m.chat_id for m in half] == [SUPERIOR]
    assert "Pengingat: keberatan KEB-2612-0001" in half[0].text
    assert "<b>15 hari kerja</b>" in half[0].text and "27-01-2027 10:00 WIB" in half[0].text
    assert await sweep_at(chat, at(2027, 1, 6, 10, 5)) == []

    before = await sweep_at(chat, DAY_BEFORE)
    assert [m.chat_id for m in before] == [SUPERIOR]
    assert "Sisa waktu: <b>1 hari kerja</b>" in before[0].text

    assert await sweep_at(chat, at(2027, 1, 27, 9, 59)) == []
    due = await sweep_at(chat, DUE)
    assert [m.chat_id for m in due] == [SUPERVISORS, chat.chat_id]
    assert "Keberatan KEB-2612-0001 belum dijawab" in due[0].text
    assert "INF-2611-0001" in due[0].text and "bukan data pribadi" in due[0].text
    told = due[1].text
    assert "Komisi Informasi Provinsi paling lambat 16-02-2027 23:59 WIB" in told
    assert await sweep_at(chat, at(2027, 3, 1, 10)) == []


@both_databases
async def test_a_late_sweep_escalates_without_the_reminders_it_missed(turns: TurnRig) -> None:
    chat = turns
    await object_to_rejection(chat)
    late = await sweep_at(chat, at(2027, 1, 28, 8))
    assert [m.chat_id for m in late] == [SUPERVISORS, chat.chat_id]


@both_databases
async def test_an_answered_objection_is_not_chased(turns: TurnRig) -> None:
    chat = turns
    await object_to_rejection(chat)
    assert len(await sweep_at(chat, HALF)) == 1
    card = chat.to_chat(SUPERIOR)[0]
    await superior(chat, callback_data=button(card, "ditolak"), callback_id="c1")
    await superior(chat, text="Akta memuat NIK; hanya rekap tanpa NIK yang dapat diberikan.")
    assert await sweep_at(chat, DAY_BEFORE) == []
    assert await sweep_at(chat, DUE) == []


def test_the_plan_performs_only_the_latest_due_step() -> None:
    steps = [HALF, DAY_BEFORE, DUE]
    assert plan_for(steps, 0, FILED) == plan_for(steps, 0, FILED)
    nothing = plan_for(steps, 0, FILED)
    assert (nothing.level, nothing.next_at, nothing.remind, nothing.escalate) == (
        0, HALF, False, False,
    )  # fmt: skip
    second = plan_for(steps, 0, DAY_BEFORE)
    assert (second.level, second.next_at, second.remind) == (2, DUE, True)
    last = plan_for(steps, 1, DUE)
    assert (last.level, last.next_at, last.escalate, last.remind) == (3, None, True, False)
    assert not plan_for(steps, 3, DUE).escalate
