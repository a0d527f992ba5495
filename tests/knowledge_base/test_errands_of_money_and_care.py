"""Errands around money and care that an entry on the same thing never deals with:
getting a fee back, giving something to a public service, another class of care,
compensation for a loss, carrying the deceased, and a tax's fines written off."""

from __future__ import annotations

import pytest

from knowledge_base.matcher import Intent, Matcher
from tests.knowledge_base.invented_kb import invented_matcher


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return invented_matcher(
        """
        - id: retribusi-danau
          agency: dispar
          questions:
            - Berapa retribusi masuk kawasan danau untuk pengunjung?
            - tiket masuk danau berapa
          keywords: [retribusi danau, tiket danau]
          answer: Retribusi masuk kawasan danau Rp10.000 untuk dewasa dan Rp5.000 untuk
            anak, dibayar di loket gerbang.
        - id: pinjam-buku
          agency: dispusip
          questions:
            - Berapa lama boleh meminjam buku di perpustakaan daerah?
            - pinjam buku perpus maksimal berapa
          keywords: [pinjam buku, perpustakaan daerah]
          answer: Anggota boleh meminjam tiga buku selama dua minggu.
        - id: rujukan-rs
          agency: rsud
          questions:
            - Bagaimana alur rujukan BPJS ke rumah sakit daerah?
          keywords: [rujukan bpjs, rujukan rumah sakit]
          answer: Minta surat rujukan dari puskesmas, lalu daftar di loket BPJS rumah sakit.
        - id: vaksin-kambing
          agency: disnak
          questions:
            - Kapan jadwal vaksinasi kambing dan domba?
          keywords: [vaksin kambing, vaksinasi ternak]
          answer: Vaksinasi kambing dan domba gratis tiap bulan Maret di puskeswan.
        - id: ambulans-desa
          agency: dinkes
          questions:
            - Apakah ambulans desa bisa dipakai mengantar pasien ke puskesmas?
          keywords: [ambulans desa, antar pasien]
          answer: Ambulans desa mengantar pasien ke puskesmas tanpa biaya; hubungi kantor
            desa.
        - id: bus-wisata-jadwal
          agency: dishub
          questions:
            - Kapan jadwal bus wisata keliling kota?
          keywords: [bus wisata, jadwal bus wisata]
          answer: Bus wisata berangkat dari alun-alun tiap Sabtu pukul 09.00 dan kembali
            ke alun-alun pukul 12.00.
        - id: pbb-jatuh-tempo
          agency: bapenda
          questions:
            - Kapan jatuh tempo PBB dan berapa dendanya?
          keywords: [jatuh tempo pbb, denda pbb]
          answer: PBB jatuh tempo 31 Agustus; lewat dari itu denda 1% per bulan.
        """
    )


@pytest.mark.parametrize(
    "message",
    [
        "sudah bayar retribusi danau tapi batal masuk karena hujan, uangnya bisa kembali?",
        "tiket danau bisa refund ga kalau acaranya batal",
        "kami mau menyumbang buku cerita anak ke perpustakaan daerah, caranya?",
        "mau pindah kelas bpjs di rumah sakit daerah, bisa?",
        "kambing saya mati sesudah divaksin, ada ganti rugi dari dinas?",
        "ada santunan dari pemda untuk kambing yang mati kena wabah?",
        "ambulans desa bisa dipakai bawa jenazah ke kampung halaman?",
        "ada program pemutihan denda pbb tahun ini?",
        "bus wisata batal jalan karena hujan, uang tiketnya dikembalikan?",
    ],
)
def test_an_errand_of_money_or_care_the_entry_never_deals_with_is_not_answered(
    matcher: Matcher, message: str
) -> None:
    assert matcher.match(message).intent is not Intent.FAQ


@pytest.mark.parametrize(
    ("message", "entry_id"),
    [
        ("retribusi masuk danau sekarang berapa", "retribusi-danau"),
        ("pinjam buku di perpustakaan daerah berapa lama", "pinjam-buku"),
        ("rujukan bpjs ke rumah sakit daerah gimana alurnya", "rujukan-rs"),
        ("vaksinasi kambing bulan apa", "vaksin-kambing"),
        ("ambulans desa bisa antar pasien ke puskesmas?", "ambulans-desa"),
        ("denda pbb kalau telat berapa", "pbb-jatuh-tempo"),
        ("jadwal bus wisata hari sabtu jam berapa", "bus-wisata-jadwal"),
    ],
)
def test_the_entry_s_own_question_is_still_answered(
    matcher: Matcher, message: str, entry_id: str
) -> None:
    result = matcher.match(message)
    assert (result.intent, result.entry_id) == (Intent.FAQ, entry_id)
