"""An errand the message asks (correcting a record, legalising a copy, a vacancy) that
an entry about the same document or programme never speaks of: that entry lacks it, as
it would lack a service the message names."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge_base.loader import load_kb
from knowledge_base.matcher import Intent, Matcher
from tests.knowledge_base.invented_kb import invented_matcher


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return invented_matcher(
        """
        - id: akta-lahir
          agency: disdukcapil
          questions:
            - Apa syarat membuat akta kelahiran anak?
            - bikin akte lahir bawa apa
          keywords: [akta kelahiran]
          answer: Bawa surat keterangan lahir dari bidan, KK dan buku nikah orang tua.
        - id: ubah-data-ktp
          agency: disdukcapil
          question: Bagaimana cara perubahan data di KTP?
          keywords: [ubah data ktp]
          answer: Bawa KTP lama dan dokumen pendukung ke Disdukcapil.
        - id: jadwal-posyandu
          agency: dinkes
          question: Kapan jadwal posyandu di desa?
          keywords: [jadwal posyandu]
          answer: Posyandu buka sebulan sekali, tanyakan jadwalnya ke kader atau bidan desa.
        """
    )


@pytest.mark.parametrize(
    "message",
    [
        "nama ibu di akte lahir anak saya salah tulis, benerinnya gimana",
        "akta kelahiran ada salah dua huruf di nama, pembetulannya ke mana",
        "my son's birth certificate has a typo in his name, how do we fix it?",
        "legalisir fotokopi akta kelahiran di mana",
        "ada lowongan jadi kader posyandu ga?",
    ],
)
def test_an_errand_the_entry_never_speaks_of_is_not_answered_with_it(
    matcher: Matcher, message: str
) -> None:
    assert matcher.match(message).intent is not Intent.FAQ


@pytest.mark.parametrize(
    ("message", "entry_id"),
    [
        ("data di ktp saya salah ketik, cara ubahnya gimana", "ubah-data-ktp"),
        ("syarat akta kelahiran anak apa aja", "akta-lahir"),
        ("jadwal posyandu bulan ini kapan", "jadwal-posyandu"),
    ],
)
def test_the_entry_that_speaks_of_the_errand_or_a_plain_question_is_answered(
    matcher: Matcher, message: str, entry_id: str
) -> None:
    result = matcher.match(message)
    assert (result.intent, result.entry_id) == (Intent.FAQ, entry_id)


def _rujukan(*more_entries_yaml: str) -> Matcher:
    """A KB whose referral entry names moving hospital in its answer, with ``more``."""
    rujukan = """
        - id: rujukan-bpjs
          agency: dinkes
          question: Bagaimana cara mendapat rujukan BPJS ke rumah sakit?
          keywords: [rujukan bpjs, rujukan faskes]
          answer: Minta rujukan di puskesmas atau klinik tempat faskes BPJS Anda. Pasien yang
            pindah rumah sakit perlu rujukan baru.
        """
    return invented_matcher(rujukan, *more_entries_yaml)


def test_an_answer_naming_the_errands_verb_elsewhere_does_not_deal_with_it() -> None:
    result = _rujukan().match("mau ganti faskes bpjs dari klinik ke puskesmas bisa?")
    assert result.intent is not Intent.FAQ


def test_the_entry_about_the_errand_answers_it() -> None:
    pindah = """
        - id: pindah-faskes
          agency: dinkes
          question: Bagaimana cara pindah faskes BPJS?
          keywords: [pindah faskes]
          answer: Ubah faskes lewat aplikasi Mobile JKN setelah terdaftar tiga bulan.
        """
    result = _rujukan(pindah).match("cara pindah faskes bpjs ke puskesmas lain")
    assert (result.intent, result.entry_id) == (Intent.FAQ, "pindah-faskes")


def test_a_new_installation_is_not_the_entry_on_a_broken_one() -> None:
    """The shipped KB answers how to report a street light that went out, not how to get
    one where there is none."""
    matcher = Matcher(load_kb(Path(__file__).parents[2] / "knowledge_base" / "sample"))
    message = "mau pasang lampu jalan baru di depan musala, ngajuinnya gimana"
    assert matcher.match(message).intent is not Intent.FAQ
    result = matcher.match("lampu jalan depan musala mati sudah seminggu, lapor ke mana")
    assert result.entry_id == "lampu-penerangan-jalan-mati"


def test_changing_a_field_of_a_record_is_a_correction(matcher: Matcher) -> None:
    assert matcher.match("ganti agama di akta kelahiran anak bawa apa").intent is not Intent.FAQ


def test_a_lost_document_is_not_the_entry_on_getting_it_the_first_time(matcher: Matcher) -> None:
    message = "akta kelahiran anak saya hilang waktu pindahan, bikin lagi gimana"
    assert matcher.match(message).intent is not Intent.FAQ


def test_a_letter_not_received_is_not_the_entry_on_splitting_it() -> None:
    matcher = invented_matcher(
        """
        - id: pecah-sppt
          agency: bapenda
          question: Bagaimana cara memecah SPPT PBB setelah tanah dijual sebagian?
          keywords: [pecah sppt, split nop]
          answer: Ajukan pemecahan objek pajak ke Bapenda dengan sertifikat dan bukti jual beli.
        """
    )
    assert matcher.match(
        "sppt pbb tahun ini belum sampai ke rumah, mintanya di mana"
    ).intent is not (Intent.FAQ)
    assert matcher.match("cara pecah sppt tanah yang dijual sebagian").entry_id == "pecah-sppt"


def test_what_an_acronym_stands_for_is_not_the_schedule_entry(matcher: Matcher) -> None:
    assert matcher.match("posyandu tuh singkatan dari apa ya").intent is not Intent.FAQ


def test_a_payout_date_is_not_the_entry_on_why_a_benefit_stopped() -> None:
    matcher = invented_matcher(
        """
        - id: bansos-berhenti
          agency: dinsos
          questions:
            - Kenapa bansos saya tidak cair lagi?
            - bpnt saya berhenti
          keywords: [bansos tidak cair, bpnt berhenti]
          answer: Cek status kepesertaan di desa; data bisa berubah setelah pemutakhiran DTKS.
        """
    )
    assert matcher.match("bpnt tahap dua cair tanggal berapa ya").intent is not Intent.FAQ
    assert matcher.match("kenapa bansos saya tidak cair lagi").entry_id == "bansos-berhenti"


_LAND = """
- id: biaya-sertifikat-tanah
  agency: bpn
  questions:
    - Berapa biaya membuat sertifikat tanah?
    - biaya sertifikat tanah program ptsl
  keywords: [sertifikat tanah, ptsl]
  answer: Sertifikat lewat PTSL gratis dari negara; warga menanggung patok dan materai.
