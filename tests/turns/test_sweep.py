"""The sweep, one sweep at a time on the turn seam (SQLite and PostgreSQL): exactly which
messages each deadline produces, once, whatever restarts or repeated sweeps occur. Two
processes sweeping at once: ``tests/sla/test_concurrent_sweeps.py``.

The harness clock starts Monday 23 November 2026, 09:00 WIB; the default policy gives a
complaint 3 working days: reminders Tuesday 13:00 and Thursday 08:00, the escalation
Thursday 09:00.
"""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from sqlalchemy import update

from storage import sla
from storage.models import Ticket
from tests.sla.support import (
    PUPR_CHAT,
    SUPERVISORS,
    make_ticket,
    outbox_texts,
    ticket,
)
from tests.turns.deadlines import deadlines_of
from tests.turns.fixtures import TurnsFactory, both_databases
from tests.turns.rig import START, TurnRig

WIB = ZoneInfo("Asia/Jakarta")
pytestmark = both_databases  # as before the move: SQLite and PostgreSQL


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 11, day, hour, minute, tzinfo=WIB).astimezone(UTC)


async def sweep_at(chat: TurnRig, moment: datetime) -> list[tuple[str, str]]:
    """Sweep at ``moment`` and return the deadline messages it added."""
    return await deadlines_of(chat).sweep_at(moment)


async def test_a_new_complaint_tells_the_resident_when_to_expect_a_response(turns: TurnRig) -> None:
    chat = turns
    await chat.say("/lapor Jalan di depan pasar Desa Sukamaju berlubang besar sudah 2 minggu")
    await chat.press("Ya, benar")
    await chat.say("Jl. Raya Sukamaju km 3")
    await chat.press("Lewati")
    await chat.press("Publik")
    done = await chat.press("Kirim")
    texts = "\n".join(m.text for m in chat.to_resident(done))
    assert "Perkiraan tanggapan paling lambat: <b>26-11-2026 09:00 WIB</b>" in texts


async def test_reminders_then_escalation_each_appear_exactly_once(turns: TurnRig) -> None:
    chat = turns
    await make_ticket(chat, START, "ADU-2611-0001")
    assert await sweep_at(chat, at(23, 10)) == []
    assert await sweep_at(chat, at(24, 13)) == [("sla_reminder", PUPR_CHAT)]
    assert await sweep_at(chat, at(24, 13, 5)) == []
    assert await sweep_at(chat, at(26, 8)) == [("sla_reminder", PUPR_CHAT)]
    assert await sweep_at(chat, at(26, 9)) == [
        ("sla_escalation", SUPERVISORS),
        ("sla_resident", "chat-2001"),
    ]
    assert await sweep_at(chat, at(26, 10)) == []
    assert await sweep_at(chat, at(30, 15)) == []  # no second level without its chat

    reminders = await outbox_texts(chat, "sla_reminder")
    assert "ADU-2611-0001" in reminders[0] and "1 hari 4 jam waktu kerja" in reminders[0]
    assert "1 jam waktu kerja" in reminders[1]
    alert = chat.to_chat(SUPERVISORS)[0]
    assert "Lewat batas waktu: ADU-2611-0001" in alert.text
    assert "Dinas Pekerjaan Umum" in alert.text and "jalan &lt;rusak&gt; &amp;" in alert.text
    assert [b.label for row in alert.buttons for b in row] == [
        "📣 Ingatkan instansi",
        "📜 Riwayat",
    ]
    resident = chat.to_chat("chat-2001")[0]
    assert "diteruskan ke pimpinan" in resident.text


async def test_after_downtime_a_late_sweep_escalates_without_stale_reminders(
    turns: TurnRig,
) -> None:
    chat = turns
    await make_ticket(chat, START, "ADU-2611-0001")
    assert await sweep_at(chat, at(27, 11)) == [
        ("sla_escalation", SUPERVISORS),
        ("sla_resident", "chat-2001"),
    ]
    assert "terlambat <b>1 hari 2 jam</b>" in chat.to_chat(SUPERVISORS)[0].text


