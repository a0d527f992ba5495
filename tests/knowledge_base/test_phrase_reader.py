"""PhraseReader: the very replacements apply_replacements makes, trying only the window
lengths some phrase opening with the word has."""

from __future__ import annotations

import pytest

from knowledge_base.lexicon import phrase_starts
from knowledge_base.replacements import PhraseReader, apply_replacements

TABLE = {
    ("kartu", "keluarga"): ("kk",),
    ("kartu", "tanda", "penduduk"): ("ktp",),
    ("surat", "keterangan", "tidak", "mampu"): ("sktm",),
    ("gmn",): ("bagaimana",),
    ("lampu", "jalan"): ("pju",),
}
STARTS = phrase_starts(TABLE)

MESSAGES = [
    ["kartu", "keluarga", "hilang", "gmn"],
    ["kartu", "tanda", "penduduknya", "rusak"],  # a particle closing a phrase
    ["surat", "keterangan", "tidak", "mampu"],
    ["surat", "keterangan", "tidak"],  # a phrase cut short at the end
    ["lampu", "jalannya", "mati", "kartu"],
    ["halo", "min"],
    [],
]


@pytest.mark.parametrize("tokens", MESSAGES)
@pytest.mark.parametrize("min_phrase", [1, 2])
def test_reading_phrases_gives_what_applying_the_table_gives(
    tokens: list[str], min_phrase: int
) -> None:
    reader = PhraseReader.of(TABLE, 4, STARTS)
    expected = apply_replacements(tokens, TABLE, 4, min_phrase, STARTS)
    assert reader.read(tokens, min_phrase) == expected


def test_a_phrase_longer_than_its_first_word_allows_is_never_read() -> None:
    reader = PhraseReader.of(TABLE, 4, {"kartu": 2, "gmn": 1})
    assert reader.read(["kartu", "tanda", "penduduk"]) == ["kartu", "tanda", "penduduk"]
    assert reader.read(["kartu", "keluarga"]) == ["kk"]


def test_without_starts_every_phrase_up_to_the_longest_is_read() -> None:
    reader = PhraseReader.of(TABLE, 4, None)
    assert reader.read(["surat", "keterangan", "tidak", "mampu", "gmn"]) == ["sktm", "bagaimana"]
