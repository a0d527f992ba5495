"""Short names of a knowledge base's own phrases, derived from its text when the index is
built (issue 13): a KB nobody wrote lexicon lines for still reads the acronyms and
clipped forms residents give its services. Knowledge bases and messages are invented."""

from __future__ import annotations

import pytest

from knowledge_base.acronyms import kb_shortenings, syllabic_forms, syllables
from knowledge_base.entries import KnowledgeBase
from knowledge_base.matcher import Matcher
from knowledge_base.segmenter import joined_phrases
from knowledge_base.stemmer import stem
from tests.knowledge_base.invented_kb import invented_entry

KB = KnowledgeBase(
    (
        invented_entry(
            "taman-baca",
            ("Kapan taman bacaan keliling datang ke kampung?", "jadwal taman bacaan keliling"),
        ),
        invented_entry(
            "kursus-las",
            ("Cara daftar kursus pengelasan kejuruan?", "biaya kursus pengelasan kejuruan"),
        ),
        invented_entry("pasar-murah", ("Kapan ada pasar murah minyak goreng?",)),
    )
)


@pytest.mark.parametrize(
    ("word", "parts"),
    [
        ("perpustakaan", ["per", "pus", "ta", "ka", "an"]),
        ("keliling", ["ke", "li", "ling"]),
        ("usia", ["u", "si", "a"]),
    ],
)
def test_words_split_into_indonesian_syllables(word: str, parts: list[str]) -> None:
    assert syllables(word) == parts


@pytest.mark.parametrize(
    ("phrase", "form"),
    [
        (("pemadam", "kebakaran"), "damkar"),
        (("perpustakaan", "keliling"), "pusling"),
        (("ganjil", "genap"), "gage"),
        (("bantuan", "sosial"), "bansos"),
    ],
)
def test_syllabic_shortenings_follow_the_usual_indonesian_patterns(
    phrase: tuple[str, ...], form: str
) -> None:
    assert form in syllabic_forms(phrase, stem)


def test_a_form_of_two_phrases_or_an_existing_word_is_never_read() -> None:
    found = kb_shortenings(
        [("balai", "latihan", "kerja"), ("bukti", "lapor", "kehilangan"), ("kartu", "tani")],
        taken={"kata"},
        root_of=stem,
    )
    assert found["blk"] == {("balai", "latihan", "kerja"), ("bukti", "lapor", "kehilangan")}
    assert "kata" not in found


def test_a_clipped_name_of_a_recurring_phrase_reaches_its_entry() -> None:
    result = Matcher(KB).match("tambaling kapan datang ke kampung")
    assert result.entry_id == "taman-baca"


def test_initials_of_a_recurring_phrase_reach_its_entry() -> None:
    assert Matcher(KB).match("biaya kpk brp").entry_id == "kursus-las"


def test_an_everyday_word_is_not_read_as_a_shortening() -> None:
    normaliser = Matcher(KB).index.normaliser
    assert normaliser.normalise("pasar murah") == "pasar murah"
    assert "pasar" in normaliser.normalise("pasar")


def test_an_everyday_word_without_its_vowels_is_no_shortening() -> None:
    kb = KnowledgeBase(
        (
            invented_entry(
                "kartu", ("Cara cek kartu tanda anggota?", "kartu tanda anggota hilang")
            ),
            invented_entry("lain", ("Kapan pasar murah dibuka?",)),
        )
    )
    normaliser = Matcher(kb).index.normaliser
    assert normaliser.normalise("kta") != "kartu tanda anggota"


def test_a_lexicon_phrase_written_as_one_word_is_read_as_the_phrase() -> None:
    table = joined_phrases([("job", "fair"), ("kartu", "tani"), ("di", "a"), ("ab", "c", "de")])
    assert table["jobfair"] == ("job", "fair")
    assert table["kartutani"] == ("kartu", "tani")
    assert "dia" not in table  # too short to be sure


def test_two_phrases_joined_alike_are_left_alone() -> None:
    assert "abcdefg" not in joined_phrases([("abc", "defg"), ("abcd", "efg")])
