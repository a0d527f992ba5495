"""The elderly's posyandu (posyandu lansia, posbindu) is a service of its own: an entry
on the children's posyandu schedule is offered for it, not given as the answer."""

from __future__ import annotations

import pytest

from knowledge_base.matcher import Intent, Matcher
from tests.knowledge_base.invented_kb import invented_matcher


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return invented_matcher(
        """
        - id: jadwal-posyandu
          agency: dinkes
          questions:
            - Kapan jadwal posyandu di desa?
            - posyandu bulan ini tanggal berapa
          keywords: [jadwal posyandu]
          answer: Posyandu balita buka sebulan sekali; tanyakan jadwalnya ke kader atau bidan.
        """
    )


def test_the_elderly_s_posyandu_is_offered_not_answered(matcher: Matcher) -> None:
    result = matcher.match("jadwal posyandu lansia kapan")
    assert result.intent is not Intent.FAQ
    assert result.suggestions == ("jadwal-posyandu",)


def test_the_posyandu_itself_is_answered(matcher: Matcher) -> None:
    result = matcher.match("jadwal posyandu kapan")
    assert (result.intent, result.entry_id) == (Intent.FAQ, "jadwal-posyandu")
