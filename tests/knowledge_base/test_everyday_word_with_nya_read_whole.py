"""An everyday word with "-nya" the knowledge base never uses ("bautnya", "kabutnya") is
read whole, as the everyday word is: not cut into shorter words that happen to spell it
("bau" + "tnya", read as the chat "tanya"), which would make a report of a loose bolt ask
a question and smell. A word the lexicon reads otherwise keeps its reading ("aktenya")."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge_base.loader import load_kb
from knowledge_base.matcher import Matcher
from knowledge_base.normaliser import Normaliser

SAMPLE_KB = Path(__file__).resolve().parents[2] / "knowledge_base" / "sample"


@pytest.fixture(scope="module")
def normaliser() -> Normaliser:
    return Matcher(load_kb(SAMPLE_KB)).index.normaliser


@pytest.mark.parametrize(
    ("text", "word"),
    [("tiang papan nama kantor miring, bautnya copot", "baut"), ("kabutnya tebal sekali", "kabut")],
)
def test_an_everyday_word_with_nya_is_read_whole(
    normaliser: Normaliser, text: str, word: str
) -> None:
    tokens = normaliser.tokens(text)
    assert "tanya" not in tokens
    assert any(token.startswith(word) for token in tokens)


def test_a_word_the_lexicon_reads_otherwise_keeps_its_reading(normaliser: Normaliser) -> None:
    assert "akta" in normaliser.tokens("syarat aktenya apa")
