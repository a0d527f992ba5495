"""What staff and supervisors read: no markup shown as text, a readable history, a card
heading that follows the status, working time left with the due date, whole words in
previews, every command in the help, no summary of zeros."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from domain.callbacks import pack
from domain.i18n import Translator
from domain.messages import ChatKind
from domain.shorten import shorten
from tests.harness import ChatHarness, text_of
from tests.staff.helpers import (
    PUPR_CHAT,
    button,
    card_of,
    edits,
    file_complaint,
    staff_harness,
    staff_presses,
    staff_says,
    the_ticket,
)

WIB = ZoneInfo("Asia/Jakarta")
SUPERVISORS = "-1001000000099"
ESCAPED_MARKUP = re.compile(r"&lt;/?(b|i|code|a)\b")


def escaped_markup(chat: ChatHarness) -> list[str]:
    return [m.text for m in chat.sender.sent if ESCAPED_MARKUP.search(m.text)]


def test_a_catalog_message_inside_another_is_not_escaped_again() -> None:
    for language in ("id", "en"):
        t = Translator(language)
        late = t("staff-card-overdue", late="5 menit")
        line = t("staff-list-line", code="ADU-1", status="x", age="1", assignee="-", left=late)
        assert "<b>" in line and "&lt;" not in line
    assert "&lt;b&gt;" in Translator("id")("card-location", location="<b>")  # input still is


async def test_no_staff_or_supervisor_screen_shows_markup_as_text(db_url: str) -> None:
    async with staff_harness(db_url) as chat:
        await file_complaint(chat)
        ticket = await the_ticket(chat)
        chat.clock.advance(days=7)  # overdue
        await staff_says(chat, "/tiket")
        await staff_says(chat, "/cari pasar")
        await staff_says(chat, f"/tiket {ticket.code}")
        await staff_presses(chat, button(card_of(chat), "Ambil"))
        await staff_says(chat, "/bantuan")
        await chat.deliver(
            chat.message(
                chat_id=SUPERVISORS,
                chat_kind=ChatKind.GROUP,
                callback_data=pack("sh", ticket.id),
                callback_id="h1",
            )
        )
        assert escaped_markup(chat) == []
        listing = [m.text for m in chat.to_chat(PUPR_CHAT) if "Terlambat" in m.text]
        assert listing and all("<b>Terlambat" in text for text in listing)


async def test_the_history_names_what_happened_who_did_it_and_when(db_url: str) -> None:
    async with staff_harness(db_url) as chat:
        await file_complaint(chat)
        ticket = await the_ticket(chat)
        await staff_presses(chat, button(card_of(chat), "Ambil"))
        assert chat.app is not None and chat.app.scheduler is not None
        chat.clock.advance(days=4)
        await chat.app.scheduler.tick()
        await chat.settle()
        shown = text_of(await staff_says(chat, f"/tiket {ticket.code}"))
        assert "— dibuat · pelapor" in shown
        assert "— diambil · Rina &lt;PUPR&gt;" in shown
        assert "lewat batas waktu, diteruskan ke pimpinan · sistem (batas waktu)" in shown
        for internal in ("resident:", "sla_escalated", "staff:", " · sla"):
            assert internal not in shown


async def test_the_card_heading_follows_the_status(db_url: str) -> None:
    async with staff_harness(db_url) as chat:
        await file_complaint(chat)
        assert "🆕" in card_of(chat).text
        await staff_presses(chat, button(card_of(chat), "Ambil"))
        assert edits(chat)[-1].text.splitlines()[0].startswith("🛠️ <b>Pengaduan")
        await staff_presses(chat, button(card_of(chat), "Selesai"))
        await chat.press("Ya, sudah selesai")
        await chat.press("5")
        await chat.press("Lewati")
        heading = edits(chat)[-1].text.splitlines()[0]
        assert heading.startswith("🔒") and "Ditutup" in heading and "baru" not in heading


async def test_a_ticket_closed_by_the_deadlines_gets_a_closed_card(db_url: str) -> None:
    async with staff_harness(db_url) as chat:
        await file_complaint(chat)
        await staff_says(chat, "Sudah kami tambal kemarin.", reply_to=card_of(chat))
        assert chat.app is not None and chat.app.scheduler is not None
        chat.clock.advance(days=30)
        await chat.app.scheduler.tick()
        await chat.settle()
        assert (await the_ticket(chat)).status == "closed"
        last = edits(chat)[-1]
        assert last.text.startswith("🔒") and last.buttons == ()


async def test_time_left_is_working_time_with_the_due_date_in_the_regencys_zone(
    db_url: str,
) -> None:
    async with staff_harness(db_url) as chat:
        await file_complaint(chat)  # Monday 23-11-2026 09:00 WIB: due in 3 working days
        listing = text_of(await staff_says(chat, "/tiket"))
        assert "Sisa waktu: 3 hari waktu kerja — batas 26-11-2026 09:00 WIB" in listing
        chat.clock.now = datetime(2026, 11, 28, 12, tzinfo=WIB).astimezone(UTC)  # Saturday
        late = text_of(await staff_says(chat, "/tiket"))
        assert "Terlambat 1 hari 7 jam waktu kerja" in late  # Thu 09:00-16:00, all Friday


async def test_template_previews_end_at_a_whole_word(db_url: str, tmp_path: Path) -> None:
    long = (
        "Laporan Anda sudah kami terima dan akan segera ditindaklanjuti oleh petugas "
        "lapangan kami minggu ini"
    )
    async with staff_harness(db_url, tmp_path, pupr={"templates": {"terima": long}}) as chat:
        shown = text_of(await staff_says(chat, "/templat"))
        preview = shown.split("</code> — ", 1)[1]
        assert preview.endswith("…")
        assert long.startswith(preview[:-1]) and long[len(preview) - 1] == " "


@pytest.mark.parametrize(
    ("text", "limit", "expected"),
    [
        ("satu dua tiga", 20, "satu dua tiga"),
        ("satu dua tiga empat", 12, "satu dua…"),
        ("Supercalifragilistic", 8, "Superca…"),
        ("a,  b   c", 10, "a, b c"),
    ],
)
def test_shortened_text_ends_at_a_word(text: str, limit: int, expected: str) -> None:
    assert shorten(text, limit) == expected
    assert len(shorten(text, limit)) <= limit


STAFF_COMMANDS = ("/tiket", "/cari", "/templat", "/t ", "/catatan", "/perpanjang", "/bantuan")


def test_every_staff_command_is_in_the_help_and_the_staff_guide() -> None:
    guide = (Path(__file__).parents[2] / "docs" / "staff-guide.md").read_text(encoding="utf-8")
    indonesian, english = guide.split("## English")
    for command in STAFF_COMMANDS:
        for language in ("id", "en"):
            assert command in Translator(language)("staff-help") or command == "/bantuan"
        assert command.strip() in indonesian and command.strip() in english


async def test_weekly_summaries_of_zeros_are_skipped_and_counted_for_supervisors(
    db_url: str,
) -> None:
    async with staff_harness(db_url) as chat:
        await file_complaint(chat)
        assert chat.app is not None and chat.app.scheduler is not None
        chat.clock.now = datetime(2026, 11, 30, 7, 30, tzinfo=WIB).astimezone(UTC)
        assert await chat.app.scheduler.weekly_summary() == 1
        await chat.settle()
        summaries = [m for m in chat.sender.sent if "Masuk:" in m.text]
        assert [m.chat_id for m in summaries] == [PUPR_CHAT]
        [note] = chat.to_chat(SUPERVISORS)
        groups = [a for a in chat.app.agencies.agencies if a.staff_chat_id]
        assert f"{len(groups) - 1} dilewati" in note.text
