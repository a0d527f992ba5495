"""Chat shortenings and dialect phrases of everyday errands read as their full words: a
vehicle's "bbn" is its transfer duty, "ttp jln" a road closed, "disni" here, "mcu" a
check-up, Palembang "dak" before a verb is "not", and a dilapidated house ("rumah
reyot") is a house unfit to live in. The messages are invented."""

from __future__ import annotations

import pytest

from knowledge_base.lexicon import default_lexicon
from knowledge_base.normaliser import Normaliser


@pytest.fixture(scope="module")
def normaliser() -> Normaliser:
    return Normaliser(default_lexicon(), ["bbnkb", "motor", "jalan", "rtlh", "nelayan"])


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("bbn motor second", "bbnkb motor"),
        ("izin ttp jln buat hajatan", "tutup jalan"),
        ("lapor disni bisa", "di sini"),
        ("jadwal mcu di rs", "pemeriksaan kesehatan"),
        ("lampu dak nyala dari kemarin", "tidak nyala"),
        ("rumah nenek sudah reyot", "rtlh"),
        ("kartu nly hilang", "nelayan"),
    ],
)
def test_a_chat_shortening_reads_as_its_full_words(
    normaliser: Normaliser, written: str, read: str
) -> None:
    assert read in normaliser.normalise(written)
