"""English units of time are read as Indonesian writes them, so an English message's
span ("every month", "9 months old") weighs as its Indonesian twin's does; "how many
days" still asks how long, and a plural stays as typed for the complaint signals ("for
weeks"). Invented messages."""

from __future__ import annotations

import pytest

from knowledge_base.lexicon import default_lexicon
from knowledge_base.normaliser import Normaliser

KB_WORDS = ("bayi", "lampu", "jalan", "bayar", "lama")


def _read(text: str) -> str:
    return Normaliser(default_lexicon(), KB_WORDS).normalise(text)


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("paid every month", "bayar setiap bulan"),
        ("open one day a week", "buka one hari a minggu"),
        ("off for 2 weeks", "mati for 2 weeks"),
        ("my baby is 9 months old", "my bayi is 9 bulan"),
        ("how many days does it take", "berapa lama"),
    ],
)
def test_an_english_span_or_count_is_read_as_its_indonesian_twin(written: str, read: str) -> None:
    assert _read(written).startswith(read)
