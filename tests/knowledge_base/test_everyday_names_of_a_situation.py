"""Everyday Indonesian names a situation the way an office does: a dose "bisa nyusul"
(can still follow) is one that can be caught up ("dikejar"), a catch-up immunisation is
"imunisasi kejar", and a person sleeping on shop fronts is a neglected person ("orang
terlantar"). The messages are invented."""

from __future__ import annotations

import pytest

from knowledge_base.lexicon import default_lexicon
from knowledge_base.normaliser import Normaliser


@pytest.fixture(scope="module")
def normaliser() -> Normaliser:
    return Normaliser(default_lexicon(), ["imunisasi", "kejar", "orang", "terlantar", "pasar"])


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("vaksin polio kelewat masih bisa nyusul", "bisa dikejar"),
        ("adakah vaksin susulan buat balita", "imunisasi kejar"),
        ("bapak tua tidur di emperan pasar", "orang terlantar"),
    ],
)
def test_an_everyday_description_reads_as_the_offices_name(
    normaliser: Normaliser, written: str, read: str
) -> None:
    assert read in normaliser.normalise(written)
