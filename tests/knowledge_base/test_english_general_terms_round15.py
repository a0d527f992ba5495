"""General terms of errands, buildings, people and animals a resident writes in English
are read as the Indonesian a knowledge base is written in: sorting something out, timber,
a stilt house, an old man, a prenatal visit, a carcass. The messages are invented."""

from __future__ import annotations

import pytest

from knowledge_base.lexicon import default_lexicon
from knowledge_base.normaliser import Normaliser


@pytest.fixture(scope="module")
def normaliser() -> Normaliser:
    return Normaliser(default_lexicon(), ["urus", "kayu", "rumah", "panggung", "lansia"])


@pytest.mark.parametrize(
    ("english", "indonesian"),
    [
        ("where can I sort out my land papers", "urus"),
        ("the school was built of timber", "kayu"),
        ("our family lives in a stilt house by the river", "rumah panggung"),
        ("an old man has been sitting by the market for days", "lansia"),
        ("is the first prenatal visit free", "pemeriksaan kehamilan"),
        ("what do we do with the carcasses of the goats", "bangkai"),
        ("a cat scratched my daughter", "cakar"),
        ("can a journalist ask for the budget", "wartawan"),
        ("what is a business identification number for", "nib"),
        ("the pharmacy near the station is open all night", "24 jam"),
        ("how do I get my deposit back", "kembali"),
    ],
)
def test_a_general_term_written_in_english_is_read_in_indonesian(
    normaliser: Normaliser, english: str, indonesian: str
) -> None:
    assert indonesian in normaliser.normalise(english)


def test_a_forwarded_message_is_a_chain_message(normaliser: Normaliser) -> None:
    assert "pesan berantai" in normaliser.normalise("I got a forwarded message about free rice")


@pytest.mark.parametrize(
    ("english", "indonesian"),
    [
        ("the officers took our cart", "ambil"),
        ("his name was taken off the list", "hapus"),
        ("can the village drill a deep well", "sumur bor"),
        ("we ran out of basic supplies", "sembako"),
        ("is there a fare discount for senior citizens", "lansia"),
        ("do we report quarterly", "triwulan"),
    ],
)
def test_an_english_past_form_or_term_the_forms_cannot_derive_is_read_in_indonesian(
    normaliser: Normaliser, english: str, indonesian: str
) -> None:
    assert indonesian in normaliser.normalise(english)
