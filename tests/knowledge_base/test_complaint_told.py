"""A problem is reported however it is told: a wait with no word of complaint ("udah
sejam ga lewat"), a state with its "-nya" ("baunya"), an effect instead of the fault (the
yard turned into a pond), half of what is owed, the same failure months running, an
English report of officials' demands (the bridge reads "officials" as the adjective
"resmi"), an official refusing without saying what is wrong. When the message is also
about an FAQ topic, the complaint comes first and the entry is kept as the second offer;
questions that share the words stay questions.

The messages and the knowledge base are written for this test."""

from __future__ import annotations

import pytest

from knowledge_base.complaint import default_signals
from knowledge_base.complaint_told import MASK, english_as_typed, told_word
from knowledge_base.lexicon import default_lexicon
from knowledge_base.matcher import Intent, Matcher
from tests.knowledge_base.invented_kb import invented_matcher

_KB = """
- id: jadwal-kapal
  agency: dinas perhubungan
  questions:
    - Jadwal kapal penyeberangan ke pulau berangkat jam berapa?
    - kapal penyeberangan dari dermaga berangkat tiap berapa jam
  keywords: [jadwal kapal, kapal penyeberangan]
  answer: Kapal penyeberangan berangkat dari dermaga tiap dua jam, pukul 06.00 sampai 18.00.
- id: saluran-tersumbat
  agency: dinas pekerjaan umum
  questions:
    - Siapa yang membersihkan saluran air yang tersumbat di permukiman?
    - saluran got tersumbat lapor ke mana
  keywords: [saluran tersumbat, got mampet]
  answer: Pembersihan saluran di permukiman dilakukan UPT drainase; ajukan lewat kelurahan.
- id: upah-lembur
  agency: dinas tenaga kerja
  questions:
    - Berapa upah lembur yang wajib dibayar perusahaan?
    - aturan upah lembur karyawan
  keywords: [upah lembur, lembur]
  answer: Upah lembur jam pertama 1,5 kali upah sejam, jam berikutnya 2 kali upah sejam.
- id: parkir-rumah-sakit
  agency: dinas perhubungan
  questions:
    - Berapa tarif parkir resmi di rumah sakit daerah?
    - tarif parkir motor di rsud
  keywords: [tarif parkir, parkir rumah sakit]
  answer: Tarif parkir resmi di RSUD Rp2.000 untuk motor dan Rp5.000 untuk mobil.
- id: rumah-potong
  agency: dinas peternakan
  questions:
    - Bagaimana izin mendirikan tempat pemotongan ayam?
    - syarat usaha potong ayam
  keywords: [pemotongan ayam, rumah potong]
  answer: Usaha pemotongan ayam perlu NIB dan rekomendasi dinas peternakan.
"""


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return invented_matcher(_KB)


@pytest.mark.parametrize(
    "text",
    [
        "kapal penyeberangan ke pulau udah sejam belum berangkat dari dermaga",
        "tempat pemotongan ayam di ujung pasar baunya masuk ke ruang kelas sd",
        "saluran di gang kami ketutup sampah, setiap hujan halaman warga jadi kolam",
        "upah lembur bulan ini cuma setengah dari yang dijanjikan mandor",
        "kartu parkir langganan kami tiga bulan berturut-turut tidak bisa dipakai",
        "parking attendants at the hospital keep asking drivers for extra money",
        "petugas loket menolak berkas saya tanpa menjelaskan apa yang salah",
    ],
)
def test_a_problem_told_without_a_complaint_word_is_a_complaint(
    matcher: Matcher, text: str
) -> None:
    assert matcher.match(text).intent is Intent.COMPLAINT


def test_a_wait_for_a_service_the_faq_covers_offers_the_complaint_with_the_entry_second(
    matcher: Matcher,
) -> None:
    result = matcher.match("kapal penyeberangan dari dermaga udah sejam belum berangkat")
    assert result.intent is Intent.COMPLAINT
    assert result.entry_id is None
    assert "jadwal-kapal" in (result.related, *result.suggestions)


@pytest.mark.parametrize(
    "text",
    [
        "kapal penyeberangan ke pulau berangkat sejam sekali ya?",
        "kalau ada kios berdiri di atas saluran tanpa izin, siapa yang menertibkan",
        "upah lembur dihitung setengah hari atau per jam?",
        "what is the official parking fee at the hospital",
    ],
)
def test_a_question_sharing_those_words_is_no_complaint(matcher: Matcher, text: str) -> None:
    assert matcher.match(text).intent is not Intent.COMPLAINT


