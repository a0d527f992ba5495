"""Sundanese and Javanese everyday words of a request (round 13): moving house, sending,
being passed by or found out, having; still, poor, or, whereas, stuck, oneself,
compared with, a friend. "gaduh" (to have) is a commotion in Indonesian, read as
having only after "already" or "I". The messages are invented."""

from __future__ import annotations

import pytest

from knowledge_base.lexicon import default_lexicon
from knowledge_base.normaliser import Normaliser


@pytest.fixture(scope="module")
def normaliser() -> Normaliser:
    return Normaliser(default_lexicon(), ["surat", "pindah", "kartu", "sampah", "truk"])


@pytest.mark.parametrize(
    ("regional", "indonesian"),
    [
        ("abdi bade ngalih ka bandung", "saya mau pindah ke bandung"),  # Sundanese
        ("tos gaduh kartu", "sudah punya kartu"),
        ("teu acan kaliwatan treuk", "belum dilewati truk"),
        ("kulo tasih mlarat", "saya masih miskin"),  # Javanese
        ("surat utawi kartu", "surat atau kartu"),
    ],
)
def test_a_sundanese_or_javanese_phrase_reads_as_indonesian(
    normaliser: Normaliser, regional: str, indonesian: str
) -> None:
    assert normaliser.normalise(regional) == indonesian


def test_a_commotion_in_indonesian_is_no_having(normaliser: Normaliser) -> None:
    assert normaliser.normalise("suasana gaduh di kantor") == "suasana gaduh di kantor"
