"""Regional words mixed into Indonesian (Javanese, Sundanese, Betawi, Madurese, Minang)
are read as the Indonesian a knowledge base is written in; the messages are invented."""

from __future__ import annotations

import pytest

from knowledge_base.lexicon import default_lexicon, one_word_sources
from knowledge_base.matcher import Intent, Matcher
from knowledge_base.normaliser import Normaliser
from tests.knowledge_base.invented_kb import invented_matcher


@pytest.fixture(scope="module")
def normaliser() -> Normaliser:
    return Normaliser(default_lexicon(), ["kartu", "keluarga", "pupuk", "air", "pbb", "kantor"])


@pytest.mark.parametrize(
    ("regional", "indonesian"),
    [
        ("piye carane", "bagaimana caranya"),  # Javanese
        ("tuku pupuk nang ngendi", "beli pupuk di mana"),
        ("kudu nggowo opo wae", "harus bawa apa saja"),
        ("banyune ora mili", "air tidak mengalir"),
        ("durung mbayar", "belum bayar"),
        ("kumaha carana", "bagaimana caranya"),  # Sundanese
        ("teu acan aya", "belum ada"),
        ("abdi bade naros", "saya mau tanya"),
        ("ente kagak tau", "kamu tidak tahu"),  # Betawi
        ("aye kagak ngerti", "saya tidak mengerti"),
        ("baa caronyo", "bagaimana caranya"),  # Minangkabau
        ("aeng tadek", "air tidak ada"),  # Madurese
    ],
)
def test_regional_phrases_read_as_indonesian(
    normaliser: Normaliser, regional: str, indonesian: str
) -> None:
    assert normaliser.normalise(regional) == indonesian


def test_a_regional_word_that_is_also_indonesian_is_read_only_in_its_phrase(
    normaliser: Normaliser,
) -> None:
    # "mili" is milli- in Indonesian; only "ora mili" is water not flowing
    assert normaliser.normalise("takaran 5 mili") == "takaran 5 mili"
    assert normaliser.normalise("sumur ora mili") == "sumur tidak mengalir"
    # "abdi negara" is a civil servant, not "saya negara"
    assert normaliser.normalise("abdi negara") == "abdi negara"


def test_a_slip_of_an_indonesian_word_is_not_mended_into_a_regional_one() -> None:
    lexicon = default_lexicon()
    assert "sesuk" in lexicon.regional_words
    targets = one_word_sources(lexicon)
    assert not targets & lexicon.regional_words
    normaliser = Normaliser(lexicon, ["sesak", "napas"])
    assert "besok" not in normaliser.normalise("dada sesek napas")


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return invented_matcher(
        """
        - id: kk-baru
          agency: disdukcapil
          question: Bagaimana cara membuat Kartu Keluarga baru?
          keywords: [kartu keluarga baru]
          answer: Bawa buku nikah dan KK lama ke Disdukcapil.
        - id: pupuk-subsidi
          agency: dispertan
          question: Di mana membeli pupuk bersubsidi?
          keywords: [pupuk subsidi]
          answer: Di kios pupuk lengkap resmi dengan kartu tani.
        - id: air-mati
          agency: pdam
          question: Air PDAM tidak mengalir, lapor ke mana?
          keywords: [air tidak mengalir]
          answer: Laporkan lewat layanan pengaduan PDAM.
        """
    )


@pytest.mark.parametrize(
    ("message", "entry_id"),
    [
        ("piye carane nggawe kartu keluarga anyar", "kk-baru"),
        ("kumaha carana ngadamel kartu keluarga", "kk-baru"),
        ("tuku pupuk subsidi nang ngendi yo", "pupuk-subsidi"),
        ("meuli pupuk subsidi di mana wae", "pupuk-subsidi"),
        ("banyu pdam ora mili, lapor nang ngendi", "air-mati"),
        ("cai pdam teu ngocor, kedah lapor kamana", "air-mati"),
    ],
)
def test_a_question_in_a_regional_language_finds_its_entry(
    matcher: Matcher, message: str, entry_id: str
) -> None:
    result = matcher.match(message)
    assert (result.intent, result.entry_id) == (Intent.FAQ, entry_id)


@pytest.mark.parametrize(
    ("regional", "indonesian"),
    [
        ("wis rong dina", "sudah dua hari"),
        ("telung wulan durung cair", "tiga bulan belum cair"),
        ("atos sababaraha dinten", "sudah beberapa hari"),
    ],
)
def test_how_long_a_trouble_has_lasted_reads_as_indonesian(
    normaliser: Normaliser, regional: str, indonesian: str
) -> None:
    assert normaliser.normalise(regional) == indonesian


def test_a_trouble_told_in_javanese_is_a_complaint() -> None:
    matcher = invented_matcher(
        """
        - id: kk-baru
          agency: disdukcapil
          question: Bagaimana cara membuat Kartu Keluarga baru?
          keywords: [kartu keluarga baru]
          answer: Bawa buku nikah dan KK lama ke Disdukcapil.
        """
    )
    assert matcher.match("banyune pdam ora mili wis rong dina").intent is Intent.COMPLAINT
