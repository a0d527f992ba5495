"""An English word of the bilingual bridge that is also an Indonesian word of another
meaning ("map" is a folder, "transfer" a bank transfer) is read as English only in a
message written in English (issue 13); the messages are invented."""

from __future__ import annotations

import pytest

from knowledge_base.lexicon import build_lexicon, default_lexicon
from knowledge_base.matcher import Intent
from knowledge_base.normaliser import Normaliser
from tests.knowledge_base.invented_kb import invented_matcher


@pytest.fixture(scope="module")
def normaliser() -> Normaliser:
    return Normaliser(default_lexicon(), ["peta", "tembok", "kucing", "berkas", "ijazah"])


@pytest.mark.parametrize(
    "indonesian",
    ["ijazah dimasukkan ke map", "bayar lewat transfer bisa", "live di story instagram"],
)
def test_a_false_friend_in_an_indonesian_message_keeps_its_indonesian_meaning(
    normaliser: Normaliser, indonesian: str
) -> None:
    assert normaliser.normalise(indonesian) == indonesian


def test_a_false_friend_in_an_english_message_is_read_as_english(
    normaliser: Normaliser,
) -> None:
    assert "pindah" in normaliser.normalise("how do I transfer my health insurance")
    assert "peta" in normaliser.normalise("where can I get a map of the flood zones")


def test_a_word_only_english_is_read_in_any_message(normaliser: Normaliser) -> None:
    assert normaliser.normalise("anjing saya kena rabies, dog vaccine gratis?").count("anjing") == 2


def test_a_false_friend_another_table_reads_is_that_tables_word() -> None:
    lexicon = build_lexicon(
        domain=[],
        generic=set(),
        slang=[("map", "map dokumen")],
        english=[("map", "peta")],
        function_words=[],
        smalltalk=[],
        complaint_cues=[],
        false_friends=["map"],
    )
    assert not lexicon.false_friends


def test_a_folder_is_no_map_and_a_map_is_no_folder() -> None:
    matcher = invented_matcher(
        """
        - id: peta-rawan-banjir
          agency: bpbd
          question: Di mana melihat peta rawan banjir kabupaten?
          keywords: [peta rawan banjir]
          answer: Di laman BPBD, menu peta rawan bencana.
        """
    )
    english = matcher.match("where can I see the flood risk map of the regency?")
    assert (english.intent, english.entry_id) == (Intent.FAQ, "peta-rawan-banjir")
    folder = matcher.match("map plastik untuk berkas banjir kena air, beli di mana")
    assert folder.intent is not Intent.FAQ
