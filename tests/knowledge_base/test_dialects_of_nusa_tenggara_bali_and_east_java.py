"""Kupang and Ambon Malay, Papuan Malay, Makassar, Balinese, Sasak, polite and East
Javanese, Medan, Banjar and Minangkabau words a resident writes to an office are read
as the Indonesian a knowledge base is written in; their words that are Indonesian words
of another meaning ("tiang" a pole, "kali" times, "pajak" a tax, "beta" a trial
version) keep it outside their phrases. The messages are invented."""

from __future__ import annotations

import pytest

from knowledge_base.lexicon import default_lexicon
from knowledge_base.normaliser import Normaliser


@pytest.fixture(scope="module")
def normaliser() -> Normaliser:
    words = ["kartu", "keluarga", "pajak", "tanah", "kantor", "lapor", "izin", "calon", "air"]
    return Normaliser(default_lexicon(), words)


@pytest.mark.parametrize(
    ("regional", "indonesian"),
    [
        ("botong pung kartu sonde ada", "kami punya kartu tidak ada"),  # Kupang
        ("beta su lapor ais kermana", "saya sudah lapor lalu bagaimana"),
        ("bayar pajak ko sonde", "bayar pajak atau tidak"),
        ("tiang mau tanya kantor buka jam kuda", "saya mau tanya kantor buka jam berapa"),
        ("wenten izin sane baru", "ada izin yang baru"),  # Balinese
        ("pire aji kartu", "berapa harga kartu"),  # Sasak
        ("tiang mele lapor bisa ndek", "saya mau lapor bisa tidak"),
        ("tiyang sepuh badhe nderek", "orang tua mau ikut"),  # polite Javanese
        ("jalan rusak kali", "jalan rusak sekali"),  # Medan
        ("kantor tutup ndik buka", "kantor tutup tidak buka"),  # Banjar and Kutai
        ("paralu kartu juo", "perlu kartu juga"),  # Minangkabau
        ("telat lapor kena hukuman", "terlambat lapor kena sanksi"),
        ("ose seng ada kartu tagal hilang", "kamu tidak ada kartu karena hilang"),  # Ambon
        ("tong pu tanah mau daftar", "kami punya tanah mau daftar"),  # Papua
        ("iye bisaji lapor di kantor", "ya bisa lapor di kantor"),  # Makassar
    ],
)
def test_a_dialect_phrase_reads_as_indonesian(
    normaliser: Normaliser, regional: str, indonesian: str
) -> None:
    assert normaliser.normalise(regional) == indonesian


@pytest.mark.parametrize(
    "indonesian",
    [
        "tiang listrik roboh di depan kantor",  # a pole, no Balinese "I"
        "berapa kali harus lapor",  # times, no Medan "very"
        "pajak restoran naik",  # a tax, no Medan market
        "aplikasi versi beta",  # a trial version, no Kupang "I"
        "atap seng bocor",  # zinc sheet, no Ambon "not"
        "tong air bocor",  # a drum, no Papuan "we"
    ],
)
def test_an_indonesian_word_a_dialect_also_uses_keeps_its_meaning(
    normaliser: Normaliser, indonesian: str
) -> None:
    assert normaliser.normalise(indonesian) == indonesian


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("izinipun", "izinnya"),  # polite Javanese "-ipun"
        ("kartunipun", "kartunya"),
        ("izinne", "izinnya"),  # Balinese and Sasak "-ne" after a consonant
        ("dilaporno", "dilaporkan"),  # East Javanese "-no" on a passive
    ],
)
def test_a_home_language_ending_on_a_known_word_reads_as_its_indonesian_form(
    normaliser: Normaliser, written: str, read: str
) -> None:
    assert normaliser.normalise(written) == read


def test_a_name_ending_like_the_east_javanese_causative_is_no_verb(normaliser: Normaliser) -> None:
    assert normaliser.normalise("jalan sukarno") == "jalan sukarno"


def test_a_word_ending_in_n_keeps_its_n_before_nya(normaliser: Normaliser) -> None:
    # "calonnya" is "calon" + "nya", not "calonya" read as "calo" (a tout)
    assert normaliser.normalise("calonnya") == "calonnya"


def test_an_amount_keeps_its_repeated_zeros(normaliser: Normaliser) -> None:
    assert normaliser.normalise("air 5000 liter") == "air 5000 liter"