"""


def test_splitting_a_land_certificate_is_not_answered_by_its_cost() -> None:
    result = invented_matcher(_LAND).match(
        "sertifikat tanah saya mau dipecah jadi dua bidang buat anak, caranya gimana"
    )
    assert result.intent is not Intent.FAQ


def test_an_entry_on_splitting_answers_the_split() -> None:
    split = """
        - id: pecah-sertifikat
          agency: bpn
          question: Bagaimana cara memecah sertifikat tanah menjadi beberapa bidang?
          keywords: [pemecahan sertifikat, pecah sertifikat]
          answer: Ajukan pemecahan bidang ke kantor pertanahan dengan sertifikat asli dan KTP.
        """
    result = invented_matcher(_LAND, split).match(
        "sertifikat tanah saya mau dipecah jadi dua bidang buat anak, caranya gimana"
    )
    assert (result.intent, result.entry_id) == (Intent.FAQ, "pecah-sertifikat")


def test_a_broken_roof_tile_is_no_split() -> None:
    roof = """
        - id: bedah-rumah
          agency: dinas perkim
          question: Apa syarat bantuan bedah rumah tidak layak huni?
          keywords: [bedah rumah, rumah tidak layak huni]
          answer: Rumah milik sendiri bersertifikat, penghuni warga tidak mampu terdaftar DTKS.
        """
    result = invented_matcher(roof).match(
        "genteng rumah kami banyak yang pecah dan sertifikat atas nama saya, syarat bedah rumah apa"
    )
    assert (result.intent, result.entry_id) == (Intent.FAQ, "bedah-rumah")


_ROUTES_AND_FIELDS = """
- id: rute-angkot
  agency: dishub
  questions:
    - Apa saja rute angkot di kota?
    - trayek angkot lewat pasar
  keywords: [rute angkot, trayek angkot]
  answer: Peta rute dan trayek angkot ada di laman Dishub dan di terminal kota.
- id: sewa-lapangan
  agency: desa
  question: Berapa biaya sewa lapangan desa untuk acara?
  keywords: [sewa lapangan, lapangan desa]
  answer: Sewa lapangan desa Rp200.000 per hari, pesan di kantor desa.
"""


@pytest.mark.parametrize(
    "text",
    [
        "izin trayek baru buat angkot ngurusnya ke mana",
        "izin keramaian buat hajatan dangdut di lapangan desa ke mana",
    ],
)
def test_a_route_or_crowd_permit_is_not_answered_by_the_route_or_the_venue(text: str) -> None:
    assert invented_matcher(_ROUTES_AND_FIELDS).match(text).intent is not Intent.FAQ
