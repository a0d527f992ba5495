"""A formal letter announces its question ("kami bermaksud menanyakan ...", "saya ingin
mengetahui ...") and may name no question word nor end with a question mark: it asks all
the same, while a complaint that announces a question of why stays a complaint."""

from __future__ import annotations

from pathlib import Path

import pytest

import knowledge_base
from knowledge_base.focus import clauses
from knowledge_base.loader import load_kb
from knowledge_base.matcher import Intent, Matcher


@pytest.fixture(scope="module")
def sample() -> Matcher:
    return Matcher(load_kb(Path(knowledge_base.__file__).parent / "sample"))


@pytest.mark.parametrize(
    ("letter", "entry"),
    [
        (
            "Dengan hormat, kami ahli waris almarhum Bapak Darto bermaksud menanyakan besarnya "
            "denda keterlambatan pembayaran pajak bumi dan bangunan yang belum terbayar dua tahun.",
            "pbb-jatuh-tempo-denda",
        ),
        (
            "Dengan hormat, saya ingin mengetahui ketentuan denda atas PBB yang belum dibayar "
            "sejak tahun lalu.",
            "pbb-jatuh-tempo-denda",
        ),
        (
            "Selamat siang, saya mau menanyakan jadwal imunisasi anak di puskesmas karena anak "
            "saya belum lengkap imunisasinya.",
            "imunisasi-rutin-anak",
        ),
        (
            "Kami pengurus masjid hendak menanyakan perizinan penggunaan jalan kabupaten untuk "
            "pengajian akbar yang tidak mungkin digelar di halaman.",
            "izin-penggunaan-jalan-acara",
        ),
    ],
)
def test_an_announced_question_is_no_complaint(sample: Matcher, letter: str, entry: str) -> None:
    result = sample.match(letter)
    assert (result.intent, result.entry_id) == (Intent.FAQ, entry)


@pytest.mark.parametrize(
    "report",
    [
        "Kami warga RT 02 ingin menanyakan kenapa lampu jalan di gang kami tidak pernah "
        "diperbaiki padahal sudah mati tiga bulan.",
        "Saya ingin menanyakan kelanjutan laporan saya soal sampah yang menumpuk di pinggir "
        "jalan sejak dua minggu, kok belum diangkut juga",
        "Dengan hormat, kami ingin mengetahui mengapa air PDAM di dusun kami sudah seminggu "
        "tidak mengalir",
    ],
)
def test_announcing_a_question_of_why_is_still_a_complaint(sample: Matcher, report: str) -> None:
    assert sample.match(report).intent is Intent.COMPLAINT


def test_the_announcing_clause_of_a_long_letter_asks(sample: Matcher) -> None:
    text = (
        "Kami sekeluarga pindah dari Medan bulan lalu dan sekarang menetap di rumah mertua "
        "di Desa Sukamaju. Anak-anak sudah mulai sekolah di sini. Kami bermaksud menanyakan "
        "ketentuan pindah domisili untuk seluruh anggota keluarga kami"
    )
    parts = clauses(text, sample.index.normaliser)
    assert [c.asks for c in parts] == [False, False, True]


@pytest.mark.parametrize(
    "request_words", ["Mohon penjelasan: ", "Mohon informasi, ", "Saya ingin menanyakan, "]
)
def test_a_formal_request_for_information_is_no_part_of_the_topic(
    sample: Matcher, request_words: str
) -> None:
    # "penjelasan", "informasi" are words of the request, not of what is asked about: they
    # diluted the share of the message that the entry covers
    bare = sample.match("kapan imunisasi campak untuk bayi")
    asked = sample.match(request_words + "kapan imunisasi campak untuk bayi")
    assert (bare.intent, bare.entry_id) == (Intent.FAQ, "imunisasi-rutin-anak")
    assert (asked.intent, asked.entry_id) == (bare.intent, bare.entry_id)
