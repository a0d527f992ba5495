"""`aduan run` with ADUAN_SLA_CALENDAR=always, ADUAN_SLA_FIRST_RESPONSE=8s and a one-
second sweep: an unanswered complaint brings a reminder to the agency's group, then an
escalation with buttons to the supervisors' chat and a notice to the resident — through
aiogram against the fake Bot API server."""

from __future__ import annotations

import asyncio

import pytest

from tests.fakes.fake_bot_api import FakeBotApi, SentRecord
from tests.fakes.running_bot import button_data
from tests.fakes.running_bot import running_bot as shared_running_bot

RESIDENT = 5550002
PUPR_CHAT = "-1001000000005"
SUPERVISORS = "-1001000000099"


def running_bot(api: FakeBotApi, db_url: str, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """The bot with a 24/7 calendar, an 8 s first-response deadline (the reminder falls
    due at half of it, 4 s before the escalation: four sweeps apart) and a sweep every
    second, given as environment variables."""
    monkeypatch.setenv("ADUAN_SLA_CALENDAR", "always")
    monkeypatch.setenv("ADUAN_SLA_FIRST_RESPONSE", "8s")
    monkeypatch.setenv("ADUAN_SWEEP_INTERVAL", "1s")
    return shared_running_bot(api, db_url)


async def reply(api: FakeBotApi, containing: str, wait: float = 10) -> SentRecord:
    return await api.wait_for(
        lambda r: r.chat_id == str(RESIDENT) and containing in (r.text or ""), timeout=wait
    )


async def test_an_unanswered_complaint_is_reminded_then_escalated(
    fake_bot_api: FakeBotApi, db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    api = fake_bot_api
    async with running_bot(api, db_url, monkeypatch):
        api.user_message(RESIDENT, "/lapor Jalan di Desa Sukamaju berlubang besar sejak 2 minggu")
        api.user_callback(RESIDENT, button_data(await reply(api, "Benar?"), "Ya, benar"))
        await reply(api, "Di mana lokasinya")
        api.user_message(RESIDENT, "Jl. Raya Sukamaju km 3")
        api.user_callback(RESIDENT, button_data(await reply(api, "foto"), "Lewati"))
        api.user_callback(RESIDENT, button_data(await reply(api, "identitas"), "Publik"))
        await reply(api, "Periksa laporan")
        summary = await api.wait_for(
            lambda r: (
                r.chat_id == str(RESIDENT)
                and any("Kirim" in t for row in r.buttons for t, _ in row)
            )
        )
        api.user_callback(RESIDENT, button_data(summary, "Kirim"))
        created = await reply(api, "Perkiraan tanggapan paling lambat")
        code = (created.text or "").split("<b>")[1].split("</b>")[0]

        reminder = await api.wait_for(
            lambda r: r.chat_id == PUPR_CHAT and "Pengingat batas waktu" in (r.text or ""),
            timeout=25,
        )
        assert code in (reminder.text or "")
        alert = await api.wait_for(
            lambda r: r.chat_id == SUPERVISORS and "Lewat batas waktu" in (r.text or ""),
            timeout=25,
        )
        assert code in (alert.text or "") and "Dinas Pekerjaan Umum" in (alert.text or "")
        assert [t for row in alert.buttons for t, _ in row] == [
            "📣 Ingatkan instansi",
            "📜 Riwayat",
        ]
        await reply(api, "diteruskan ke pimpinan")

        api.user_callback(int(SUPERVISORS), button_data(alert, "Ingatkan"), user_id=7001)
        await api.wait_for(
            lambda r: r.chat_id == PUPR_CHAT and "Pimpinan meminta" in (r.text or "")
        )
        await asyncio.sleep(1.5)  # further sweeps add nothing
    reminders = [r for r in api.sent if r.chat_id == PUPR_CHAT and "Pengingat" in (r.text or "")]
    alerts = [r for r in api.sent if r.chat_id == SUPERVISORS and "Lewat batas" in (r.text or "")]
    assert len(reminders) == 1 and len(alerts) == 1
