"""A long message's story reading, read before the message as written (so that the
as-written ranking is skipped when the story reading answers), gives the very reading
the as-written-first order gives."""

from __future__ import annotations

from pathlib import Path

import pytest

import knowledge_base.matcher as matcher_module
from knowledge_base.focus import story_reading
from knowledge_base.loader import load_kb
from knowledge_base.matcher import Matcher
from knowledge_base.readings import Reading
from knowledge_base.scorer import reads_story_first

SAMPLE = Path(__file__).resolve().parents[2] / "knowledge_base" / "sample"

# invented long messages: a story, then a question (or none)
MESSAGES = (
    "selamat pagi min, anak kedua saya baru lahir minggu lalu di bidan dekat rumah, "
    "suami saya kerja di luar kota dan kami sekarang tinggal di rumah mertua di desa "
    "sebelah. bagaimana cara mengurus akta kelahirannya?",
    "halo kak, kemarin saya ke kantor kecamatan tapi petugasnya sedang istirahat, saya "
    "baru menikah bulan lalu dan pindah dari kota lain bersama istri saya. untuk kartu "
    "keluarga baru syaratnya apa saja ya?",
    "pak, dompet saya hilang waktu naik angkot ke pasar minggu kemarin dan ktp saya "
    "ikut hilang, sudah lapor polisi juga dan dapat surat kehilangan. untuk buat ktp "
    "baru harus bawa apa saja?",
    "bu, tetangga saya bilang ada bantuan perbaikan rumah dari pemerintah tahun ini, "
    "rumah kami sudah tua dan atapnya bocor kalau hujan deras, dindingnya juga retak. "
    "daftarnya di mana dan kapan?",
    "saya sudah tiga kali datang ke kantor desa minggu ini tapi petugasnya tidak ada "
    "terus, padahal saya sudah izin kerja, surat pengantar saya belum juga dibuat "
    "sampai sekarang dan tidak ada kabar sama sekali dari desa",
)


def _in_written_order(matcher: Matcher, monkeypatch: pytest.MonkeyPatch, text: str) -> Reading:
    body, analysis = matcher.read(text)
    with monkeypatch.context() as patched:
        patched.setattr(matcher_module, "reads_story_first", lambda *_: False)
        return matcher.reading(body, analysis)


def test_reading_the_story_first_gives_the_reading_of_the_written_order(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    matcher = Matcher(load_kb(SAMPLE))
    read_first = 0
    for text in MESSAGES:
        body, analysis = matcher.read(text)
        expected = _in_written_order(matcher, monkeypatch, text)
        assert matcher.reading(body, analysis) == expected, text
        story = story_reading(body, analysis, matcher.index.normaliser)
        read_first += story is not None and reads_story_first(
            matcher.index, analysis, matcher.lexicon
        )
    # the story-first path is taken (the others: a short message, a situation asked)
    assert read_first >= 2
