"""An English word of the bilingual bridge that is also an Indonesian word of another
meaning ("cat" is paint, "map" a folder, "transfer" a bank transfer) is read as English
only in a message written in English (issue 13); the messages are invented."""

from __future__ import annotations

import pytest

from knowledge_base.lexicon import build_lexicon, default_lexicon
from knowledge_base.matcher import Intent
from knowledge_base.normaliser import Normaliser
from tests.knowledge_base.invented_kb import invented_matcher


@pytest.fixture(scope="module")
def normaliser() -> Normaliser:
    return Normaliser(default_lexicon(), ["cat", "tembok", "kucing", "berkas"])


@pytest.mark.parametrize(
    "indonesian",
    ["beli cat tembok di mana", "ijazah dimasukkan ke map", "bayar lewat transfer bisa"],
)
def test_a_false_friend_in_an_indonesian_message_keeps_its_indonesian_meaning(
    normaliser: Normaliser, indonesian: str
) -> None:
    assert normaliser.normalise(indonesian) == indonesian


def test_a_false_friend_in_an_english_message_is_read_as_english(
    normaliser: Normaliser,
) -> None:
    assert "kucing" in normaliser.normalise("my cat was bitten by a stray dog")
    assert "peta" in normaliser.normalise("where can I get a map of the flood zones")


def test_a_word_only_english_is_read_in_any_message(normaliser: Normaliser) -> None:
    assert normaliser.normalise("anjing saya kena rabies, dog vaccine gratis?").count("anjing") == 2


def test_a_false_friend_another_table_reads_is_that_tables_word() -> None:
    lexicon = build_lexicon(
        domain=[],
        generic=set(),
        slang=[("cat", "cat tembok")],
        english=[("cat", "kucing")],
        function_words=[],
        smalltalk=[],
        complaint_cues=[],
        false_friends=["cat"],
    )
    assert not lexicon.false_friends


def test_paint_is_no_cat_and_a_cat_is_no_paint() -> None:
    matcher = invented_matcher(
        """
        - id: vaksin-rabies-kucing
          agency: disnak
          question: Di mana vaksin rabies untuk kucing dan anjing?
          keywords: [vaksin rabies]
          answer: Di puskeswan terdekat, gratis setiap bulan Juni.
        """
    )
    english = matcher.match("where can my cat get a rabies vaccine?")
    assert (english.intent, english.entry_id) == (Intent.FAQ, "vaksin-rabies-kucing")
    assert matcher.match("cat tembok rumah luntur kena hujan, beli cat di mana").intent is not (
        Intent.FAQ
    )
