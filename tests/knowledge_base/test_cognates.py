"""English words the bridge lacks, read as the knowledge base's own words they are spelt
like by Indonesian's regular respellings (issue 13). Words and KBs are invented."""

from __future__ import annotations

import pytest

from knowledge_base.cognates import cognate, respellings
from knowledge_base.entries import KbEntry, KnowledgeBase
from knowledge_base.matcher import Matcher


@pytest.mark.parametrize(
    ("english", "indonesian"),
    [
        ("certificate", "sertifikat"),
        ("emission", "emisi"),
        ("application", "aplikasi"),
        ("activity", "aktivitas"),
        ("graphic", "grafis"),
        ("pesticide", "pestisida"),
        ("taxi", "taksi"),
        ("quality", "kualitas"),
        ("photography", "fotografi"),
    ],
)
def test_an_english_word_is_respelt_the_indonesian_way(english: str, indonesian: str) -> None:
    assert indonesian in respellings(english)


def test_a_respelling_is_taken_only_when_the_kb_has_that_word() -> None:
    assert cognate("sterilization", {"sterilisasi", "kucing"}) == "sterilisasi"
    assert cognate("sterilization", {"kucing"}) is None


def test_an_everyday_indonesian_word_is_never_respelt() -> None:
    assert cognate("cuci", {"kuki"}) is None
    assert cognate("sakit", {"sakitt", "sakit"}) is None


def test_an_english_question_reaches_the_entry_named_by_its_cognate() -> None:
    kb = KnowledgeBase(
        (
            KbEntry("steril", "umum", ("Syarat sterilisasi kucing liar gratis?",), "Datang."),
            KbEntry("vaksin", "umum", ("Jadwal vaksin rabies anjing?",), "Setiap Senin."),
        )
    )
    assert Matcher(kb).match("free sterilization for stray cats").entry_id == "steril"
