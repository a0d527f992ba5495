"""The demo restarted on the same database, handling a PPID's requests, and moving its
clock so deadlines pass (issue 14, items 16-18). Scripts are piped as a newcomer
would type them; the assertions read the transcript."""

from __future__ import annotations

import io
import os
import re
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.config import Settings
from bot.demo import run_demo
from bot.demo_clock import DemoClock

COMPLAINT = """/lapor Sampah menumpuk di TPS Jalan Kenanga sudah lima hari tidak diangkut
#1
Jalan Kenanga No. 3, Sukamaju
#1
#1
#1
"""
INFO_REQUEST = """/informasi
Budi Santoso
Mahasiswa
budi@example.org
Data jumlah penerbitan akta kelahiran dan KTP-el tahun 2025 per kecamatan
Bahan penelitian skripsi
#1
#1
#1
"""
# a Wednesday morning in Jakarta (02:00 UTC = 09:00 WIB): working days ahead
WEDNESDAY = datetime(2026, 12, 2, 2, 0, tzinfo=UTC)


def numbers_of_new_messages(transcript: str) -> list[int]:
    return [int(n) for n in re.findall(r"\(pesan (\d+)\):", transcript)]


def card_number(transcript: str, code: str) -> int:
    found = re.search(rf"\(pesan (\d+)\):\n   🆕 [^\n]* {code}", transcript)
    assert found, f"no card for {code}"
    return int(found[1])


async def play(url: str, script: str, clock: DemoClock | None = None) -> str:
    out = io.StringIO()
    assert await run_demo(Settings(database_url=url), io.StringIO(script), out, clock) == 0
    return out.getvalue()


async def test_a_restarted_demo_numbers_on_and_presses_buttons_from_the_database(
    db_url: str,
) -> None:
    first = await play(db_url, COMPLAINT + "/lapor Lampu jalan di Jalan Melati padam\n#1\n")
    [code1] = set(re.findall(r"ADU-\d{4}-\d{4}", first))
    # right after the restart: the resident's and the staff group's last buttons work
    second = await play(db_url, "#1\n#1\n#1\n#1\n:admin dlh #1\n")
    [code2] = set(re.findall(r"ADU-\d{4}-\d{4}", second)) - {code1}
    assert "tidak ada tombol" not in second
    assert f"{code1} sedang ditangani" in second  # the card filed before the restart
    reply = f":admin perkim >{card_number(second, code2)} Petugas meluncur\n"  # Disperkim
    third = await play(db_url, reply)
    assert f"untuk laporan {code2}" in third and "Petugas meluncur" in third
    numbers = numbers_of_new_messages(first + second + third)
    assert len(numbers) == len(set(numbers)), "a message number was handed out twice"
    assert (first + second).count(f"baru {code1}") == 1
    assert (first + second).count(f"baru {code2}") == 1


def test_the_aduan_demo_command_restarts_cleanly_on_the_same_folder(tmp_path: Path) -> None:
    env = {**os.environ, "ADUAN_DATABASE_URL": f"sqlite:///{tmp_path}/aduan.db"}
    runs = [
        subprocess.run(
            [sys.executable, "-m", "bot", "demo"],
            input=script,
            capture_output=True,
            text=True,
            timeout=120,
            env=env,
            cwd=tmp_path,
            check=False,
        )
        for script in (COMPLAINT, COMPLAINT + ":admin dlh #1\n")
    ]
    for run in runs:
        assert run.returncode == 0, run.stderr
        assert "Traceback" not in run.stderr and "IntegrityError" not in run.stderr
    both = runs[0].stdout + runs[1].stdout
    numbers = numbers_of_new_messages(both)
    assert len(numbers) == len(set(numbers))
    assert "ADU-" in runs[1].stdout and "sedang ditangani" in runs[1].stdout


async def test_an_information_request_is_taken_and_answered_in_the_ppid_chat(
    sqlite_url: str,
) -> None:
    filed = await play(sqlite_url, INFO_REQUEST)
    assert "📄 [PPID Disdukcapil]" in filed
    [code] = set(re.findall(r"INF-\d{4}-\d{4}", filed))
    card = card_number(filed, code)
    taken = await play(sqlite_url, ":ppid disdukcapil #1\n")  # Ambil, after a restart
    assert code in taken.split("🤖 Bot → Anda:")[1]
    replied = await play(sqlite_url, f":ppid disdukcapil >{card} Data kami kirim besok\n")
    assert "Data kami kirim besok" in replied.split("🤖 Bot → Anda:")[1]
    # the decision: given in full, softcopy, free, through this chat, nothing attached, send
    decided = await play(sqlite_url, ":ppid disdukcapil #1\n" * 7)  # taken: decide is first
    assert "Keputusan: Diberikan seluruhnya" in decided.split("🤖 Bot → Anda:")[1]
    # the resident objects; the PPID's superior accepts the objection in their chat
    objection = "/keberatan {code}\n#2\nDatanya tidak dirinci per kecamatan\n#1\n"
    answer = ":atasan #1\n:atasan Diterima: PPID menyerahkan data per kecamatan.\n"
    objected = await play(sqlite_url, objection.format(code=code) + answer)
    assert "⚖️  [Atasan PPID]" in objected
    assert "diterima oleh atasan PPID" in objected.split("> :atasan Diterima")[1]
    assert "tidak ada tombol" not in taken + replied + decided + objected


