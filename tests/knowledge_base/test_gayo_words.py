"""Gayo words of daily use (round 20): "gere" (not), "kune" (how), "kune carae" (how,
the way), "empus" (a garden), "uren" (rain); "wih" (water) and "ara" (there is) only in
a message written in Gayo, since chat's "wih" is a cry of wonder and "ara" a fig tree.
The messages are invented."""

from __future__ import annotations

import pytest

from knowledge_base.lexicon import default_lexicon
from knowledge_base.normaliser import Normaliser


@pytest.fixture(scope="module")
def normaliser() -> Normaliser:
    return Normaliser(default_lexicon(), ["kebun", "air", "tagihan", "bantuan", "hujan"])


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("kune carae bayar", "bagaimana caranya bayar"),
        ("aku gere mampu", "saya tidak mampu"),
        ("kopi di empus", "kopi di kebun"),
        ("uren lebat", "hujan lebat"),
        ("rekening wih kune carae bayar", "tagihan air bagaimana caranya bayar"),
        ("bantuan gere ara", "bantuan tidak ada"),
    ],
)
def test_a_gayo_word_reads_as_its_indonesian(
    normaliser: Normaliser, written: str, read: str
) -> None:
    assert normaliser.normalise(written) == read


def test_chats_cry_of_wonder_and_the_fig_tree_stay_as_typed_outside_gayo(
    normaliser: Normaliser,
) -> None:
    assert normaliser.normalise("wih mantap") == "wih mantap"
    assert normaliser.normalise("kune carae tanam pohon ara") == "bagaimana caranya tanam pohon ara"
