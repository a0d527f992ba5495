"""A group name right before or after one of its things names that thing alone: an entry
on the entry fee of "objek wisata pantai" speaks of beaches, not of every tourist place,
so a waterfall's ticket is another thing. The messages are invented."""

from __future__ import annotations

import pytest

from knowledge_base.kind_names import kb_names, names_in, term_sequence
from knowledge_base.matcher import Intent, Matcher
from tests.knowledge_base.invented_kb import invented_matcher


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return invented_matcher(
        """
        - id: tiket-pantai
          agency: dispar
          questions:
            - Berapa harga tiket masuk pantai yang dikelola pemkab?
            - tarif masuk objek wisata pantai untuk turis
          keywords: [tiket pantai, objek wisata pantai]
          answer: Tiket masuk pantai Rp10.000 untuk dewasa dan Rp5.000 untuk anak.
        """
    )


def _things(matcher: Matcher, text: str) -> set[str]:
    normaliser = matcher.index.normaliser
    terms = term_sequence(normaliser, normaliser.tokens(text))
    return {t for n in names_in(kb_names(normaliser), terms) for t in n.things}


def test_a_group_name_beside_its_thing_names_the_thing_alone(matcher: Matcher) -> None:
    assert _things(matcher, "objek wisata pantai") == {"pantai"}


def test_a_group_name_alone_names_the_whole_group(matcher: Matcher) -> None:
    assert {"pantai", "air terjun", "museum"} <= _things(matcher, "objek wisata di kabupaten")


def test_a_waterfall_s_ticket_is_not_answered_with_the_beach_s(matcher: Matcher) -> None:
    result = matcher.match("harga tiket masuk air terjun berapa ya")
    assert result.entry_id != "tiket-pantai" or result.intent is not Intent.FAQ


def test_the_beach_s_ticket_is_answered(matcher: Matcher) -> None:
    result = matcher.match("harga tiket masuk pantai berapa")
    assert (result.intent, result.entry_id) == (Intent.FAQ, "tiket-pantai")
