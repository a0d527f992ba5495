"""Sundanese and Javanese words of everyday requests ("abdi", "deui", "ti", "kenging",
"bantosan", "dipun", "kalih", "lindu", "sakwise", "arep gawe") are read as the
Indonesian a knowledge base is written in; "abdi" of a servant of the state stays as it
is. Invented messages."""

from __future__ import annotations

import pytest

from knowledge_base.lexicon import default_lexicon
from knowledge_base.normaliser import Normaliser


@pytest.fixture(scope="module")
def normaliser() -> Normaliser:
    return Normaliser(default_lexicon(), ["pasar", "kios", "sewa", "bantuan", "beras"])


@pytest.mark.parametrize(
    ("home", "indonesian"),
    [
        ("kios abdi di pasar", "kios saya di pasar"),
        ("abdi can kenging bantosan modal deui", "saya can dapat bantuan modal lagi"),
        ("sewa kios ti bulan payun", "sewa kios dari bulan payun"),
        ("kios dipun tutup kalih lurah", "kios di tutup dengan lurah"),
        ("pasar rusak kena lindu", "pasar rusak kena gempa"),
        ("sakwise rabi arep gawe kartu", "setelah nikah mau buat kartu"),
    ],
)
def test_a_home_language_request_reads_as_indonesian(
    normaliser: Normaliser, home: str, indonesian: str
) -> None:
    assert normaliser.normalise(home) == indonesian


def test_a_servant_of_the_state_stays_one(normaliser: Normaliser) -> None:
    assert normaliser.normalise("abdi negara wajib melayani") == "abdi negara wajib melayani"
