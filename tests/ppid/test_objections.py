"""A requester objects to a decision (or to silence) and the PPID's superior answers
in their own chat; refused: too early, twice, after the window closed."""

from __future__ import annotations

from sqlalchemy import select

from domain.messages import Channel, ChatKind, IncomingMessage, Sender
from storage.ppid.tables import PpidObjection
from tests.ppid.support import DUKCAPIL_PPID, file_request
from tests.ppid.test_decisions import press
from tests.staff.helpers import Chat, button, card_of, staff_presses, staff_says
from tests.turns.rig import TurnRig, text_of

SUPERIOR = "-1001000000097"
SEKDA = Sender("8001", "Pak Sekda")


async def reject_request(chat: Chat) -> None:
    sent = await staff_presses(
        chat, button(card_of(chat, DUKCAPIL_PPID), "Keputusan"), DUKCAPIL_PPID
    )
    sent = await press(chat, sent, "Ditolak")
    sent = await press(chat, sent, "Rahasia pribadi")
    sent = await staff_says(chat, "Akta memuat NIK dan data pribadi warga", DUKCAPIL_PPID)
    await press(chat, sent, "Kirim keputusan")


async def superior(chat: Chat, **fields: object) -> list:  # type: ignore[type-arg]
    return await chat.deliver(
        IncomingMessage(
            channel=Channel.CONSOLE, chat_id=SUPERIOR, chat_kind=ChatKind.GROUP,
            sender=SEKDA, message_id="s1", **fields,  # type: ignore[arg-type]
        )
    )  # fmt: skip


async def test_an_objection_to_a_rejection_reaches_the_superior_whose_answer_reaches_the_requester(
    turns: TurnRig,
) -> None:
    chat = turns
    await file_request(chat)
    early = text_of(await chat.say("/keberatan INF-2611-0001"))
    assert "masih dalam jangka waktu" in early
    await reject_request(chat)
    asked = await chat.say("/keberatan INF-2611-0001")
    assert "Pilih alasan keberatan" in text_of(asked)
    await chat.press("Ditolak (pasal 17)")
    await chat.say("Saya hanya meminta jumlah akta per kecamatan, bukan data pribadi.")
    filed = text_of(await chat.press("Kirim"))
    assert "KEB-2611-0001" in filed and "paling lambat" in filed
    card = chat.to_chat(SUPERIOR)[-1]
    assert "Keberatan KEB-2611-0001" in card.text and "bukan data pribadi" in card.text
    twice = text_of(await chat.say("/keberatan INF-2611-0001"))
    assert "hanya dapat diajukan sekali" in twice
    await superior(chat, callback_data=button(card, "diterima"), callback_id="c1")
    sent = await superior(chat, text="Jumlah akta per kecamatan bukan informasi yang dikecualikan.")
    told = text_of(chat.to_resident(sent))
    assert "Keberatan KEB-2611-0001 diterima" in told and "Komisi Informasi" in told
    assert any(m.chat_id == DUKCAPIL_PPID and "menerima keberatan" in m.text for m in sent)
    await chat.press("Akan ke Komisi")
    status = text_of(await chat.say("/status"))
    assert "Keberatan KEB-2611-0001 dijawab: diterima" in status
    async with chat.sessions() as session:
        row = (await session.execute(select(PpidObjection))).scalar_one()
    assert (row.verdict, row.ground) == ("upheld", "a")
    assert row.responder_position == "Sekretaris Daerah Kabupaten Sukamaju"
    assert row.requester_response == "Akan ke Komisi Informasi"


async def test_no_decision_by_the_deadline_can_be_objected_to_on_that_ground(
    turns: TurnRig,
) -> None:
    chat = turns
    await file_request(chat)
    chat.clock.advance(days=15)  # past 10 working days
    asked = await chat.say("/keberatan INF-2611-0001")
    labels = [b.label for m in asked for row in m.buttons for b in row]
    assert "Tidak ditanggapi" in labels and "Ditolak (pasal 17)" not in labels


async def test_an_objection_after_thirty_working_days_is_refused_with_the_date_it_closed(
    turns: TurnRig,
) -> None:
    chat = turns
    await file_request(chat)
    await reject_request(chat)
    chat.clock.advance(days=60)
    refused = text_of(await chat.say("/keberatan INF-2611-0001"))
    assert "sudah berakhir pada" in refused and "WIB" in refused
