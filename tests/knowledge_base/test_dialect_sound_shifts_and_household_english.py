"""More of the residents' home languages and everyday English read as Indonesian:
Minangkabau sound shifts (-r/-l as -a/-ia, -uk as -uak), Palembang's "dak" as a question
tag, Batak kin words, Banjar everyday words, the fire brigade and a visit in the Malay
of the border, Sundanese receiving and checking; in English, household things, animal
care, fares and notices. The messages are invented."""

from __future__ import annotations

import pytest

from knowledge_base.lexicon import default_lexicon
from knowledge_base.matcher import Intent, Matcher
from knowledge_base.normaliser import Normaliser
from tests.knowledge_base.invented_kb import invented_matcher


@pytest.fixture(scope="module")
def normaliser() -> Normaliser:
    return Normaliser(default_lexicon(), ["kartu", "pajak", "sekolah", "perahu"])


@pytest.mark.parametrize(
    ("regional", "indonesian"),
    [
        ("ado ula di kamar", "ada ular di kamar"),  # Minang
        ("bisa panggia petugas", "bisa panggil petugas"),
        ("pajak perlu dak", "pajak perlu tidak"),  # Palembang tag question
        ("ompung mau bayar pajak", "kakek mau bayar pajak"),  # Batak
        ("anak sakulah naik jukung", "anak sekolah naik perahu"),  # Banjar
        ("kartu gasan ulun", "kartu untuk saya"),
        ("lawatan ke balai bomba", "kunjungan ke pos damkar"),  # border Malay
        ("kartu teu acan ditampi", "kartu belum diterima"),  # Sundanese
        ("mau minta ka dinas", "mau minta ke dinas"),  # Sundanese "ka" after a verb
        ("sa su lapor ka tidak", "saya sudah lapor atau tidak"),  # eastern "or not"
        ("puasa bara jam", "puasa berapa jam"),  # Minang
        ("biang liar di gang", "anjing liar di gang"),  # Medan
        ("urang bajualan di pasa", "orang berjualan di pasar"),  # Banjar and Minang "ba-"
        ("pajaknyo berapa", "pajaknya berapa"),  # Minang and Palembang "-nyo"
        ("pripun carane angsal bantuan", "bagaimana caranya dapat bantuan"),  # krama
        ("kartu kami tidak dapat ditemukan", "kartu kami hilang"),  # a formal letter
        ("nik tidak dapat ditemukan", "nik tidak terdaftar"),  # a record: not registered
        ("tenggat waktu keberatan", "batas waktu keberatan"),
    ],
)
def test_a_home_language_word_reads_as_indonesian(
    normaliser: Normaliser, regional: str, indonesian: str
) -> None:
    assert normaliser.normalise(regional) == indonesian


def test_a_roof_slab_is_still_a_roof_slab(normaliser: Normaliser) -> None:
    # Palembang's "dak" is "not" only as a tag after a verb; alone it may be a slab
    assert "tidak" not in normaliser.tokens("dak rumah retak")


@pytest.mark.parametrize(
    ("message", "expected_words"),
    [
        ("our old fridge needs to go", {"kulkas"}),
        ("can the vet get my dog neutered", {"steril"}),
        ("how much is the bus fare", {"tarif"}),
        ("the roof tiles fell off", {"genteng"}),
        ("is this parking attendant legit", {"resmi"}),
        ("our indigenous community wants recognition", {"masyarakat", "adat"}),
    ],
)
def test_household_and_service_english_is_read_in_indonesian(
    normaliser: Normaliser, message: str, expected_words: set[str]
) -> None:
    assert expected_words <= set(normaliser.tokens(message))


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return invented_matcher(
        """
        - id: tangkap-ular
          agency: damkar
          question: Apakah pemadam kebakaran bisa menangkap ular yang masuk rumah?
          keywords: [tangkap ular, evakuasi ular]
          answer: Bisa, hubungi pos pemadam terdekat; layanan ini gratis.
        - id: ongkos-perahu
          agency: dishub
          question: Berapa tarif perahu penyeberangan untuk pelajar?
          keywords: [tarif perahu, ongkos perahu]
          answer: Pelajar berseragam membayar separuh tarif.
        - id: kunjungan-pos-damkar
          agency: damkar
          question: Bagaimana sekolah mengajukan kunjungan ke pos pemadam kebakaran?
          keywords: [kunjungan pos damkar]
          answer: Ajukan surat ke kantor damkar dua minggu sebelumnya.
        """
    )


@pytest.mark.parametrize(
    ("message", "entry_id"),
    [
        ("ado ula masuak rumah, bisa panggia pemadam?", "tangkap-ular"),
        ("what is the boat fare for pupils", "ongkos-perahu"),
        ("sekolah kami nak lawatan ke balai bomba, caranya?", "kunjungan-pos-damkar"),
    ],
)
def test_a_question_in_a_home_language_or_english_finds_its_entry(
    matcher: Matcher, message: str, entry_id: str
) -> None:
    result = matcher.match(message)
    assert (result.intent, result.entry_id) == (Intent.FAQ, entry_id)


def test_a_machine_named_by_its_kind_finds_the_entry_that_names_only_the_class() -> None:
    matcher = invented_matcher(
        """
        - id: sewa-alat-berat
          agency: pupr
          question: Apakah warga bisa menyewa alat berat milik dinas?
          keywords: [sewa alat berat]
          answer: Bisa, ajukan permohonan ke dinas dengan tarif sesuai perda.
        - id: izin-galian
          agency: pupr
          question: Bagaimana izin menggali di bahu jalan?
          keywords: [izin galian]
          answer: Ajukan izin ke dinas sebelum menggali.
        """
    )
    result = matcher.match("warga biasa boleh sewa buldoser dinas?")
    assert (result.intent, result.entry_id) == (Intent.FAQ, "sewa-alat-berat")


def test_a_disability_named_by_what_it_is_finds_the_entry_on_disability() -> None:
    matcher = invented_matcher(
        """
        - id: kursi-roda
          agency: dinsos
          question: Bagaimana penyandang disabilitas mendapat kursi roda dari dinas sosial?
          keywords: [alat bantu disabilitas, kursi roda]
          answer: Ajukan ke dinas sosial dengan surat keterangan dokter.
        - id: bansos-lansia
          agency: dinsos
          question: Kapan bantuan lansia dicairkan?
          keywords: [bantuan lansia]
          answer: Setiap tiga bulan.
        """
    )
    result = matcher.match("bapak saya lumpuh, bisa minta kursi roda ke dinsos?")
    assert (result.intent, result.entry_id) == (Intent.FAQ, "kursi-roda")
