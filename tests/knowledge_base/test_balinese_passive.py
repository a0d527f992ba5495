"""A Balinese passive "ka-…-ang" of an Indonesian verb is read as the Indonesian
"di-…-kan" passive when that is a known word. The messages are invented."""

from __future__ import annotations

import pytest

from knowledge_base.balinese_forms import ka_ang_passive
from knowledge_base.lexicon import default_lexicon
from knowledge_base.normaliser import Normaliser

KNOWN = frozenset({"didaftarkan", "dilaksanakan", "diperbaiki", "kampung", "dibaca"})


@pytest.mark.parametrize(
    ("said", "passive"),
    [("kadaftarang", "didaftarkan"), ("kalaksanayang", "dilaksanakan"), ("kabacaang", "dibaca")],
)
def test_a_balinese_passive_is_the_indonesian_one(said: str, passive: str) -> None:
    assert ka_ang_passive(said, KNOWN.__contains__) == passive


@pytest.mark.parametrize("written", ["kampuang", "katorang", "kadang", "kaang"])
def test_a_word_with_no_known_passive_is_left_to_other_readings(written: str) -> None:
    assert ka_ang_passive(written, KNOWN.__contains__) is None


def test_a_club_asking_to_be_registered_reads_in_indonesian() -> None:
    normaliser = Normaliser(default_lexicon(), ["kelompok", "didaftarkan", "dinas"])
    assert normaliser.normalise("sekaa gong kadaftarang ke dinas") == (
        "kelompok gong didaftarkan ke dinas"
    )
