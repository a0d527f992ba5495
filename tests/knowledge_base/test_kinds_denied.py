"""A thing the message names right after "bukan" is what it is not about: "kami tanam
kedelai bukan jagung" asks about soybean seed, not the maize-seed entry's."""

from __future__ import annotations

import pytest

from knowledge_base.kinds import message_things
from knowledge_base.matcher import Intent, Matcher
from tests.knowledge_base.invented_kb import invented_matcher


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return invented_matcher(
        """
        - id: benih-jagung
          agency: distan
          questions:
            - Bagaimana kelompok tani mendapat bantuan benih jagung?
          keywords: [benih jagung, bantuan benih]
          answer: Kelompok tani mengajukan proposal ke dinas pertanian sebelum musim tanam.
        """
    )


def test_a_thing_named_after_bukan_is_not_among_the_message_s_things(matcher: Matcher) -> None:
    tokens = matcher.analyse("kebun kami kedelai bukan jagung").tokens
    assert message_things(matcher.index, tokens) == {"farmed": frozenset({"kedelai"})}


def test_another_crop_said_instead_of_the_entry_s_is_not_answered(matcher: Matcher) -> None:
    text = "bantuan benih kedelai ada? kami tanam kedelai bukan jagung"
    assert matcher.match(text).intent is not Intent.FAQ


def test_the_entry_s_own_thing_asked_besides_another_is_answered(matcher: Matcher) -> None:
    text = "bantuan benih jagung buat kelompok tani kami, bukan yang kedelai"
    result = matcher.match(text)
    assert (result.intent, result.entry_id) == (Intent.FAQ, "benih-jagung")
