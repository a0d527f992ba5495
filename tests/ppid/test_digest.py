"""The supervisors' daily digest names the PPID's requests and objections whose deadline
is within two working days or past.

The request is filed Monday 23 November 2026 09:00 WIB: its decision is due Monday 7
December 09:00 (10 working days). The objection to its rejection, filed Monday 30
November 09:00, must be answered by Thursday 14 January 2027 09:00 (30 working days,
skipping Christmas, New Year and Isra' Mi'raj on Tuesday 5 January)."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from tests.ppid.support import file_request
from tests.ppid.test_objections import reject_request
from tests.sla.support import SUPERVISORS
from tests.turns.deadlines import deadlines_of
from tests.turns.rig import TurnRig

WIB = ZoneInfo("Asia/Jakarta")


def at(year: int, month: int, day: int, hour: int) -> datetime:
    return datetime(year, month, day, hour, tzinfo=WIB).astimezone(UTC)


async def digest_at(chat: TurnRig, moment: datetime) -> str:
    chat.clock.now = moment
    assert await deadlines_of(chat).daily_digest()
    return chat.to_chat(SUPERVISORS)[-1].text


async def test_a_request_shows_when_its_decision_is_near_and_when_it_is_late(
    turns: TurnRig,
) -> None:
    chat = turns
    await file_request(chat)
    calm = await digest_at(chat, at(2026, 12, 2, 7))
    assert "1 permohonan informasi menunggu keputusan, 0 keberatan" in calm
    assert "Tidak ada yang batas waktunya dalam 2 hari kerja" in calm
    near = await digest_at(chat, at(2026, 12, 4, 7))
    assert "INF-2611-0001 (Disdukcapil): keputusan paling lambat 07-12-2026 09:00 WIB" in near
    late = await digest_at(chat, at(2026, 12, 8, 7))
    assert "INF-2611-0001 (Disdukcapil): <b>lewat batas</b> keputusan 07-12-2026 09:00" in late


async def test_an_objection_shows_near_its_deadline_and_a_decided_request_does_not(
    turns: TurnRig,
) -> None:
    chat = turns
    await file_request(chat)
    await reject_request(chat)
    chat.clock.now = at(2026, 11, 30, 9)
    await chat.say("/keberatan INF-2611-0001")
    await chat.press("Ditolak (pasal 17)")
    await chat.say("Saya hanya meminta jumlah akta per kecamatan, bukan data pribadi.")
    await chat.press("Kirim")
    far = await digest_at(chat, at(2027, 1, 12, 7))
    assert "0 permohonan informasi menunggu keputusan, 1 keberatan" in far
    assert "KEB-2611-0001" not in far
    near = await digest_at(chat, at(2027, 1, 13, 7))
    assert (
        "Keberatan KEB-2611-0001 atas INF-2611-0001 (Disdukcapil): tanggapan atasan PPID "
        "paling lambat 14-01-2027 09:00 WIB"
    ) in near
