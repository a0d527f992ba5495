"""Regional Indonesian beyond Javanese and Sundanese (eastern coastal Malay, Banjar,
Minangkabau, Riau and Deli Malay, Medan, Palembang, Betawi) is read as the Indonesian a
knowledge base is written in: pronouns, negation, question words, want and go verbs and
the nouns of public service. Words that are Indonesian of another meaning are read only
in their phrases. The messages are invented."""

from __future__ import annotations

import pytest

from knowledge_base.lexicon import default_lexicon, one_word_sources
from knowledge_base.matcher import Intent, Matcher
from knowledge_base.normaliser import Normaliser
from tests.knowledge_base.invented_kb import invented_matcher


@pytest.fixture(scope="module")
def normaliser() -> Normaliser:
    return Normaliser(default_lexicon(), ["kartu", "keluarga", "pajak", "tanah", "kantor"])


@pytest.mark.parametrize(
    ("regional", "indonesian"),
    [
        ("sa pe motor hilang", "saya punya motor hilang"),  # eastern coastal Malay
        ("ngana su bayar ka tidak", "kamu sudah bayar atau tidak"),
        ("ulun handak tahu kayapa caranya", "saya mau tahu bagaimana cara"),  # Banjar
        ("kada kawa datang", "tidak bisa datang"),
        ("bara lamo urusannyo salasai", "berapa lama urusannya selesai"),  # Minang
        ("namo awak alun ado", "nama saya belum ada"),
        ("budak saye tak de kartu", "anak saya tidak ada kartu"),  # Riau Malay
        ("kelen tau cemana caranya", "kalian tahu bagaimana cara"),  # Medan
        ("wong dak pacak bayar pajak galo", "orang tidak bisa bayar pajak semua"),  # Palembang
        ("aye kagak ade kartu", "saya tidak ada kartu"),  # Betawi
        ("tuku lemah kudu bayar pajak", "beli tanah harus bayar pajak"),  # Javanese
        ("lamun aya kahuruan", "kalau ada kebakaran"),  # Sundanese
        ("solokan pinuh ku leutak", "selokan penuh ku lumpur"),
        ("tagihan banyu mundhak", "tagihan air naik"),  # Javanese
        ("dindiang rumah lapuak", "dinding rumah lapuk"),  # Minang
        ("tiket kapal ke pulo berapa mi", "tiket kapal ke pulau berapa"),  # Makassar
        ("yatra kangge griya menika", "uang untuk rumah ini"),  # polite Javanese
    ],
)
def test_a_dialect_phrase_reads_as_indonesian(
    normaliser: Normaliser, regional: str, indonesian: str
) -> None:
    assert normaliser.normalise(regional) == indonesian


@pytest.mark.parametrize(
    "indonesian",
    [
        "badan saya lemah sekali",  # "lemah" is weak, Javanese land only in its phrases
        "awak kapal minta izin berlayar",  # "awak" is a crew, Minang "I" only in phrases
        "mi ayam bakso dijual di warung",  # "mi" is noodles, Makassar's tag only after asking
        "pai apel buatan ibu",  # "pai" is a pie, Minang "go" only in "pai ka"
        "budak belian zaman dulu",  # "budak" is a slave, a Malay child only in phrases
    ],
)
def test_an_indonesian_word_that_a_dialect_also_uses_keeps_its_meaning(
    normaliser: Normaliser, indonesian: str
) -> None:
    assert normaliser.normalise(indonesian) == indonesian


def test_a_word_of_a_dialect_phrase_that_another_table_reads_is_still_mended() -> None:
    # "ngurus" (chat's "urus") is a word of the Sundanese "nu ngurus": a slip of it is
    # still mended, while "lemah", read only in Javanese phrases, is no typo target
    lexicon = default_lexicon()
    assert "ngurus" not in lexicon.regional_words
    assert "ngurus" in one_word_sources(lexicon)
    assert "lemah" in lexicon.regional_words
    assert Normaliser(lexicon, ["urus", "izin"]).normalise("ngurs izin") == "urus izin"


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return invented_matcher(
        """
        - id: tiket-kapal-mobil
          agency: dishub
          question: Apakah mobil bisa dinaikkan ke kapal penyeberangan dan berapa tarifnya?
          keywords: [mobil naik kapal, tarif kendaraan kapal]
          answer: Bisa, tarif kendaraan golongan IV tertera di loket pelabuhan.
        - id: pajak-tanah-beli
          agency: bapenda
          question: Berapa pajak yang dibayar saat membeli tanah?
          keywords: [pajak beli tanah, bphtb]
          answer: BPHTB 5 persen dari nilai perolehan dikurangi NPOPTKP.
        - id: lapor-tanpa-nama
          agency: inspektorat
          question: Apakah bisa melapor tanpa menyebut nama?
          keywords: [lapor tanpa nama, pelapor rahasia]
          answer: Bisa, identitas pelapor dirahasiakan.
        - id: jam-buka-kantor
          agency: dukcapil
          question: Kantor dukcapil buka jam berapa?
          keywords: [jam buka kantor]
          answer: Senin sampai Jumat pukul 08.00 sampai 15.00.
        """
    )


@pytest.mark.parametrize(
    ("message", "entry_id"),
    [
        ("oto sa bisa naik kapal ka tidak, tarifnya berapa", "tiket-kapal-mobil"),
        ("tuku lemah kudu bayar pajak piro", "pajak-tanah-beli"),
        ("ulun handak melapor, kawa kah kada nyebut ngaran?", "lapor-tanpa-nama"),
        ("kantor dukcapil tu bukak jam bara?", "jam-buka-kantor"),
    ],
)
def test_a_question_in_a_dialect_finds_its_entry(
    matcher: Matcher, message: str, entry_id: str
) -> None:
    result = matcher.match(message)
    assert (result.intent, result.entry_id) == (Intent.FAQ, entry_id)


@pytest.mark.parametrize(
    ("everyday", "written"),
    [
        ("rumah peninggalan kakek", "rumah warisan kakek"),
        ("minta surat dokter", "minta surat keterangan dokter"),
        ("kampung minta disemprot asap", "kampung minta fogging"),
        ("gaji paling rendah di kota", "upah minimum di kota"),
        ("pameran kerja kapan", "bursa kerja kapan"),
        ("izin pasang videotron", "izin pasang reklame"),
    ],
)
def test_an_everyday_name_reads_as_the_name_offices_write(
    normaliser: Normaliser, everyday: str, written: str
) -> None:
    assert normaliser.normalise(everyday) == written


def test_a_scheme_asked_by_its_everyday_name_finds_the_entry_that_names_it_otherwise() -> None:
    matcher = invented_matcher(
        """
        - id: wifi-publik
          agency: diskominfo
          question: Di mana saja titik wifi publik pemkot?
          keywords: [wifi publik, hotspot]
          answer: Di alun-alun, taman kota dan perpustakaan daerah.
        - id: berobat-gratis
          agency: dinkes
          question: Apakah berobat di puskesmas gratis?
          keywords: [puskesmas gratis]
          answer: Gratis bagi peserta JKN.
        - id: nib-umkm
          agency: dpmptsp
          question: Bagaimana usaha kecil mendapatkan NIB?
          keywords: [nib]
          answer: Daftar di oss.go.id dengan NIK, gratis.
        """
    )
    asked = {
        "internet gratis ada di mana saja?": "wifi-publik",
        "jualan kue dari rumah, mau punya nomor izin usaha, caranya?": "nib-umkm",
    }
    for message, entry_id in asked.items():
        result = matcher.match(message)
        assert (result.intent, result.entry_id) == (Intent.FAQ, entry_id), message
