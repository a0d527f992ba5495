"""The superior rejects an objection: the requester is told, with the reasons and the
next step (a dispute at the provincial Information Commission within 14 working days),
and accepts; the objection register's row holds the verdict and the response."""

from __future__ import annotations

from sqlalchemy import select

from storage.ppid.tables import PpidObjection
from tests.ppid.support import file_request
from tests.ppid.test_objections import SUPERIOR, reject_request, superior
from tests.staff.helpers import button
from tests.turns.fixtures import both_databases
from tests.turns.rig import TurnRig, text_of


@both_databases
async def test_a_rejected_objection_tells_the_requester_the_next_step(turns: TurnRig) -> None:
    chat = turns
    await file_request(chat)
    await reject_request(chat)
    await chat.say("/keberatan INF-2611-0001")
    await chat.press("Ditolak (pasal 17)")
    await chat.say("Jumlah per kecamatan bukan data pribadi.")
    await chat.press("Kirim")
    card = chat.to_chat(SUPERIOR)[-1]
    await superior(chat, callback_data=button(card, "ditolak"), callback_id="c1")
    sent = await superior(chat, text="Rekap memuat nama bayi pada kecamatan kecil.")
    told = text_of(chat.to_resident(sent))
    assert "Keberatan KEB-2611-0001 ditolak" in told and "nama bayi" in told
    assert "Komisi Informasi Provinsi" in told and "14 hari kerja" in told
    await chat.press("Saya menerima")
    async with chat.sessions() as session:
        row = (await session.execute(select(PpidObjection))).scalar_one()
    assert row.verdict == "rejected" and "nama bayi" in (row.response or "")
    assert row.requester_response == "Saya menerima"