async def test_a_second_level_goes_to_the_higher_chat_at_twice_the_deadline(
    make_turns: TurnsFactory, tmp_path: object
) -> None:
    from pathlib import Path

    import yaml

    from bot.config import sample_agencies_path

    data = yaml.safe_load(sample_agencies_path().read_text())
    data["sla"] = {"escalation_chat_id": "-1001000000098"}
    path = Path(str(tmp_path)) / "agencies.yaml"
    path.write_text(yaml.safe_dump(data))
    async with make_turns(agencies=path) as chat:
        await make_ticket(chat, START, "ADU-2611-0001")
        await sweep_at(chat, at(26, 9))
        assert await sweep_at(chat, at(30, 16)) == []
        assert await sweep_at(chat, datetime(2026, 12, 1, 9, tzinfo=WIB)) == [
            ("sla_escalation", "-1001000000098")
        ]
        assert "Eskalasi tingkat 2" in chat.to_chat("-1001000000098")[0].text


async def answer(chat: TurnRig, ticket_id: int, now: datetime, status: str = "answered") -> None:
    """What the staff workflow does when an admin answers: first response, new status,
    and a reschedule."""
    async with chat.sessions.begin() as session:
        found = await session.get(Ticket, ticket_id)
        assert found is not None
        found.first_response_at = found.first_response_at or now
        found.status = status
        sla.reschedule(session, found, now)  # the rules come from the session


async def test_an_answer_stops_the_chase_and_a_quiet_ticket_closes_later(turns: TurnRig) -> None:
    chat = turns
    ticket_id = await make_ticket(chat, START, "ADU-2611-0001")
    await answer(chat, ticket_id, at(24, 10))
    assert await sweep_at(chat, at(26, 9)) == []
    assert await sweep_at(chat, datetime(2026, 12, 8, 9, tzinfo=WIB)) == []
    assert await sweep_at(chat, datetime(2026, 12, 8, 10, tzinfo=WIB)) == [
        ("sla_resident", "chat-2001")
    ]
    closed = await ticket(chat, ticket_id)
    assert closed.status == "closed" and closed.next_due_at is None
    assert "ditutup" in chat.to_chat("chat-2001")[0].text


async def test_work_after_a_first_answer_has_its_own_follow_up_deadline(turns: TurnRig) -> None:
    chat = turns
    ticket_id = await make_ticket(chat, START, "ADU-2611-0001")
    await answer(chat, ticket_id, at(23, 10), status="in_progress")
    found = await ticket(chat, ticket_id)
    assert found.sla_stage == "resolution"
    assert found.sla_due_at == at(30, 10)
    assert await sweep_at(chat, at(30, 10)) == [
        ("sla_escalation", SUPERVISORS),
        ("sla_resident", "chat-2001"),
    ]


async def test_a_sweep_interrupted_before_commit_redoes_the_step_once(turns: TurnRig) -> None:
    chat = turns
    ticket_id = await make_ticket(chat, START, "ADU-2611-0001")
    async with chat.sessions() as session, session.begin():
        found = await session.get(Ticket, ticket_id)
        assert found is not None
        assert await sla.claim_steps(session, found, 3, None)
        await session.rollback()  # the process died: nothing was committed
    assert await sweep_at(chat, at(26, 9)) == [
        ("sla_escalation", SUPERVISORS),
        ("sla_resident", "chat-2001"),
    ]


async def test_open_tickets_without_a_deadline_get_one_at_start(turns: TurnRig) -> None:
    chat = turns
    ticket_id = await make_ticket(chat, START, "ADU-2611-0001")
    async with chat.sessions.begin() as session:
        await session.execute(
            update(Ticket).values(sla_stage=None, sla_due_at=None, next_due_at=None)
        )
    assert await sweep_at(chat, at(26, 9)) == [
        ("sla_escalation", SUPERVISORS),
        ("sla_resident", "chat-2001"),
    ]
    assert (await ticket(chat, ticket_id)).sla_stage == "response"
