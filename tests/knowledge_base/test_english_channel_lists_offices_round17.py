"""Round 17's bridge rows: the chat named with a determiner ("this bot") is the channel
and weighs nothing, a name "listed" or "on the list" is registered (terdaftar), local
offices and heads by their English names, and phrasal verbs of errands (top up, drop
off, send in, switch off, pay off). The messages are invented."""

from __future__ import annotations

import pytest

from knowledge_base.lexicon import default_lexicon
from knowledge_base.normaliser import Normaliser


@pytest.fixture(scope="module")
def normaliser() -> Normaliser:
    return Normaliser(default_lexicon(), ["terdaftar", "kecamatan", "dusun"])


@pytest.mark.parametrize(
    "english",
    [
        "can I ask about my water bill through this bot",
        "does the chatbot answer at night",
        "is your bot able to send me the form",
    ],
)
def test_the_chat_named_with_a_determiner_leaves_no_bot_to_match(
    normaliser: Normaliser, english: str
) -> None:
    assert "bot" not in normaliser.normalise(english).split()


def test_a_bare_bot_is_left_as_typed_for_the_chatter(normaliser: Normaliser) -> None:
    assert "bot" in normaliser.normalise("hello are you a bot or a person").split()


@pytest.mark.parametrize(
    ("english", "indonesian"),
    [
        ("how can I see whether my grandmother is listed for the rice aid", "terdaftar"),
        ("is our household on the list of aid recipients", "terdaftar"),
        ("my son is not listed in the school register", "tidak terdaftar"),
        ("where is the subdistrict office for our hamlet", "kantor kecamatan"),
        ("the sub-district office asked me for a letter", "kantor kecamatan"),
        ("who signs it, the hamlet head or the village chief", "kepala dusun"),
        ("who signs it, the hamlet head or the village chief", "kepala desa"),
        ("do I need a letter from my neighbourhood head first", "ketua rt"),
        ("the civil registry office lost my file", "disdukcapil"),
        ("can I top up the prepaid electricity at the village office", "isi ulang"),
        ("where do I drop off the completed forms", "antar"),
    ],
)
def test_an_english_name_or_phrasal_verb_is_read_in_indonesian(
    normaliser: Normaliser, english: str, indonesian: str
) -> None:
    assert indonesian in normaliser.normalise(english)
