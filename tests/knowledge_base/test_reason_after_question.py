"""A chat question typed without a question mark and followed by its reason ("... bawa apa
aja soalnya kemarin ...", "... because he turns seventeen ...") is cut before the reason,
so the story after the question weighs as a story, as it does when a "?" ends the question."""

from __future__ import annotations

from pathlib import Path

import pytest

import knowledge_base
from knowledge_base.focus import clauses
from knowledge_base.loader import load_kb
from knowledge_base.matcher import Intent, Matcher


@pytest.fixture(scope="module")
def sample() -> Matcher:
    return Matcher(load_kb(Path(knowledge_base.__file__).parent / "sample"))


def test_the_reason_after_a_question_is_a_clause_of_its_own(sample: Matcher) -> None:
    text = (
        "pak syarat bikin KTP pertama kali apa aja soalnya anak saya bulan depan umurnya "
        "tujuh belas dan sekolahnya minta fotokopi KTP buat daftar kuliah tahun depan"
    )
    parts = clauses(text, sample.index.normaliser)
    assert [c.asks for c in parts] == [True, False]


def test_an_english_question_with_its_reason_after_it_is_answered(sample: Matcher) -> None:
    text = (
        "how do i get a first id card for my son because he turns seventeen next month and "
        "his school asks for a copy before the university registration opens next year"
    )
    result = sample.match(text)
    assert (result.intent, result.entry_id) == (Intent.FAQ, "ktp-el-pertama-kali")
