"""Regional words that make a state report (round 19): Balinese and Javanese krama "not"
before "there is" ("ten wenten kabar", "nenten wonten petugas"), Balinese "nenten" and
"tusing", and Pontianak and Sambas Malay "tidok" (sleep) after "can" or "hard to", which
the spelling mender would otherwise read as "tidak"; "ten" alone stays the English
number. The messages are invented."""

from __future__ import annotations

import pytest

from knowledge_base.lexicon import default_lexicon
from knowledge_base.normaliser import Normaliser


@pytest.fixture(scope="module")
def normaliser() -> Normaliser:
    return Normaliser(default_lexicon(), ["bantuan", "sertifikat", "petugas", "kabar", "ribu"])


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("sertifikat ten wenten kabar", "sertifikat tidak ada kabar"),  # Balinese
        ("nenten wonten petugas", "tidak ada petugas"),
        ("bantuan tusing ada kabar", "bantuan tidak ada kabar"),
        ("kami ndak bise tidok", "kami tidak bisa tidur"),  # Pontianak Malay
        ("anak susah tidok", "anak susah tidur"),
        ("bayar ten ribu", "bayar ten ribu"),
    ],
)
def test_a_regional_not_there_or_sleep_reads_as_its_indonesian(
    normaliser: Normaliser, written: str, read: str
) -> None:
    assert normaliser.normalise(written) == read
