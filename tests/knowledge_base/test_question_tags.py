"""A chat sentence that asks with a closing "or not" ("... perlu izin ga sih", "... udah
bisa rekam ktp blm") is the question of a long message, like one with a question word."""

from __future__ import annotations

from pathlib import Path

import pytest

import knowledge_base
from knowledge_base.focus import clauses
from knowledge_base.loader import load_kb
from knowledge_base.matcher import Intent, Matcher
from knowledge_base.sentences import ends_with_tag

HOME_BAKERY = (
    "Saya baru buka usaha kecil bikin kue kering di dapur rumah, dibantu dua tetangga, dan "
    "pesanannya lumayan banyak menjelang lebaran. Sekarang ada toko oleh-oleh yang mau ambil. "
    "Usaha rumahan kayak gini perlu izin produksi pangan ga sih"
)


@pytest.fixture(scope="module")
def sample() -> Matcher:
    return Matcher(load_kb(Path(knowledge_base.__file__).parent / "sample"))


@pytest.mark.parametrize(
    ("tokens", "asks"),
    [
        (("perlu", "izin", "tidak"), True),
        (("wajib", "daftar", "tidak", "sih"), True),
        (("sudah", "bisa", "rekam", "ktp", "belum"), True),
        (("kartunya", "tidak", "bisa", "dipakai"), False),
        (("petugasnya", "ramah", "sih"), False),
        ((), False),
    ],
)
def test_a_closing_or_not_asks(tokens: tuple[str, ...], asks: bool) -> None:
    assert ends_with_tag(tokens) is asks


def test_the_tagged_sentence_of_a_story_is_its_question(sample: Matcher) -> None:
    parts = clauses(HOME_BAKERY, sample.index.normaliser)
    assert [c.asks for c in parts][-1] is True
    assert not any(c.asks for c in parts[:-1])


def test_a_story_ending_in_a_tag_question_is_answered(sample: Matcher) -> None:
    result = sample.match(HOME_BAKERY)
    assert (result.intent, result.entry_id) == (Intent.FAQ, "izin-pangan-industri-rumah-tangga")
