"""A complaint about a service the FAQ also answers questions about: a fee asked for a
free letter, recalled as free ("katanya kan gratis?"); a levy ticket with no serial
number and money gone nobody knows where; a desk closed although it was said to be
open; a month reached or months waited with the thing still not come (in Javanese too);
a post nobody staffed; an English order to pay; something still not done. And a question
that opens by setting a sibling service aside ("bukan X, tapi Y") is no complaint.

The messages and the knowledge base are written for this test."""

from __future__ import annotations

import pytest

from knowledge_base.complaint import complaint_features, default_signals
from knowledge_base.complaint_shape import ends_requesting
from knowledge_base.complaint_told import tells_elapsed
from knowledge_base.lexicon import default_lexicon
from knowledge_base.matcher import Intent, Matcher
from knowledge_base.narrated_ask import still_asking
from knowledge_base.normaliser import Normaliser
from knowledge_base.phrases import spaced
from knowledge_base.tokens import words_of
from knowledge_base.typed_asking import is_asking
from tests.knowledge_base.invented_kb import invented_matcher

_KB = """
- id: surat-keterangan-rw
  agency: kelurahan
  questions:
    - Bagaimana cara minta surat keterangan dari ketua RW?
    - surat keterangan rw buat lamar kerja
  keywords: [surat keterangan rw, surat rw]
  answer: Surat keterangan RW gratis; bawa KTP dan KK ke ketua RW.
- id: retribusi-terminal
  agency: dinas perhubungan
  questions:
    - Berapa retribusi masuk terminal untuk angkutan desa?
    - retribusi terminal angkudes
  keywords: [retribusi terminal, karcis terminal]
  answer: Retribusi terminal Rp3.000 sekali masuk, dengan karcis bernomor seri.
- id: klinik-malam
  agency: dinas kesehatan
  questions:
    - Klinik mana yang buka malam hari?
    - klinik buka malam
  keywords: [klinik malam, klinik 24 jam]
  answer: Klinik Kecamatan Barat buka 24 jam setiap hari.
- id: bantuan-buku-sekolah
  agency: dinas pendidikan
  questions:
    - Kapan bantuan buku sekolah dibagikan?
    - jadwal pembagian buku gratis
  keywords: [bantuan buku, buku gratis]
  answer: Buku gratis dibagikan di sekolah pada bulan Juli.
- id: penjaga-kolam-renang
  agency: dinas pemuda dan olahraga
  questions:
    - Apakah kolam renang umum dijaga penjaga?
    - is there a lifeguard at the public pool
  keywords: [penjaga kolam, lifeguard, kolam renang umum]
  answer: Kolam renang umum dijaga dua penjaga setiap jam buka.
- id: ganti-alamat-kk
  agency: dinas kependudukan
  questions:
    - Bagaimana cara ganti alamat di KK setelah pindah?
    - ubah alamat kk
  keywords: [ganti alamat, alamat kk]
  answer: Ganti alamat di KK dengan surat pindah dari daerah asal.
- id: kk-hilang
  agency: dinas kependudukan
  questions:
    - KK hilang, bagaimana cara cetak ulang?
    - kartu keluarga hilang
  keywords: [kk hilang, cetak ulang kk]
  answer: Cetak ulang KK yang hilang dengan surat kehilangan dari polsek.
"""


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return invented_matcher(_KB)


@pytest.mark.parametrize(
    "text",
    [
        "ketua rw minta 30 ribu buat surat keterangan rw, buat kas katanya. katanya kan gratis?",
        "petugas terminal narik retribusi pakai karcis tanpa nomor seri, uangnya entah ke mana",
        "klinik barat jam 11 malam tutup, padahal katanya buka 24 jam",
        "buku gratis sudah oktober belum dibagi di sd kami",
        "bantuan buku durung teko wis 3 wulan",
        "the lifeguard post at the public pool was empty all Sunday afternoon",
    ],
)
def test_a_complaint_about_a_service_the_faq_answers_is_a_complaint(
    matcher: Matcher, text: str
) -> None:
    assert matcher.match(text).intent is Intent.COMPLAINT


