"""Manado and North Maluku Malay as a resident writes it: the possessive "pe" after any
owner, "ngoni" (you all), "so" (already) before a state or a deed, and the "ta-" that
is Indonesian "ter-" ("tatulis": tertulis). English "so" keeps its meaning elsewhere.
The messages are invented."""

from __future__ import annotations

import pytest

from knowledge_base.lexicon import default_lexicon
from knowledge_base.matcher import Intent
from knowledge_base.normaliser import Normaliser
from knowledge_base.word_forms import ta_prefixed
from tests.knowledge_base.invented_kb import invented_matcher


@pytest.fixture(scope="module")
def normaliser() -> Normaliser:
    return Normaliser(default_lexicon(), ["akta", "nama", "tertulis", "rumah", "terbakar"])


@pytest.mark.parametrize(
    ("manado", "indonesian"),
    [
        ("papa pe rumah so rusak", "papa punya rumah sudah rusak"),
        ("di akta kita pe nama tatulis salah", "di akta kita punya nama tertulis salah"),
        ("rumah tabakar", "rumah terbakar"),
        ("ngoni pe kantor", "kalian punya kantor"),
    ],
)
def test_a_manado_phrase_reads_as_indonesian(
    normaliser: Normaliser, manado: str, indonesian: str
) -> None:
    assert normaliser.normalise(manado) == indonesian


def test_a_ta_word_is_read_as_ter_only_when_that_is_known() -> None:
    known = {"tertulis", "terbakar"}.__contains__
    assert ta_prefixed("tatulis", known) == "tertulis"
    assert ta_prefixed("tatakan", known) is None


def test_a_name_written_wrong_in_manado_asks_for_the_correction() -> None:
    matcher = invented_matcher(
        """
        - id: akta-perbaikan
          agency: dukcapil
          question: Bagaimana memperbaiki nama yang salah tertulis di akta kelahiran?
          keywords: [akta salah tulis, perbaikan akta, nama salah di akta]
          answer: Ajukan pembetulan ke dukcapil dengan membawa akta asli dan dokumen pendukung.
        - id: akta-baru
          agency: dukcapil
          question: Apa syarat membuat akta kelahiran baru?
          keywords: [bikin akta lahir, akta kelahiran baru]
          answer: Surat keterangan lahir, KK dan KTP orang tua.
        """
    )
    result = matcher.match("di akta lahir kita pe nama tatulis salah, bole dibetulkan?")
    assert (result.intent, result.entry_id) == (Intent.FAQ, "akta-perbaikan")


def test_english_so_before_another_word_is_no_already(normaliser: Normaliser) -> None:
    assert "sudah" not in normaliser.normalise("so the office is closed today")
