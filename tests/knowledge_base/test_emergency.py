from __future__ import annotations

import pytest

from knowledge_base.emergency import is_emergency, parse_rules
from knowledge_base.entries import KnowledgeBase
from knowledge_base.matcher import Matcher

HAPPENING_NOW = [
    "tolong!! rumah tetangga kebakaran, apinya udah gede",
    "ada orang hanyut kebawa arus di kali",
    "bapak sy tiba2 pingsan ga sadar2",
    "banjir besar air masuk rumah",
    "ada orang bawa golok ngancam warga di warung",
    "kecelakaan motor di tikungan, korbannya berdarah",
    "bau gas menyengat di dapur",
    "there is a fire at the market",
    "a man collapsed, not breathing",
    "someone is breaking into my house right now",
    "the flood water is coming into our house",
    "DARURAT tolong",
]
ONLY_MENTIONS = [
    "klaim santunan kecelakaan kerja",
    "rumah rusak kena longsor, dapat bantuan ga",
    "ada longsor tutup jalan, lapor ke mana",
    "nomor telepon pemadam kebakaran berapa",
    "motor saya dicuri minggu lalu, bikin laporan kehilangan di mana",
    "jadwal fogging demam berdarah",
    "tiap hujan got depan rumah banjir sebentar terus surut",
    "how do I claim work accident compensation",
    "what is the fire brigade's phone number",
    "my house was damaged by a landslide last month, can I get help",
    "fire safety permit for a restaurant",
    "can I report a fire through this chat",
]


@pytest.mark.parametrize("text", HAPPENING_NOW)
def test_a_danger_happening_now_is_an_emergency(text: str) -> None:
    assert is_emergency(text)


@pytest.mark.parametrize("text", ONLY_MENTIONS)
def test_a_message_that_only_mentions_a_danger_word_is_not(text: str) -> None:
    assert not is_emergency(text)


def test_saying_it_happens_now_outweighs_a_question_frame() -> None:
    assert not is_emergency("kalau ada kebakaran lapor ke mana")
    assert is_emergency("ada kebakaran sekarang, lapor ke mana")


def test_rules_are_read_from_their_table() -> None:
    rules = parse_rules("form\tgeni\tapi\nhazard\tada api\ncalm\tkalau\nhazard\tbanjir * masuk\n")
    assert is_emergency("ada geni", rules)
    assert not is_emergency("kalau ada geni", rules)
    assert is_emergency("banjir sudah mulai masuk", rules)
    assert not is_emergency("banjir di jalan raya tidak sampai ke rumah", rules)


def test_the_matcher_flags_an_emergency_and_still_decides(kb: KnowledgeBase) -> None:
    result = Matcher(kb).match("tolong ada kebakaran di pasar sekarang")
    assert result.emergency
    assert result.as_json_dict(with_emergency=True)["emergency"] is True
    assert "emergency" not in result.as_json_dict()
    assert Matcher(kb).match("syarat kk baru").emergency is False
