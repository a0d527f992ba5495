"""A complaint told by what a problem does, with no word of complaint: smoke of burnt
rubbish getting into homes, a crossing people are afraid to use, traders' goods seized.
The messages are invented."""

from __future__ import annotations

import pytest

from knowledge_base.complaint import complaint_features
from knowledge_base.lexicon import default_lexicon
from knowledge_base.normaliser import Normaliser
from knowledge_base.tokens import words_of


def _found(text: str) -> dict[str, float]:
    normaliser = Normaliser(default_lexicon(), ["pasar", "jembatan", "sawah", "sekolah"])
    tokens = normaliser.tokens(text)
    return complaint_features(tokens, False, default_lexicon(), typed=words_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "tetangga bakar sampah tiap malam, asapnya masuk ke kamar anak",
        "jembatan kayu ke sekolah sudah lapuk, anak anak takut lewat",
        "the neighbours keep burning rubbish and the smoke comes into our kitchen",
    ],
)
def test_a_nuisance_told_by_its_effect_on_people_is_a_bad_state(text: str) -> None:
    assert _found(text)["bad"]


def test_goods_seized_by_an_official_is_conduct() -> None:
    assert _found("petugas pasar menyita gerobak bapak saya")["conduct_by_official"]