def test_a_state_with_its_nya_is_read_as_the_state() -> None:
    assert told_word("baunya", default_signals()) == "bau"


def test_a_word_with_nya_that_names_no_state_is_kept() -> None:
    assert told_word("rumahnya", default_signals()) == "rumahnya"


def test_english_words_as_typed_keep_only_what_the_bridge_reads() -> None:
    english = default_lexicon().english_words
    typed = english_as_typed(("petugas", "officials", "minta", "cash"), english)
    assert typed == (MASK, "officials", MASK, "cash")


def test_an_indonesian_message_has_no_english_words_as_typed() -> None:
    english = default_lexicon().english_words
    assert english_as_typed(("lampu", "jalan", "mati", "doang"), english) == ()


@pytest.mark.parametrize(
    "text",
    [
        "kapal penyeberangan sejam tidak berangkat, penumpang numpuk di dermaga",
        "sudah lapor soal got mampet dari rabu, belum ada yang datang",
        "nunggu di loket dinas tenaga kerja 5 jam cuma buat ambil kartu kuning",
        "cicilan koperasi sudah lunas tapi masih ditagih tiap bulan",
        "mesin kapal penyeberangan mogok di tengah jalan, kami terkatung-katung",
        "selokan di gang kami luber ke jalan sampai teras rumah warga",
        "bendahara kelompok narik iuran sampah tanpa kuitansi",
        "petugas parkir rumah sakit marah-marah waktu saya tanya syarat parkir inap",
    ],
)
def test_a_wait_a_breakdown_a_charge_or_a_rebuff_told_plainly_is_a_complaint(
    matcher: Matcher, text: str
) -> None:
    assert matcher.match(text).intent is Intent.COMPLAINT


@pytest.mark.parametrize(
    "text",
    [
        "kalau kapal penyeberangan mogok di tengah laut, tiket diganti tidak?",
        "saya mau tanya syarat upah lembur untuk pekerja harian",
        "antri di loket parkir rumah sakit biasanya berapa jam?",
    ],
)
def test_a_question_about_a_breakdown_or_a_queue_is_no_complaint(
    matcher: Matcher, text: str
) -> None:
    assert matcher.match(text).intent is not Intent.COMPLAINT


@pytest.mark.parametrize(
    "text",
    [
        "juru parkir rumah sakit minta 5rb tiap masuk, katanya gratis kan buat pasien",
        "aplikasi parkir langganan rumah sakit ga bisa login dari kemarin",
    ],
)
def test_money_asked_for_a_free_service_or_an_app_that_will_not_open_is_a_complaint(
    matcher: Matcher, text: str
) -> None:
    assert matcher.match(text).intent is Intent.COMPLAINT


def test_asking_whether_a_service_is_free_is_no_complaint(matcher: Matcher) -> None:
    result = matcher.match("parkir di rumah sakit daerah katanya gratis ya buat pasien?")
    assert result.intent is not Intent.COMPLAINT


def test_a_price_charged_told_without_asking_is_a_complaint(matcher: Matcher) -> None:
    result = matcher.match("loket dermaga jual tiket kapal penyeberangan anak 80rb")
    assert result.intent is Intent.COMPLAINT


def test_asking_what_a_ticket_is_sold_for_is_no_complaint(matcher: Matcher) -> None:
    result = matcher.match("tiket kapal penyeberangan di loket dermaga dijual berapa ribu?")
    assert result.intent is not Intent.COMPLAINT


@pytest.mark.parametrize(
    "text",
    [
        "tiket udah dibeli, kapal penyeberangan yang rusak kemarin diganti kapal mana",
        "my ticket is already paid, which pier does the ferry to the island leave from",
    ],
)
def test_a_message_asking_which_one_is_no_complaint(matcher: Matcher, text: str) -> None:
    assert matcher.match(text).intent is not Intent.COMPLAINT


def test_asking_where_the_money_went_still_reports(matcher: Matcher) -> None:
    result = matcher.match(
        "juru parkir rumah sakit narik 10rb per motor tanpa karcis, uangnya ke mana"
    )
    assert result.intent is Intent.COMPLAINT
