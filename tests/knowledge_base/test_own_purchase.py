"""A thing bought on one's own means asks the market, not the public service whose entry
shares the thing's name: the entry is offered, not answered, unless it is about buying."""

from __future__ import annotations

import pytest

from knowledge_base.decision import Thresholds
from knowledge_base.matcher import Intent, Matcher, MatcherConfig
from tests.knowledge_base.invented_kb import invented_kb, invented_matcher

ENTRIES = """
- id: bibit-kakao-bantuan
  agency: distan
  questions:
    - Bagaimana syarat mendapat bantuan bibit kakao dari dinas?
    - bibit kakao gratis dari dinas syaratnya apa
  keywords: [bibit kakao, bantuan bibit]
  answer: Kelompok tani mengajukan proposal ke dinas dengan daftar anggota dan luas kebun.
- id: pompa-pemadam-desa
  agency: bpbd
  questions:
    - Bagaimana desa mendapat pinjaman pompa pemadam untuk regu relawan api?
  keywords: [pompa pemadam, relawan api]
  answer: Kepala desa mengajukan surat ke BPBD; pompa dipinjamkan selama musim kemarau.
- id: kartu-bus-beli
  agency: dishub
  questions:
    - Di mana beli kartu bus kota?
    - beli kartu bus di halte mana
  keywords: [beli kartu bus]
  answer: Kartu bus dijual di loket halte utama seharga Rp25.000 dengan saldo awal.
"""


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return invented_matcher(ENTRIES)


@pytest.mark.parametrize(
    "message",
    [
        "kalau mau beli bibit kakao sendiri harganya berapa per batang",
        "harga pompa pemadam itu berapa, kami mau beli sendiri",
        "can we buy cocoa seedlings with our own money",
    ],
)
def test_a_thing_bought_privately_is_offered_not_answered(matcher: Matcher, message: str) -> None:
    result = matcher.match(message)
    assert result.intent is not Intent.FAQ
    assert result.suggestions


@pytest.mark.parametrize(
    ("message", "entry_id"),
    [
        ("syarat bantuan bibit kakao dari dinas apa", "bibit-kakao-bantuan"),
        ("mau beli kartu bus sendiri di halte mana", "kartu-bus-beli"),
    ],
)
def test_the_service_itself_or_an_entry_about_buying_is_answered(
    matcher: Matcher, message: str, entry_id: str
) -> None:
    result = matcher.match(message)
    assert (result.intent, result.entry_id) == (Intent.FAQ, entry_id)


def test_without_the_guard_the_seedling_aid_answers_a_private_purchase() -> None:
    plain = Matcher(invented_kb(ENTRIES), MatcherConfig(thresholds=Thresholds(own_purchase=False)))
    result = plain.match("kalau mau beli bibit kakao sendiri harganya berapa per batang")
    assert (result.intent, result.entry_id) == (Intent.FAQ, "bibit-kakao-bantuan")
