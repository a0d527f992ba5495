"""Round sixteen's hard cases, invented: the Lampung "api" (what) before a possessed
word is no fire, while "api ini", "api disini" and "api udah kesini" are; and the
present told in regional speech ("lagi", "ini", "sekarang", "tadi") against the past
("kemarin", "dulu"), calls for help, and English "is on fire", "stopped breathing",
"trapped" against messages that only name such a word (the shipped cue table)."""

from __future__ import annotations

import pytest

from knowledge_base.emergency import is_emergency
from knowledge_base.emergency_possessed import without_api_possessed

LAMPUNG_WHAT = [
    "nyak haga bikin akta lahir, api syaratni?",
    "api pajakni motor sai lamon",
    "api caroni ngurus kk pindah",
    "api gunani surat keterangan hinji",
    "anak demam, api ubatni di puskesmas?",
    "api berkasni sai harus dibawa",
]

API_IS_FIRE = [
    "api ini makin besar di rumah tetangga",
    "api disini besar sekali, tolong",
    "api udah kesini, rumah kami kena",
    "api dari dapur petani sebelah sudah merambat ke rumah kami",
]


@pytest.mark.parametrize("text", LAMPUNG_WHAT)
def test_lampung_api_before_a_word_with_its_ni_asks_what_and_names_no_fire(text: str) -> None:
    assert not is_emergency(text)


@pytest.mark.parametrize("text", API_IS_FIRE)
def test_api_before_ini_sini_kesini_or_another_everyday_word_is_still_a_fire(text: str) -> None:
    assert is_emergency(text)


def test_only_the_api_of_a_possessed_word_is_dropped_and_the_word_is_kept() -> None:
    assert without_api_possessed(" api syaratni ") == " syaratni "
    assert without_api_possessed(" api ini besar ") == " api ini besar "
    assert without_api_possessed(" api begini ") == " api begini "
