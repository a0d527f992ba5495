"""A vehicle rental and a beach club are businesses of their own: a permit or a tax for
them is no question for the entry on renting out a villa. The messages are invented."""

from __future__ import annotations

import pytest

from knowledge_base.kinds import message_things
from knowledge_base.matcher import Intent, Matcher
from tests.knowledge_base.invented_kb import invented_matcher


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return invented_matcher(
        """
        - id: villa-sewa-izin
          agency: dpmptsp
          questions:
            - Apa izin usaha untuk menyewakan villa kepada turis?
          keywords: [izin villa, sewa villa]
          answer: Daftarkan usaha villa lewat OSS untuk mendapat NIB dan sertifikat standar.
        """
    )


@pytest.mark.parametrize(
    ("text", "thing"),
    [("usaha sewa motor ke turis", "rental kendaraan"), ("pajak beach club", "hiburan")],
)
def test_a_rental_and_a_club_are_businesses(matcher: Matcher, text: str, thing: str) -> None:
    tokens = matcher.analyse(text).tokens
    assert thing in message_things(matcher.index, tokens)["business"]


def test_a_motorbike_rental_s_permit_is_not_the_villa_s(matcher: Matcher) -> None:
    result = matcher.match("izin usaha rental motor buat turis apa aja?")
    assert result.entry_id != "villa-sewa-izin" or result.intent is not Intent.FAQ


def test_the_villa_s_permit_is_answered(matcher: Matcher) -> None:
    result = matcher.match("izin usaha sewa villa buat turis apa aja?")
    assert (result.intent, result.entry_id) == (Intent.FAQ, "villa-sewa-izin")
