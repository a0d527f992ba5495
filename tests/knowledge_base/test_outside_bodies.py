"""A short question asking the service of a body outside the local government (a bank's
agent, a telecom, a state bus company) of an entry that never names it is offered, not
answered; an entry naming the body still answers, and so does a longer message where the
body's name tells the writer's story."""

from __future__ import annotations

import pytest

from knowledge_base.matcher import Intent, Matcher
from knowledge_base.outside_bodies import bodies_asked
from tests.knowledge_base.invented_kb import invented_matcher

ENTRIES = """
- id: wifi-publik
  agency: diskominfo
  questions:
    - Di mana saja titik wifi gratis pemkab?
    - Bagaimana cara mengajukan pemasangan wifi gratis di balai desa?
  keywords: [wifi gratis, internet gratis, wifi publik]
  answer: Wifi gratis pemkab ada di alun-alun dan balai desa; desa mengajukan lewat camat.
- id: pkh-pencairan
  agency: dinsos
  questions:
    - Kapan bantuan PKH cair dan diambil di mana?
  keywords: [pkh cair, pencairan pkh]
  answer: PKH cair tiap tiga bulan lewat kantor pos atau agen BRILink terdekat.
"""


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return invented_matcher(ENTRIES)


@pytest.mark.parametrize(
    "message",
    ["pasang wifi indihome di balai desa gimana", "pencairan pkh di pegadaian bisa?"],
)
def test_an_outside_body_the_entry_never_names_is_offered_not_answered(
    matcher: Matcher, message: str
) -> None:
    result = matcher.match(message)
    assert result.intent != Intent.FAQ
    assert result.suggestions


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        ("pkh bisa dicairkan lewat agen brilink ga", "pkh-pencairan"),
        ("pasang wifi gratis di balai desa ngajuinnya gimana", "wifi-publik"),
    ],
)
def test_an_entry_naming_the_body_or_a_question_naming_none_still_answers(
    matcher: Matcher, message: str, entry: str
) -> None:
    result = matcher.match(message)
    assert (result.intent, result.entry_id) == (Intent.FAQ, entry)


def test_a_body_is_read_only_in_a_short_question(matcher: Matcher) -> None:
    normaliser = matcher.index.normaliser
    short = normaliser.tokens("pasang indihome di rumah berapa")
    assert bodies_asked(matcher.index, short) == frozenset({"telkom"})
    story = normaliser.tokens(
        "kemarin teknisi indihome datang ke rumah dan bilang tiang di gang kami "
        "menghalangi, kabelnya boleh lewat tanah desa atau tidak"
    )
    assert bodies_asked(matcher.index, story) == frozenset()


def test_a_name_the_kb_spells_out_as_its_own_phrase_is_no_outside_body() -> None:
    own = invented_matcher(
        """
- id: kampung-pinggir-kali
  agency: dpupr
  questions:
    - Bagaimana desa ikut program kampung pinggir kali?
  keywords: [kampung pinggir kali, penataan kampung pinggir kali]
  answer: Program kampung pinggir kali menata rumah di bantaran sungai.
"""
    )
    said = own.index.normaliser.tokens("daftar kpk gimana")
    assert bodies_asked(own.index, said) == frozenset()
    result = own.match("daftar kpk gimana")
    assert (result.intent, result.entry_id) == (Intent.FAQ, "kampung-pinggir-kali")
