"""A problem told plainly, with no word of complaint, is a complaint even when its service
is an FAQ topic: a structure worn out or half gone, a nuisance told by what it does to
people, force an official used on a resident's goods, a resident scolded for asking, an
official deciding who gets a benefit. Questions about the same services stay questions.

The messages and the knowledge base are written for this test."""

from __future__ import annotations

import pytest

from knowledge_base.matcher import Intent, Matcher
from tests.knowledge_base.invented_kb import invented_matcher

_KB = """
- id: izin-reklame
  agency: dpmptsp
  questions:
    - Bagaimana cara mengurus izin pemasangan papan reklame?
    - pasang baliho iklan di pinggir jalan izinnya ke mana
  keywords: [izin reklame, papan reklame, baliho]
  answer: Izin reklame diajukan di DPMPTSP dengan gambar konstruksi dan titik lokasi.
- id: lapor-pencemaran-udara
  agency: dinas lingkungan hidup
  questions:
    - Ke mana melaporkan pencemaran udara dari pabrik atau pembakaran?
    - asap pabrik masuk rumah lapor ke mana
  keywords: [pencemaran udara, asap pabrik, pembakaran sampah]
  answer: Laporkan ke Dinas Lingkungan Hidup dengan foto, lokasi dan jam kejadian.
- id: pedagang-kaki-lima
  agency: satpol pp
  questions:
    - Di mana pedagang kaki lima boleh berjualan?
    - lokasi jualan pkl yang resmi
  keywords: [pedagang kaki lima, pkl, lapak]
  answer: PKL berjualan di zona yang ditetapkan; penertiban di luar zona dilakukan Satpol PP.
- id: pupuk-bersubsidi
  agency: dinas pertanian
  questions:
    - Siapa yang berhak menerima pupuk bersubsidi?
    - syarat dapat pupuk subsidi
  keywords: [pupuk bersubsidi, pupuk subsidi, kartu tani]
  answer: Petani yang terdaftar di e-RDKK kelompok taninya berhak menebus pupuk bersubsidi.
- id: jam-perpustakaan
  agency: dinas perpustakaan
  questions:
    - Jam buka perpustakaan daerah?
    - perpus buka hari minggu tidak
  keywords: [jam buka perpustakaan, perpustakaan daerah]
  answer: Perpustakaan daerah buka Senin sampai Sabtu pukul 08.00 sampai 16.00.
"""


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return invented_matcher(_KB)


@pytest.mark.parametrize(
    "text",
    [
        "tiang papan reklame di bundaran sudah keropos, miringnya makin kelihatan",
        "baliho di pertigaan pasar rangkanya lapuk, tinggal separuh yang nempel",
        "asap pembakaran sekam di belakang sekolah bikin murid-murid sesak tiap siang",
        "petugas penertiban menendang meja jualan bapak saya sampai gorengannya tumpah",
        "penjaga perpustakaan membentak adik saya cuma karena nanya letak komputer",
        "pak kades milih sendiri siapa yang dapat pupuk subsidi, kelompok tani kami dilewati",
        "pak kades memilih sendiri siapa yang dapat pupuk subsidi, kelompok kami dilewati",
        "ketua kelompok tani mengaturnya sendiri siapa yang dapat pupuk, kami tidak kebagian",
    ],
)
def test_a_problem_told_plainly_is_a_complaint(matcher: Matcher, text: str) -> None:
    assert matcher.match(text).intent is Intent.COMPLAINT


@pytest.mark.parametrize(
    "text",
    [
        "siapa yang menentukan petani penerima pupuk subsidi",
        "pasang papan reklame kecil di depan toko perlu izin ga, bayarnya berapa",
        "perpustakaan daerah buka hari minggu gak sih, mau ajak anak",
    ],
)
def test_a_question_about_the_same_services_is_no_complaint(matcher: Matcher, text: str) -> None:
    assert matcher.match(text).intent is not Intent.COMPLAINT