async def test_the_staff_chat_commands_refuse_what_they_cannot_reach(sqlite_url: str) -> None:
    out = await play(sqlite_url, ":help\n:ppid nosuch #1\n:ppid disdukcapil\n:supervisor #4\n")
    assert ":ppid KODE" in out and ":time +2d" in out  # the help lists them
    assert "instansi 'nosuch' tidak dikenal" in out
    assert "cara pakai: :ppid KODE TEKS" in out
    assert "tidak ada tombol #4" in out


async def test_moving_the_demo_clock_brings_a_reminder_then_an_escalation(
    sqlite_url: str,
) -> None:
    clock = DemoClock(real=lambda: WEDNESDAY)
    out = await play(sqlite_url, COMPLAINT + ":time +2d\n:time +4d\n:supervisor #1\n", clock)
    [code] = set(re.findall(r"ADU-\d{4}-\d{4}", out))
    after_two_days = out.split("> :time +2d")[1].split("> :time +4d")[0]
    after_six_days = out.split("> :time +4d")[1].split("> :supervisor")[0]
    assert "jam demo: 04-12-2026 09:00 WIB, 2 hari 0 jam" in after_two_days
    assert f"Pengingat batas waktu {code}" in after_two_days
    assert "Lewat batas waktu" not in after_two_days
    assert f"Lewat batas waktu: {code}" in after_six_days  # to the supervisors
    assert "Ringkasan harian" in after_six_days  # the daily digest, as in ``aduan run``
    assert f"meminta {code} segera ditindaklanjuti" in out.split("> :supervisor")[1]


async def test_a_restarted_demo_keeps_the_time_it_was_moved_to(sqlite_url: str) -> None:
    await play(sqlite_url, COMPLAINT + ":time +3d\n", DemoClock(real=lambda: WEDNESDAY))
    out = await play(sqlite_url, ":time\n/status\n", DemoClock(real=lambda: WEDNESDAY))
    assert "jam demo: 05-12-2026" in out  # not back on the 2nd
    assert "Pengingat batas waktu" not in out  # what was due went out once, before
    assert "tidak ada tombol" not in out and "cara pakai" not in out


async def test_the_demo_speaks_the_configured_language_from_the_catalogs(
    sqlite_url: str,
) -> None:
    settings = Settings(database_url=sqlite_url, default_language="en")
    out = io.StringIO()
    script = io.StringIO(":help\n:time +1d\n")
    assert await run_demo(settings, script, out, DemoClock(real=lambda: WEDNESDAY)) == 0
    shown = out.getvalue()
    assert "Type messages as a resident" in shown  # the banner
    assert "What you can type:" in shown and ":admin CODE TEXT" in shown  # the help
    assert "demo clock: 03-12-2026 09:00 WIB, 1 day 0 hours ahead" in shown
    assert "Yang bisa Anda ketik" not in shown and "jam demo" not in shown


REFUSED = ":admin nosuch hai\n:ppid disdukcapil\n:atasan >x\n#9\n:loc utara\n:phot\n:time -1d\n"
REFUSALS = {
    "id": [
        "instansi 'nosuch' tidak dikenal; kode: ",
        "cara pakai: :ppid KODE TEKS | #N | >N TEKS",
        "cara pakai: :atasan >N TEKS (N: nomor pesan)",
        "tidak ada tombol #9",
        "cara pakai: :loc LINTANG BUJUR",
        "perintah ':phot' tidak dikenal: :help menampilkan daftarnya",
        "'-1d': tulis langkah maju seperti +2d",
    ],
    "en": [
        "unknown agency 'nosuch'; codes: ",
        "usage: :ppid CODE TEXT | #N | >N TEXT",
        "usage: :atasan >N TEXT (N: the message number)",
        "there is no button #9",
        "usage: :loc LATITUDE LONGITUDE",
        "unknown command ':phot': :help lists the commands",
        "'-1d': use a step forward like +2d",
    ],
}


@pytest.mark.parametrize("language", ["id", "en"])
async def test_the_demo_refuses_a_mistyped_line_in_the_configured_language(
    sqlite_url: str, language: str
) -> None:
    settings = Settings(database_url=sqlite_url, default_language=language)
    out = io.StringIO()
    assert (
        await run_demo(settings, io.StringIO(REFUSED), out, DemoClock(real=lambda: WEDNESDAY)) == 0
    )
    shown = out.getvalue()
    for refusal in REFUSALS[language]:
        assert f"   ({refusal}" in shown
    other = REFUSALS["en" if language == "id" else "id"]
    assert not any(refusal in shown for refusal in other)


async def test_the_demo_labels_who_each_message_is_for_in_the_configured_language(
    sqlite_url: str,
) -> None:
    script = "/start\n:admin pupr /chatid\n:ppid disdukcapil /chatid\n:supervisor /chatid\n"
    labels = {
        "id": ["🤖 Bot → Anda:", "📋 [Grup staf Dinas PUPR] (pesan 2):",
               "📄 [PPID Disdukcapil] (pesan 3):", "🛡  [Grup supervisor] (pesan 4):"],
        "en": ["🤖 Bot → You:", "📋 [Public Works staff group] (message 2):",
               "📄 [PPID Civil Registry] (message 3):", "🛡  [Supervisors' group] (message 4):"],
    }  # fmt: skip
    for language, url in (("id", sqlite_url), ("en", sqlite_url.replace(".db", "-en.db"))):
        out = io.StringIO()
        settings = Settings(database_url=url, default_language=language)
        assert await run_demo(settings, io.StringIO(script), out) == 0
        shown = out.getvalue()
        assert [label for label in labels[language] if label not in shown] == []
        other = labels["en" if language == "id" else "id"]
        assert [label for label in other if label in shown] == []
