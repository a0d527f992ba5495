from __future__ import annotations

import pytest

from knowledge_base.entries import KbEntry, KnowledgeBase
from knowledge_base.matcher import Intent, Matcher
from knowledge_base.vowels import VowelExpander

WORDS = {"syarat": 5, "surat": 3, "sarat": 1, "kelahiran": 2, "cara": 4, "kaca": 4}


@pytest.mark.parametrize(
    ("written", "word"),
    [("syrt", "syarat"), ("srt", "surat"), ("klhrn", "kelahiran"), ("crny", "caranya")],
)
def test_a_word_written_without_its_vowels_is_read_as_the_vocabulary_word(
    written: str, word: str
) -> None:
    assert VowelExpander(WORDS).expand(written) == word


@pytest.mark.parametrize("written", ["xyz", "sy", "syarit", "kc"])
def test_other_words_are_left_alone(written: str) -> None:
    assert VowelExpander(WORDS).expand(written) is None


def test_a_question_typed_without_vowels_is_answered(kb: KnowledgeBase) -> None:
    result = Matcher(kb).match("syrt bkn akte klhrn")
    assert (result.intent, result.entry_id) == (Intent.FAQ, "akta-lahir")


def test_a_word_without_vowels_is_read_before_an_unlikely_one_letter_change() -> None:
    kb = KnowledgeBase(
        (
            KbEntry("lomba", "umum", ("Cara daftar lomba sekolah sehat?",), "Lewat dinas."),
            KbEntry("salah", "umum", ("Data salah di sertifikat tanah?",), "Ajukan ralat."),
        )
    )
    assert "sekolah" in Matcher(kb).index.normaliser.normalise("daftar lomba sklah")
