"""The sweep, against the real core and database: exactly which messages each deadline
produces, once, whatever restarts or repeated sweeps occur.

The harness clock starts Monday 23 November 2026, 09:00 WIB; the default policy gives a
complaint 3 working days: reminders Tuesday 13:00 and Thursday 08:00, the escalation
Thursday 09:00.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import update

from bot.app import App
from bot.scheduler import SlaScheduler
from storage import sla
from storage.models import Ticket
from tests.harness import START, ChatHarness
from tests.sla.support import (
    PUPR_CHAT,
    SUPERVISORS,
    make_ticket,
    outbox_texts,
    sla_messages,
    ticket,
)

WIB = ZoneInfo("Asia/Jakarta")


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 11, day, hour, minute, tzinfo=WIB).astimezone(UTC)


def scheduler(chat: ChatHarness) -> SlaScheduler:
    assert chat.app is not None and chat.app.scheduler is not None
    return chat.app.scheduler


async def sweep_at(chat: ChatHarness, moment: datetime) -> list[tuple[str, str]]:
    """Sweep at ``moment`` and return the deadline messages it added."""
    app = chat.app
    assert app is not None
    before = await sla_messages(app)
    chat.clock.now = moment
    await scheduler(chat).tick()
    await chat.settle()
    return (await sla_messages(app))[len(before) :]


async def test_a_new_complaint_tells_the_resident_when_to_expect_a_response(db_url: str) -> None:
    async with ChatHarness(db_url) as chat:
        await chat.say("/lapor Jalan di depan pasar Desa Sukamaju berlubang besar sudah 2 minggu")
        await chat.press("Ya, benar")
        await chat.say("Jl. Raya Sukamaju km 3")
        await chat.press("Lewati")
        await chat.press("Publik")
        done = await chat.press("Kirim")
        texts = "\n".join(m.text for m in chat.to_resident(done))
        assert "Perkiraan tanggapan paling lambat: <b>26-11-2026 09:00 WIB</b>" in texts


async def test_reminders_then_escalation_each_appear_exactly_once(db_url: str) -> None:
    async with ChatHarness(db_url) as chat:
        assert chat.app is not None
        await make_ticket(chat.app, START, "ADU-2611-0001")
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

        reminders = await outbox_texts(chat.app, "sla_reminder")
        assert "ADU-2611-0001" in reminders[0] and "12 jam waktu kerja" in reminders[0]
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


async def test_after_downtime_a_late_sweep_escalates_without_stale_reminders(db_url: str) -> None:
    async with ChatHarness(db_url) as chat:
        assert chat.app is not None
        await make_ticket(chat.app, START, "ADU-2611-0001")
        assert await sweep_at(chat, at(27, 11)) == [
            ("sla_escalation", SUPERVISORS),
            ("sla_resident", "chat-2001"),
        ]
        assert "terlambat <b>1 hari 2 jam</b>" in chat.to_chat(SUPERVISORS)[0].text


async def test_a_second_level_goes_to_the_higher_chat_at_twice_the_deadline(
    db_url: str, tmp_path: object
) -> None:
    from pathlib import Path

    import yaml

    from bot.config import sample_agencies_path

    data = yaml.safe_load(sample_agencies_path().read_text())
    data["sla"] = {"escalation_chat_id": "-1001000000098"}
    path = Path(str(tmp_path)) / "agencies.yaml"
    path.write_text(yaml.safe_dump(data))
    async with ChatHarness(db_url, agencies=path) as chat:
        assert chat.app is not None
        await make_ticket(chat.app, START, "ADU-2611-0001")
        await sweep_at(chat, at(26, 9))
        assert await sweep_at(chat, at(30, 16)) == []
        assert await sweep_at(chat, datetime(2026, 12, 1, 9, tzinfo=WIB)) == [
            ("sla_escalation", "-1001000000098")
        ]
        assert "Eskalasi tingkat 2" in chat.to_chat("-1001000000098")[0].text


async def answer(app: App, ticket_id: int, now: datetime, status: str = "answered") -> None:
    """What the staff workflow does when an admin answers: first response, new status,
    and a reschedule."""
    async with app.sessions.begin() as session:
        found = await session.get(Ticket, ticket_id)
        assert found is not None and app.scheduler is not None
        found.first_response_at = found.first_response_at or now
        found.status = status
        sla.reschedule(session, found, now)  # the rules come from the session


async def test_an_answer_stops_the_chase_and_a_quiet_ticket_closes_later(db_url: str) -> None:
    async with ChatHarness(db_url) as chat:
        assert chat.app is not None
        ticket_id = await make_ticket(chat.app, START, "ADU-2611-0001")
        await answer(chat.app, ticket_id, at(24, 10))
        assert await sweep_at(chat, at(26, 9)) == []
        assert await sweep_at(chat, datetime(2026, 12, 8, 9, tzinfo=WIB)) == []
        assert await sweep_at(chat, datetime(2026, 12, 8, 10, tzinfo=WIB)) == [
            ("sla_resident", "chat-2001")
        ]
        closed = await ticket(chat.app, ticket_id)
        assert closed.status == "closed" and closed.next_due_at is None
        assert "ditutup" in chat.to_chat("chat-2001")[0].text


async def test_work_after_a_first_answer_has_its_own_follow_up_deadline(db_url: str) -> None:
    async with ChatHarness(db_url) as chat:
        assert chat.app is not None
        ticket_id = await make_ticket(chat.app, START, "ADU-2611-0001")
        await answer(chat.app, ticket_id, at(23, 10), status="in_progress")
        found = await ticket(chat.app, ticket_id)
        assert found.sla_stage == "resolution"
        assert found.sla_due_at == at(30, 10)
        assert await sweep_at(chat, at(30, 10)) == [
            ("sla_escalation", SUPERVISORS),
            ("sla_resident", "chat-2001"),
        ]


async def test_two_sweeps_at_once_send_each_step_once(db_url: str) -> None:
    async with ChatHarness(db_url) as chat, ChatHarness(db_url) as other:
        assert chat.app is not None and other.app is not None
        for number in range(1, 41):
            await make_ticket(chat.app, START, f"ADU-2611-{number:04d}")
        due = at(26, 9)
        import asyncio

        reports = await asyncio.gather(
            scheduler(chat).sweeper.sweep(due), scheduler(other).sweeper.sweep(due)
        )
        assert sum(r.escalations for r in reports) == 40
        messages = await sla_messages(chat.app)
        assert messages.count(("sla_escalation", SUPERVISORS)) == 40
        assert len(messages) == 80
        assert sum(r.messages for r in await asyncio.gather(
            scheduler(chat).sweeper.sweep(due + timedelta(seconds=1)),
            scheduler(other).sweeper.sweep(due + timedelta(seconds=1)),
        )) == 0  # fmt: skip


async def test_a_sweep_interrupted_before_commit_redoes_the_step_once(db_url: str) -> None:
    async with ChatHarness(db_url) as chat:
        assert chat.app is not None
        ticket_id = await make_ticket(chat.app, START, "ADU-2611-0001")
        async with chat.app.sessions() as session, session.begin():
            found = await session.get(Ticket, ticket_id)
            assert found is not None
            assert await sla.claim_steps(session, found, 3, None)
            await session.rollback()  # the process died: nothing was committed
        assert await sweep_at(chat, at(26, 9)) == [
            ("sla_escalation", SUPERVISORS),
            ("sla_resident", "chat-2001"),
        ]


async def test_open_tickets_without_a_deadline_get_one_at_start(db_url: str) -> None:
    async with ChatHarness(db_url) as chat:
        assert chat.app is not None
        ticket_id = await make_ticket(chat.app, START, "ADU-2611-0001")
        async with chat.app.sessions.begin() as session:
            await session.execute(
                update(Ticket).values(sla_stage=None, sla_due_at=None, next_due_at=None)
            )
        assert await sweep_at(chat, at(26, 9)) == [
            ("sla_escalation", SUPERVISORS),
            ("sla_resident", "chat-2001"),
        ]
        assert (await ticket(chat.app, ticket_id)).sla_stage == "response"
