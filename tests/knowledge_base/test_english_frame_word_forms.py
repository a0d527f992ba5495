"""English frame words in their inflected forms ("getting", "done") and English particles
of time and degree ("only", "before", "even though", "than") weigh nothing, as "dapat",
"hanya", "sebelum" and "padahal" weigh nothing in an Indonesian message: left as content,
they are words no entry has and dilute its coverage. The messages are invented."""

from __future__ import annotations

import pytest

from knowledge_base.lexicon import default_lexicon
from knowledge_base.normaliser import Normaliser


@pytest.fixture(scope="module")
def normaliser() -> Normaliser:
    return Normaliser(default_lexicon(), ["biaya", "kk", "banjir", "lantai", "rumah"])


@pytest.mark.parametrize(
    ("english", "weighless"),
    [
        ("is there a fee for getting a family card", "getting"),
        ("what should be done before the flood comes", "done"),
        ("what should be done before the flood comes", "before"),
        ("the floor is only 70 metres, bigger than my house", "only"),
        ("the floor is only 70 metres, bigger than my house", "than"),
        ("why no fogging even though people are sick", "though"),
    ],
)
def test_an_english_frame_word_or_particle_weighs_nothing(
    normaliser: Normaliser, english: str, weighless: str
) -> None:
    assert weighless not in normaliser.analyse(english).terms
