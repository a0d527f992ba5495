"""The tables the ranking and its readings read are built with the matcher, so the
first resident's message does not pay for them."""

from __future__ import annotations

from knowledge_base.matcher import Matcher

TABLES = {"proposals", "situations", "card_states", "registry_acts", "not_head_terms"}

# the last answers of one message's steps (see knowledge_base.memo.last_answer)
LAST_ANSWERS = {
    *("question_core", "term_weights", "dealing", "asked_facets"),
    *("proposed", "fits", "message_things"),
}


def test_the_reading_tables_are_ready_and_the_first_message_builds_none(matcher: Matcher) -> None:
    assert set(matcher.index.cache) >= TABLES
    before = set(matcher.index.cache)
    matcher.match("kartu keluarga hilang, bagaimana cara mengurusnya? saya sudah lapor polisi")
    built = {name for name in set(matcher.index.cache) - before if isinstance(name, str)}
    assert built <= LAST_ANSWERS
