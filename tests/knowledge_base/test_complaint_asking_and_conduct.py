"""A chat question is a question however it closes (on a call to the bot, "... ga min",
"... gak kak"; on a choice, "... ato kecamatan"; asking "lewat mana"), and a story of an
official's conduct is a complaint even with no complaint word in it (a guard turning a
resident away, hours of waiting while the officer went to eat, an agent forcing a
package on recipients), in Indonesian and English.

The messages and the knowledge base are written for this test."""

from __future__ import annotations

import pytest

from knowledge_base.matcher import Intent, Matcher
from tests.knowledge_base.invented_kb import invented_matcher

_KB = """
- id: pelatihan-umkm
  agency: dinas koperasi
  questions:
    - Apakah ada pelatihan usaha gratis untuk warga?
    - pelatihan membuat kerupuk untuk ibu rumah tangga
  keywords: [pelatihan usaha, pelatihan gratis]
  answer: Dinas Koperasi membuka pelatihan usaha gratis tiap triwulan, daftar di kantor desa.
- id: jam-puskesmas
  agency: dinas kesehatan
  questions:
    - Jam buka puskesmas hari Sabtu dan Minggu?
    - puskesmas buka akhir pekan tidak
  keywords: [jam buka puskesmas]
  answer: Puskesmas rawat inap buka 24 jam; puskesmas lain buka Sabtu sampai pukul 12.
- id: retribusi-sampah
  agency: dinas lingkungan hidup
  questions:
    - Retribusi sampah rumah tangga dibayar ke mana?
    - bayar iuran sampah ke siapa
  keywords: [retribusi sampah, iuran sampah]
  answer: Retribusi sampah rumah tangga dibayar lewat rekening air PDAM atau di kelurahan.
- id: izin-usaha
  agency: dpmptsp
  question: Bagaimana cara mengurus izin usaha (NIB)?
  keywords: [nib, izin usaha]
  answer: NIB diurus daring di OSS atau dibantu petugas di kantor DPMPTSP.
- id: lapor-bencana
  agency: bpbd
  questions:
    - Bagaimana melaporkan kejadian bencana ke BPBD?
    - lapor tanah longsor ke bpbd
  keywords: [lapor bencana, bpbd]
  answer: Laporkan kejadian bencana ke pusat pengendalian operasi BPBD di nomor yang tertera.
"""


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return invented_matcher(_KB)


@pytest.mark.parametrize(
    "text",
    [
        "ibu2 pkk mau belajar bikin kerupuk, ada pelatihan gratis ga min",
        "puskesmas deket rumah minggu gini buka gak kak",
        "iuran sampah rumah tangga itu bayarnya ke rt ato kelurahan",
        "kalau ada longsor kecil di jalan kampung, ngabarin bpbd lewat mana",
        "is there any free business training for housewives, admin",
    ],
)
def test_a_chat_question_that_closes_on_a_call_or_a_choice_is_no_complaint(
    matcher: Matcher, text: str
) -> None:
    assert matcher.match(text).intent is not Intent.COMPLAINT


@pytest.mark.parametrize(
    "text",
    [
        "penjaga kantor dpmptsp ngusir saya karena pakai kaos, padahal mau ngurus nib",
        "Tadi pagi saya ke kantor kecamatan untuk tanya surat pindah. Disuruh nunggu dari"
        " jam 8 sampai jam 11, ternyata petugasnya pergi makan dan tidak ada pengganti."
        " Tolong pelayanannya diperbaiki.",
        "pengurus koperasi maksa anggota beli pupuk di tokonya, gak boleh beli di luar",
        "the guard at the licensing office turned me away because I wore sandals",
        "I waited for three hours at the office while the officer went to lunch",
    ],
)
def test_an_officials_conduct_told_as_a_story_is_a_complaint(matcher: Matcher, text: str) -> None:
    assert matcher.match(text).intent is Intent.COMPLAINT


def test_a_tree_leaning_over_the_road_is_reported_as_a_complaint(matcher: Matcher) -> None:
    result = matcher.match("pohon besar di pinggir jalan desa condong ke jalan, akarnya terangkat")
    assert result.intent is Intent.COMPLAINT


def test_an_admin_acting_is_still_an_official(matcher: Matcher) -> None:
    result = matcher.match("admin kelurahan minta uang 50 ribu buat ngurus nib")
    assert result.intent is Intent.COMPLAINT


_LIGHTS = """
- id: pju-baru
  agency: dinas perhubungan
  questions:
    - Bagaimana mengajukan pemasangan lampu penerangan jalan baru?
    - minta lampu jalan baru untuk gang
  keywords: [lampu jalan baru, pju]
  answer: Ajukan lewat kelurahan dengan surat permohonan dan foto lokasi.
"""


@pytest.mark.parametrize(
    "text",
    [
        "ngajuin lampu jalan baru di gang yang gelap",
        "mau minta lampu jalan baru buat gang sempit yang gelap",
    ],
)
def test_asking_for_a_service_where_a_place_is_bad_is_a_request(text: str) -> None:
    assert invented_matcher(_LIGHTS).match(text).intent is not Intent.COMPLAINT


def test_a_failure_told_after_a_request_still_reports() -> None:
    result = invented_matcher(_LIGHTS).match("mau ajukan lampu jalan, lampunya mati sejak seminggu")
    assert result.intent is Intent.COMPLAINT


@pytest.mark.parametrize(
    "text",
    [
        "I waited three hours and the clerk went to lunch without telling anyone",
        "the receptionist sent my father away and told him to come back next week",
        "pedagang liar menutup trotoar di depan pasar setiap sore",
    ],
)
def test_conduct_or_a_breach_of_the_rules_told_plainly_reports(matcher: Matcher, text: str) -> None:
    assert matcher.match(text).intent is Intent.COMPLAINT


@pytest.mark.parametrize(
    "text",
    [
        "kades cuma kasih bantuan ke keluarganya sendiri",
        "the village head only gives aid to his relatives",
        "pembangunan selokan mangkrak, galiannya dibiarkan terbuka",
    ],
)
def test_favouring_ones_own_or_work_left_undone_reports(matcher: Matcher, text: str) -> None:
    assert matcher.match(text).intent is Intent.COMPLAINT


_DOMICILE = """
- id: surat-domisili
  agency: kelurahan
  questions:
    - Bagaimana cara membuat surat keterangan domisili?
    - surat domisili untuk pendatang yang ngekos
  keywords: [surat domisili, keterangan domisili]
  answer: Bawa KTP asal dan surat pengantar RT ke kantor kelurahan.
"""


def test_needing_a_letter_for_ones_own_plans_is_a_request() -> None:
    text = (
        "ktp saya masih dari kota lain tapi tinggal di sini, perlu surat domisili buat daftar kerja"
    )
    assert invented_matcher(_DOMICILE).match(text).intent is not Intent.COMPLAINT


def test_needing_a_letter_nobody_gives_is_still_a_report() -> None:
    text = "perlu surat pengantar dari rt, tapi pak rt tidak pernah ada di rumah sudah dua minggu"
    assert invented_matcher(_DOMICILE).match(text).intent is Intent.COMPLAINT
