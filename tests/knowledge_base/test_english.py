from __future__ import annotations

from pathlib import Path

import pytest

from knowledge_base.checker import check_kb
from knowledge_base.english_forms import english_readings
from knowledge_base.entries import KnowledgeBase
from knowledge_base.language import language_of
from knowledge_base.lexicon import default_lexicon
from knowledge_base.loader import load_kb
from knowledge_base.matcher import Intent, Matcher
from knowledge_base.normaliser import Normaliser

ENGLISH_KB = """\
- id: akta-kematian
  agency: disdukcapil
  questions:
    - Bagaimana cara mengurus akta kematian?
  title_en: How do I get a death certificate?
  questions_en:
    - what documents do I need to register a death
  keywords: [akta kematian]
  answer: Bawa surat keterangan kematian dan KK.
  answer_en: Bring the death notice and the Family Card.
- id: izin-keramaian
  agency: dishub
  questions:
    - Bagaimana mengurus izin penutupan jalan untuk acara warga?
  title_en: How do I get a permit to close a road for an event?
  keywords: [tutup jalan, hajatan]
  answer: Ajukan ke kepolisian dengan pengantar RT/RW.
"""


@pytest.fixture
def english_kb(tmp_path: Path) -> Path:
    (tmp_path / "kb.yaml").write_text(ENGLISH_KB, encoding="utf-8")
    return tmp_path


def test_english_questions_and_title_are_loaded_and_checked(english_kb: Path) -> None:
    entry = load_kb(english_kb).get("akta-kematian")
    assert entry is not None
    assert entry.title_in("en") == "How do I get a death certificate?"
    assert entry.title_in("id") == "Bagaimana cara mengurus akta kematian?"
    assert entry.questions_en == ("what documents do I need to register a death",)
    assert check_kb(english_kb, None) == []


@pytest.mark.parametrize(
    ("message", "entry_id"),
    [
        ("what documents are needed to register a death?", "akta-kematian"),
        ("permit to close the street for a wedding", "izin-keramaian"),
    ],
)
def test_an_english_message_gets_the_same_entry(
    english_kb: Path, message: str, entry_id: str
) -> None:
    result = Matcher(load_kb(english_kb)).match(message)
    assert (result.intent, result.entry_id, result.language) == (Intent.FAQ, entry_id, "en")


def test_the_bilingual_bridge_helps_a_kb_without_english_questions(kb: KnowledgeBase) -> None:
    result = Matcher(kb).match("how to pay land and building tax online")
    assert (result.intent, result.entry_id) == (Intent.FAQ, "pbb-bayar")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("what documents do I need to register a death", "en"),
        ("there is a fire at the market", "en"),
        ("bayar pbb lewat e-wallet bisa ga", "id"),
        ("first time bikin ktp, bawa dokumen apa aja", "id"),
        ("my father is dying, he cannot breathe", "en"),
        ("she lost her id card, can her husband report it", "en"),
        ("bapak saya sesak napas, he he, gimana ini", "id"),
    ],
)
def test_the_language_of_a_message_is_english_only_when_mostly_english(
    text: str, language: str
) -> None:
    assert language_of(text) == language


@pytest.mark.parametrize(
    ("word", "reading"),
    [
        ("registering", "register"),
        ("registers", "register"),
        ("facilities", "facility"),
        ("splitting", "split"),
        ("closing", "close"),
        ("issued", "issue"),
        ("immunised", "immunize"),
        ("neighbours", "neighbor"),
    ],
)
def test_an_inflected_or_british_english_word_has_its_base_form_among_its_readings(
    word: str, reading: str
) -> None:
    assert reading in english_readings(word)


@pytest.mark.parametrize("word", ["four", "your", "news", "status", "bus", "kita"])
def test_short_words_and_words_that_only_look_inflected_have_no_british_or_plural_reading(
    word: str,
) -> None:
    assert english_readings(word) == ()


@pytest.fixture
def normaliser() -> Normaliser:
    return Normaliser(default_lexicon())


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("registering the permits", "daftar the izin"),
        ("signing up for vaccinations", "daftar for imunisasi"),
        ("i haven t received it", "i belum terima it"),
        ("my nik is not registered", "my nik is tidak terdaftar"),
        ("kelas kucing", "kelas kucing"),
    ],
)
def test_inflected_english_words_and_contractions_go_through_the_bridge(
    normaliser: Normaliser, message: str, expected: str
) -> None:
    assert normaliser.normalise(message) == expected


@pytest.mark.parametrize(
    ("message", "entry_id"),
    [
        ("requirements for registering a newborn's birth", "akta-lahir"),
        ("requesting the asphalting of our neighbourhood streets", "usulan-jalan"),
    ],
)
def test_a_kb_without_english_questions_answers_inflected_english(
    kb: KnowledgeBase, message: str, entry_id: str
) -> None:
    result = Matcher(kb).match(message)
    assert (result.intent, result.entry_id) == (Intent.FAQ, entry_id)


def test_a_misspelt_english_word_of_an_english_message_is_read_as_the_bridge_word(
    normaliser: Normaliser,
) -> None:
    assert normaliser.normalise("how do i get goverment assistence") == (
        "cara get pemerintah bantuan"
    )


def test_a_plural_inside_a_bridge_phrase_keeps_the_phrase(normaliser: Normaliser) -> None:
    assert normaliser.normalise("the traffic lights") == "the lampu lalu lintas"


def test_a_phrase_with_an_inflected_word_is_read_through_its_base_form(
    normaliser: Normaliser,
) -> None:
    assert normaliser.normalise("paying the fees") == "bayar the biaya"
    assert normaliser.normalise("the pumps are not working") == "the pumps are tidak berfungsi"


def test_the_capital_of_a_country_is_no_business_capital() -> None:
    normaliser = Normaliser(default_lexicon())
    assert "modal" not in normaliser.normalise("what is the capital of Peru").split()
    assert "modal" not in normaliser.normalise("name a capital city in Asia").split()
    assert "modal" in normaliser.normalise("loan capital for my small shop").split()


def test_a_small_business_is_read_as_umkm_too() -> None:
    # government KBs name small businesses "UMKM" more often than "usaha mikro"
    terms = Normaliser(default_lexicon()).normalise("training for small business owners").split()
    assert "umkm" in terms
    assert "mikro" in terms
