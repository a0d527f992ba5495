"""A standard word with a clitic or a prefix spelt on is that word, never "corrected"
into another frequent word one letter away; a typo that only lacks a letter is still
mended. The messages are invented."""

from __future__ import annotations

import pytest

from knowledge_base.affixed import AffixedWords, affixed_reading
from knowledge_base.lexicon import default_lexicon
from knowledge_base.normaliser import Normaliser


def _normalise(kb_words: list[str], text: str) -> list[str]:
    return Normaliser(default_lexicon(), kb_words).normalise(text).split()


@pytest.mark.parametrize(
    ("kb_words", "text", "kept", "not_read_as"),
    [
        # se- + a measure word is no "sekarang", however frequent that is
        (["sekarang", "gabah"], "harga gabah kering sekarung di petani", "sekarung", "sekarang"),
        # a noun with "-nya" is no likelier word one letter away
        (["awalnya", "hujan"], "awannya hitam, hujan deras", "awannya", "awalnya"),
        (["bajunya", "rangka"], "rangka bajanya berkarat", "bajanya", "bajunya"),
        # a knowledge-base word with "-nya" is no swap of two letters
        (["akta", "katanya"], "aktanya hilang waktu banjir", "aktanya", "katanya"),
        # di- + a loanword the everyday list knows
        (["distan", "pupuk"], "kartu tani discan di kios pupuk", "discan", "distan"),
    ],
)
def test_an_affixed_standard_word_is_not_corrected_into_another_word(
    kb_words: list[str], text: str, kept: str, not_read_as: str
) -> None:
    words = _normalise(kb_words, text)
    assert kept in words
    assert not_read_as not in words


def test_your_pen_is_no_guest() -> None:
    # pe(N)- before "tamu" would take its "t": as typed it is "pena" + "-mu"
    normaliser = Normaliser(default_lexicon(), ["tamu", "buku"])
    tokens = normaliser.tokens("penamu tertinggal di meja")
    assert tokens[0] == "pena"
    assert "tamu" not in normaliser.terms(tokens)


def test_a_prefix_on_a_root_it_spells_whole_still_reads_as_that_root() -> None:
    normaliser = Normaliser(default_lexicon(), ["paku", "papan"])
    assert "paku" in normaliser.terms(normaliser.tokens("papan dipaku ke tiang"))


@pytest.mark.parametrize(
    ("kb_words", "text", "mended"),
    [
        (["sendiri", "diri"], "boleh urus sediri atau harus diwakilkan", "sendiri"),
        (["dibuang", "sampah", "uang"], "sampah diuang ke kali tiap malam", "dibuang"),
    ],
)
def test_a_letter_left_out_is_still_put_back(kb_words: list[str], text: str, mended: str) -> None:
    assert mended in _normalise(kb_words, text)


def test_a_chat_spelling_as_the_base_is_read_through_the_tables() -> None:
    # "taun" is chat for "tahun": "setaun" stays a year, not se- + "taun"
    assert _normalise(["tahun", "pajak"], "pajak setaun berapa")[1:3] == ["satu", "tahun"]


def test_only_a_standard_word_is_a_base() -> None:
    words = AffixedWords(known=frozenset({"pena"}), everyday=frozenset({"ember"}))
    assert words.reading("seember", None) == "seember"
    assert words.reading("penaku", None) == "pena"
    assert affixed_reading("sebagi", lambda word: word == "ember") is None


def test_an_everyday_base_the_kb_lacks_yields_to_a_likely_slip() -> None:
    words = AffixedWords(known=frozenset(), everyday=frozenset({"bukit"}))
    # "buktinya" is "bukitnya" with two letters swapped: the likelier reading
    assert words.reading("bukitnya", "buktinya") is None
    known = AffixedWords(known=frozenset({"bukit"}), everyday=frozenset())
    assert known.reading("bukitnya", "buktinya") == "bukitnya"
