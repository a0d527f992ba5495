"""The domain's general terms a resident writes in English are read as the Indonesian a
knowledge base is written in: a prosthesis, something ruined, getting home, notifying an
office, a vet, a fisher. The messages are invented."""

from __future__ import annotations

import pytest

from knowledge_base.lexicon import default_lexicon
from knowledge_base.normaliser import Normaliser


@pytest.fixture(scope="module")
def normaliser() -> Normaliser:
    return Normaliser(default_lexicon(), ["kaki", "palsu", "rusak", "pulang", "nelayan"])


@pytest.mark.parametrize(
    ("english", "indonesian"),
    [
        ("can my grandfather get a prosthetic leg", "kaki palsu"),
        ("our house papers were ruined in the fire", "rusak"),
        ("my cousin has no money to get home", "pulang"),
        ("who do we notify about it", "lapor"),
        ("is there a vet in the district", "dokter hewan"),
        ("a prosthesis for my grandfather", "kaki palsu"),
        ("the fisher who found it", "nelayan"),
    ],
)
def test_a_domain_term_written_in_english_is_read_in_indonesian(
    normaliser: Normaliser, english: str, indonesian: str
) -> None:
    assert indonesian in normaliser.normalise(english)