@pytest.mark.parametrize(
    "text",
    [
        "bukan kk hilang, tapi alamat di kk mau diganti karena sudah pindah",
        "bukan ganti alamat ya, maksud saya kk saya hilang waktu banjir",
    ],
)
def test_a_question_setting_a_sibling_aside_is_no_complaint(matcher: Matcher, text: str) -> None:
    assert matcher.match(text).intent is not Intent.COMPLAINT


def test_opening_on_bukan_main_or_bukan_cuma_sets_nothing_aside() -> None:
    assert is_asking("bukan kk hilang, tapi alamatnya salah")
    assert not is_asking("bukan main lamanya antre di kantor dukcapil")
    assert not is_asking("bukan cuma sekali, petugas minta uang lagi")


def test_a_month_reached_with_the_thing_not_come_is_a_wait() -> None:
    assert tells_elapsed(" sudah november belum cair ")
    assert tells_elapsed(" dari bulan maret tidak dikirim ")
    assert not tells_elapsed(" pendaftaran dibuka sejak maret sampai mei ")


def test_a_javanese_unit_after_a_count_is_a_wait() -> None:
    assert tells_elapsed(" belum cair sudah 2 sasi ")
    assert not tells_elapsed(" bu wulan kader posyandu ")


def test_money_gone_nobody_knows_where_and_a_condition_imposed_ask_nothing() -> None:
    asked = still_asking(" uang tidak jelas ke mana ", {"mana"})
    assert "ke mana" not in asked
    imposed = " kartu baru boleh diambil kalau sudah bayar iuran "
    assert "boleh" not in still_asking(imposed, {"boleh"})
    assert "boleh" in still_asking(" kartu boleh diambil siapa saja ", {"boleh"})


def _features(text: str) -> dict[str, float]:
    normaliser = Normaliser(default_lexicon(), ["terminal", "klinik"])
    tokens = normaliser.tokens(text)
    return complaint_features(tokens, "?" in text, default_lexicon(), typed=words_of(text))


def test_a_fee_recalled_as_free_reproaches_like_asking_why() -> None:
    found = _features("pak rw minta 20 ribu, katanya kan gratis?")
    assert found["why"] and found["contrast"]


def test_a_report_closing_on_what_the_resident_was_told_lets_an_expectation_down() -> None:
    assert _features("loket terminal jam 8 pagi masih tutup, katanya buka jam 6")["contrast"]
    assert not _features("loket terminal buka jam berapa")["contrast"]


def test_a_pavement_taken_over_is_a_bad_state() -> None:
    assert _features("lapak pedagang menuhin trotoar depan terminal")["bad"]


def test_an_english_order_to_pay_is_conduct() -> None:
    assert _features("the clerk told me to pay 500 thousand for the stamp")["money_asked"]


def test_something_still_not_done_is_told_with_intensity() -> None:
    assert _features("our landlord still hasn't returned the deposit")["intensity"]


def test_an_or_not_tag_closing_on_like_that_asks() -> None:
    assert is_asking("ketua rt nawarin bayar iuran lewat dia, aman ga kayak gitu")
    assert not is_asking("petugasnya ga gitu peduli sama warga")


def test_asking_where_from_and_whether_to_pay_at_a_place_ask() -> None:
    assert _features("info jadwal pemadaman yang resmi dari mana sih")["ask"]
    assert _features("vaksin anjing bayar ga di klinik hewan")["ask"]


def test_an_or_not_tag_before_calling_the_admin_asks() -> None:
    assert is_asking("bantuan buku masih ada ga min, adik saya baru masuk sd")
    assert not is_asking("bantuan buku ga ada min")


def test_the_javanese_which_closing_the_message_asks() -> None:
    assert is_asking("klinik sing bukak bengi endi rek")
    assert not is_asking("klinik tutup terus, ora ono sing ngurusi")


def test_wanting_an_officer_sent_is_a_request() -> None:
    wanted = "daun jagung menguning saya ingin ada petugas yang memeriksa"
    assert ends_requesting(spaced(wanted.split(" ")), default_signals())
