"""Lampung and Bima (Mbojo) as residents write them to an office: their pronouns,
negations, question words, being there and being able, and Lampung's possessive "-ni",
read as the Indonesian a knowledge base is written in. The messages are invented."""

from __future__ import annotations

import pytest

from knowledge_base.lexicon import default_lexicon
from knowledge_base.normaliser import Normaliser
from knowledge_base.word_forms import possessive_base


@pytest.fixture(scope="module")
def normaliser() -> Normaliser:
    return Normaliser(default_lexicon(), ["surat", "pajak", "kebun", "kapal", "bantuan", "kopi"])


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("haga urus surat dipa", "mau urus surat di mana"),
        ("mak dapok bayar pajak", "tidak bisa bayar pajak"),
        ("ngedok bantuan kopi makkung", "ada bantuan kopi belum"),
        ("pajak kebun api gawoh", "pajak kebun apa saja"),
    ],
)
def test_lampung_closed_classes_read_as_indonesian(
    normaliser: Normaliser, written: str, read: str
) -> None:
    assert normaliser.normalise(written) == read


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("nahu wati wara surat", "saya tidak ada surat"),
        ("kapal ake lao bune", "kapal ini pergi bagaimana"),
        ("bantuan ede au", "bantuan itu apa"),
    ],
)
def test_bima_closed_classes_read_as_indonesian(
    normaliser: Normaliser, written: str, read: str
) -> None:
    assert normaliser.normalise(written) == read


def test_the_lampung_possessive_reads_as_nya() -> None:
    assert possessive_base("pajakni", {"pajak"}.__contains__) == "pajaknya"


def test_mak_alone_stays_a_mother(normaliser: Normaliser) -> None:
    assert "tidak" not in normaliser.tokens("mak saya sakit")
