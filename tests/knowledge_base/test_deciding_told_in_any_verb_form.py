"""Who gets a benefit decided by someone is favouritism told, whatever form the verb of
deciding takes ("memilih", "milih", "nentuin", "mengaturnya"): its "siapa yang" asks
nothing. The messages are invented."""

from __future__ import annotations

import pytest

from knowledge_base.narrated_ask import may_ask_nothing, still_asking


@pytest.mark.parametrize(
    "text",
    [
        " kades memilih sendiri siapa yang dapat bantuan ",
        " kades milih siapa yang dapat bantuan ",
        " rt nentuin siapa yang dapat bantuan ",
        " lurah mengaturnya sendiri siapa yang dapat bantuan ",
    ],
)
def test_who_gets_a_benefit_decided_in_any_verb_form_asks_nothing(text: str) -> None:
    present = set(text.split())
    assert may_ask_nothing(present)
    assert "siapa" not in still_asking(text, present)


def test_who_decides_asked_outright_still_asks() -> None:
    text = " siapa yang memilih penerima bantuan "
    assert "siapa yang" in still_asking(text, set(text.split()))
