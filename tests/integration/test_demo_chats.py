"""What the demo shows in the chats besides the resident's: ``/chatid`` names what the
chat is registered as, a photo outside a report is kept with a report offered (no
guessed FAQ answer to its caption), and the PPID's superior writing with no objection
waiting is told so; in both languages, from the catalogs."""

from __future__ import annotations

import io

import pytest

from bot.config import Settings
from bot.demo import run_demo

SCRIPT = """:ppid disdukcapil /chatid
:supervisor /chatid
:atasan /chatid
:photo keterangan
:atasan keberatan saya sudah dikirim?
"""
SHOWN = {
    "id": [
        "ID grup ini: -1001000000101 — terdaftar sebagai chat PPID Dinas Kependudukan dan "
        "Pencatatan Sipil Kabupaten Sukamaju (permohonan informasi publik).",
        "ID grup ini: -1001000000099 — terdaftar sebagai grup supervisor",
        "ID grup ini: -1001000000097 — terdaftar sebagai chat atasan PPID",
        "Lampiran Anda saya simpan (1). Ingin membuat laporan dengan lampiran ini?",
        "Tidak ada keberatan yang menunggu tanggapan Anda di sini.",
    ],
    "en": [
        "This group's id: -1001000000101 — registered as the PPID chat of",
        "This group's id: -1001000000099 — registered as the supervisors' group",
        "This group's id: -1001000000097 — registered as the PPID superior's chat",
        "I kept your attachment (1). Would you like to file a report with it?",
        "No objection is waiting for your answer here.",
    ],
}
NOT_SHOWN = {
    "id": ["grup staf Dinas Kependudukan", "Apakah maksud Anda", "staff_chat_id"],
    "en": ["staff group of", "Did you mean", "staff_chat_id"],
}


@pytest.mark.parametrize("language", ["id", "en"])
async def test_the_staff_chats_and_a_photo_outside_a_report_answer_as_the_bot_does(
    sqlite_url: str, language: str
) -> None:
    out = io.StringIO()
    settings = Settings(database_url=sqlite_url, default_language=language)
    assert await run_demo(settings, io.StringIO(SCRIPT), out) == 0
    shown = out.getvalue()
    assert [line for line in SHOWN[language] if line not in shown] == []
    assert [line for line in NOT_SHOWN[language] if line in shown] == []
