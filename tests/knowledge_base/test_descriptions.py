"""A resident's description of a service, with a few words of their own in between,
reads as the service's name (issue 13, paraphrases). Messages are invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge_base.decision import Intent
from knowledge_base.descriptions import compile_descriptions
from knowledge_base.lexicon import default_lexicon
from knowledge_base.loader import load_kb
from knowledge_base.matcher import Matcher
from knowledge_base.normaliser import Normaliser

ROWS = [
    (("mobil", "*", "orang", "sakit"), ("ambulans",)),
    (("surat", "*", "tidak", "mampu"), ("sktm",)),
    (("*", "sakit"), ("bogus",)),
]


@pytest.mark.parametrize(
    ("tokens", "expected"),
    [
        ("pinjam mobil buat antar orang sakit", "pinjam ambulans"),
        ("minta surat keterangan bahwa kami tidak mampu", "minta sktm"),
        ("mobil saya rusak dan anak sakit", "mobil saya rusak dan anak sakit"),
    ],
)
def test_a_description_with_words_of_the_residents_own_becomes_the_name(
    tokens: str, expected: str
) -> None:
    descriptions = compile_descriptions(ROWS)
    assert " ".join(descriptions.apply(tokens.split())) == expected


def test_a_pattern_opening_with_a_gap_is_ignored() -> None:
    assert compile_descriptions(ROWS).apply(["anak", "sakit"]) == ["anak", "sakit"]


@pytest.mark.parametrize(
    ("message", "name"),
    [
        ("kalau butuh mobil untuk mengantar orang sakit hubungi siapa", "ambulans"),
        ("cara minta surat dari dokter yang menyatakan saya sehat", "surat keterangan sehat"),
        ("syarat bikin surat bahwa keluarga kami tidak mampu", "sktm"),
        ("kami sudah menikah di gereja, lalu didaftarkan ke mana", "perkawinan non muslim"),
        ("nomor induk buat usaha warung bikin di mana", "nib"),
    ],
)
def test_the_shipped_descriptions_name_the_service(message: str, name: str) -> None:
    assert name in Normaliser(default_lexicon(), []).normalise(message)


AMBULANCE_KB = """\
- id: ambulans
  agency: dinkes
  questions:
    - Nomor berapa yang dihubungi untuk ambulans gawat darurat?
  keywords: [ambulans, psc 119]
  answer: Hubungi PSC 119, gratis 24 jam.

- id: jadwal-posyandu
  agency: dinkes
  questions:
    - Kapan jadwal posyandu balita?
  keywords: [posyandu, penimbangan balita]
  answer: Posyandu buka setiap bulan di balai RW.
"""


def test_a_described_ambulance_is_answered_with_the_ambulance_entry(tmp_path: Path) -> None:
    (tmp_path / "kb.yaml").write_text(AMBULANCE_KB, encoding="utf-8")
    result = Matcher(load_kb(tmp_path)).match(
        "butuh mobil untuk membawa orang sakit, hubungi siapa"
    )
    assert (result.intent, result.entry_id) == (Intent.FAQ, "ambulans")


def test_a_described_weighing_of_children_is_answered_with_the_posyandu_entry(
    tmp_path: Path,
) -> None:
    (tmp_path / "kb.yaml").write_text(AMBULANCE_KB, encoding="utf-8")
    result = Matcher(load_kb(tmp_path)).match("kapan timbang berat badan anak di kampung")
    assert (result.intent, result.entry_id) == (Intent.FAQ, "jadwal-posyandu")
