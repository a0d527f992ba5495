"""The demo plays piped lines as a script through the real core and exits at the end."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

from bot.config import Settings
from bot.demo import run_demo

SCRIPT = """/start
/lapor Sampah menumpuk di TPS Jalan Kenanga sudah lima hari tidak diangkut
#1
:loc -6.9 107.6
#1
#2
#1
/status
:admin dlh /chatid
:admin nosuch hello
#99
"""


async def test_a_piped_script_files_a_complaint_and_prints_every_party(tmp_path: Path) -> None:
    settings = Settings(database_url=f"sqlite+aiosqlite:///{tmp_path}/demo.db")
    out = io.StringIO()
    code = await run_demo(settings, io.StringIO(SCRIPT), out)
    transcript = out.getvalue()
    assert code == 0
    assert "> /start" in transcript
    assert "🤖 Bot → Anda" in transcript
    assert "📋 [Grup staf DLH]" in transcript or "📋 [Grup staf" in transcript
    assert "ADU-" in transcript and "Menunggu tindak lanjut" in transcript
    assert "instansi 'nosuch' tidak dikenal; kode: " in transcript
    assert "tidak ada tombol #99" in transcript


async def test_the_demo_resumes_a_half_finished_complaint(tmp_path: Path) -> None:
    settings = Settings(database_url=f"sqlite+aiosqlite:///{tmp_path}/demo.db")
    first = "/lapor Lampu jalan di Jalan Melati padam sejak seminggu, gelap sekali\n#3\n"
    await run_demo(settings, io.StringIO(first), io.StringIO())
    out = io.StringIO()
    await run_demo(settings, io.StringIO("Jalan Melati RT 01\n#1\n#1\n#1\n"), out)
    assert "ADU-" in out.getvalue()


def test_the_aduan_demo_command_runs_from_a_pipe(tmp_path: Path) -> None:
    env = {**os.environ, "ADUAN_DATABASE_URL": f"sqlite:///{tmp_path}/cli.db"}
    result = subprocess.run(
        [sys.executable, "-m", "bot", "demo"],
        input="/start\nsyarat akta kelahiran\n",
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        cwd=tmp_path,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "Kabupaten Sukamaju" in result.stdout
    assert result.stdout.count("🤖 Bot → Anda") >= 2


async def test_a_mistyped_demo_command_is_refused_and_a_document_goes_with_the_report(
    tmp_path: Path,
) -> None:
    settings = Settings(database_url=f"sqlite+aiosqlite:///{tmp_path}/demo.db")
    script = (
        "/lapor Sampah menumpuk di TPS Jalan Kenanga sudah lima hari tidak diangkut\n#1\n"
        ":phot Jl. Kenanga\n:doc bukti.pdf\nJl. Kenanga No. 4, Desa Sukamaju\n#1\n#1\n"
    )
    out = io.StringIO()
    assert await run_demo(settings, io.StringIO(script), out) == 0
    transcript = out.getvalue()
    assert "perintah ':phot' tidak dikenal" in transcript and "Lokasi: :phot" not in transcript
    assert "Dokumen disimpan bersama laporan" in transcript
    assert "Lokasi: Jl. Kenanga No. 4" in transcript
