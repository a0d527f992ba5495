"""The supervisors' buttons, the information-request extension and the digests, on the
turn seam (SQLite and PostgreSQL)."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from domain.callbacks import pack
from domain.messages import Channel, ChatKind, IncomingMessage, OutgoingMessage, Sender
from tests.sla.support import (
    DUKCAPIL_PPID,
    PUPR_CHAT,
    SUPERVISORS,
    make_ticket,
    outbox_texts,
    sla_messages,
    ticket,
)
from tests.turns.deadlines import deadlines_of
from tests.turns.fixtures import both_databases
from tests.turns.rig import START, TurnRig

WIB = ZoneInfo("Asia/Jakarta")
pytestmark = both_databases  # as before the move: SQLite and PostgreSQL


async def press_in(chat: TurnRig, chat_id: str, data: str) -> list[OutgoingMessage]:
    return await chat.deliver(
        IncomingMessage(
            channel=Channel.CONSOLE,
            chat_id=chat_id,
            chat_kind=ChatKind.GROUP,
            sender=Sender("7001", "Pak Kepala"),
            callback_data=data,
            callback_id="cb1",
        )
    )


async def test_nudge_reaches_the_agency_group_only_when_pressed_by_supervisors(
    turns: TurnRig,
) -> None:
    chat = turns
    ticket_id = await make_ticket(chat, START, "ADU-2611-0001")
    await press_in(chat, PUPR_CHAT, pack("sn", ticket_id))
    await press_in(chat, "-1001999999999", pack("sn", ticket_id))
    assert await sla_messages(chat) == []

    sent = await press_in(chat, SUPERVISORS, pack("sn", ticket_id))
    assert await sla_messages(chat) == [("sla_nudge", PUPR_CHAT)]
    assert "Pimpinan meminta ADU-2611-0001" in (await outbox_texts(chat, "sla_nudge"))[0]
    assert any("sudah dikirim" in m.text for m in sent if m.chat_id == SUPERVISORS)


async def test_history_shows_the_ticket_events_in_the_supervisors_chat(turns: TurnRig) -> None:
    chat = turns
    ticket_id = await make_ticket(chat, START, "ADU-2611-0001")
    await press_in(chat, SUPERVISORS, pack("sn", ticket_id))
    sent = await press_in(chat, SUPERVISORS, pack("sh", ticket_id))
    text = "\n".join(m.text for m in sent if m.chat_id == SUPERVISORS)
    assert "Riwayat ADU-2611-0001" in text
    assert "23-11-2026 09:00 WIB — dibuat" in text
    assert "pimpinan meminta segera ditindaklanjuti · pimpinan" in text
    assert "sla_nudged" not in text and "supervisor:" not in text
    unknown = await press_in(chat, SUPERVISORS, pack("sh", 999))
    assert "tidak ditemukan" in unknown[0].text


async def test_an_information_request_is_extended_once_with_a_written_notice(
    turns: TurnRig,
) -> None:
    chat = turns
    ticket_id = await make_ticket(
        chat, START, "INF-2611-0001", kind="info", agency="disdukcapil",
        staff_chat_id=DUKCAPIL_PPID,
    )  # fmt: skip
    before = (await ticket(chat, ticket_id)).sla_due_at
    assert before == datetime(2026, 12, 7, 9, tzinfo=WIB)

    reply = await chat.in_group(DUKCAPIL_PPID, "/perpanjang INF-2611-0001")
    assert "Tuliskan alasannya" in reply[0].text
    reply = await chat.in_group(
        DUKCAPIL_PPID, "/perpanjang inf-2611-0001 Data dihimpun dari 12 kecamatan <lengkap>"
    )
    assert "Batas baru: <b>16-12-2026 09:00 WIB</b>" in reply[0].text
    notice = chat.to_chat("chat-2001")[-1]
    assert "diperpanjang 7 hari kerja" in notice.text
    assert "Alasan: Data dihimpun dari 12 kecamatan &lt;lengkap&gt;" in notice.text
    extended = await ticket(chat, ticket_id)
    assert extended.sla_due_at == datetime(2026, 12, 16, 9, tzinfo=WIB).astimezone(UTC)
    assert extended.sla_extended_at == START

    again = await chat.in_group(DUKCAPIL_PPID, "/perpanjang INF-2611-0001 lagi")
    assert "hanya boleh sekali" in again[0].text
    elsewhere = await chat.in_group(PUPR_CHAT, "/perpanjang INF-2611-0001 alasan")
    assert "tidak ditemukan" in elsewhere[0].text


async def test_only_information_requests_can_be_extended(turns: TurnRig) -> None:
    chat = turns
    await make_ticket(chat, START, "ADU-2611-0001")
    reply = await chat.in_group(PUPR_CHAT, "/perpanjang ADU-2611-0001 sibuk")
    assert "Hanya permohonan informasi" in reply[0].text
    usage = await chat.in_group(PUPR_CHAT, "/perpanjang")
    assert "/perpanjang KODE alasan" in usage[0].text


async def test_the_daily_digest_goes_out_once_per_working_day(turns: TurnRig) -> None:
    chat = turns
    await make_ticket(chat, START, "ADU-2611-0001")
    await make_ticket(chat, START, "ADU-2611-0002", agency="dlh", staff_chat_id="-1")
    scheduler = deadlines_of(chat)
    chat.clock.now = datetime(2026, 11, 27, 7, 30, tzinfo=WIB).astimezone(UTC)  # Friday
    await scheduler.tick()
    assert await scheduler.daily_digest()
    assert not await scheduler.daily_digest()
    chat.clock.now = datetime(2026, 11, 28, 7, 30, tzinfo=WIB).astimezone(UTC)  # Saturday
    assert not await scheduler.daily_digest()
    digests = await outbox_texts(chat, "sla_digest")
    assert len(digests) == 1
    assert "Ringkasan harian 27-11-2026" in digests[0]
    assert "<b>Dinas PUPR</b>: terbuka 1 · lewat batas 1" in digests[0]
    assert "<b>DLH</b>: terbuka 1 · lewat batas 1" in digests[0]


async def test_the_weekly_summary_reaches_each_agency_group_once(turns: TurnRig) -> None:
    chat = turns
    await make_ticket(chat, START, "ADU-2611-0001")
    chat.clock.now = datetime(2026, 11, 30, 7, 30, tzinfo=WIB).astimezone(UTC)
    groups = [a for a in chat.services.agencies.agencies if a.staff_chat_id]
    assert await deadlines_of(chat).weekly_summary() == 1  # the others had only zeros
    assert await deadlines_of(chat).weekly_summary() == 0
    weekly = await outbox_texts(chat, "sla_weekly")
    [skipped] = [t for t in weekly if "dilewati" in t]
    assert f"{len(groups) - 1} dilewati karena semua angkanya 0" in skipped
    assert "DLH" in skipped and "Dinas PUPR" not in skipped
    pupr = [t for t in weekly if "Dinas PUPR" in t and "Masuk" in t]
    assert "Masuk: 1" in pupr[0] and "Masih terbuka: 1" in pupr[0]
