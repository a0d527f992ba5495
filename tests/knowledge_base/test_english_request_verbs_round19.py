"""English request verbs the bridge lacked are read as Indonesian writes them: what is
required, looking at something, reaching an office, confirming, being informed.
Invented messages."""

from __future__ import annotations

import pytest

from knowledge_base.lexicon import default_lexicon
from knowledge_base.normaliser import Normaliser

KB_WORDS = ("kantor", "jadwal", "wajib", "lihat")


def _read(text: str) -> str:
    return Normaliser(default_lexicon(), KB_WORDS).normalise(text)


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("does it require a letter", "wajib"),
        ("where can I look at the schedule", "lihat"),
        ("how can I reach the office", "hubungi"),
        ("how do I confirm my schedule", "konfirmasi"),
        ("who will inform us", "beri tahu"),
    ],
)
def test_an_english_request_verb_is_read_as_its_indonesian_twin(written: str, read: str) -> None:
    assert read in _read(written)
