"""The rent of a thing asked with a bare "berapa" asks its price ("sewa rusun brp"),
not how to rent it. Invented entries (see test_english_facet_words) and messages."""

from __future__ import annotations

from knowledge_base.matcher import Intent
from tests.knowledge_base.invented_kb import invented_matcher
from tests.knowledge_base.test_english_facet_words import HOUSING


def test_the_rent_of_a_flat_asked_in_chat_is_the_fee_entry() -> None:
    matcher = invented_matcher(HOUSING)
    for text in ("sewarusunbrp", "rusun sewanya berapa"):
        result = matcher.match(text)
        assert (result.intent, result.entry_id) == (Intent.FAQ, "rusun-tarif"), text


def test_renting_a_flat_asked_how_is_still_the_application() -> None:
    matcher = invented_matcher(HOUSING)
    result = matcher.match("daftar rusun sewa gimana")
    assert (result.intent, result.entry_id) == (Intent.FAQ, "rusun-daftar")
