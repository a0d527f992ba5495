"""A long message's bare question ("Izinnya diurus ke mana saja?") after a story: the
story reading's entry, when it covers hardly any of the story (it matched the question's
asking words alone), yields to the told reading's entry, which covers much more of the
story, when the message as written agrees (see knowledge_base.story_readings). An entry
that speaks to the story keeps the answer. Invented messages on the sample KB."""

from __future__ import annotations

from pathlib import Path

import pytest

import knowledge_base
from knowledge_base.loader import load_kb
from knowledge_base.matcher import Intent, Matcher

SAMPLE_KB = Path(knowledge_base.__file__).parent / "sample"


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher(load_kb(SAMPLE_KB))


def test_a_tent_over_the_village_road_for_a_family_feast_asks_the_road_use_permit(
    matcher: Matcher,
) -> None:
    result = matcher.match(
        "Minggu depan kami mengadakan syukuran khitanan anak di rumah. Tamunya banyak, jadi "
        "kami mau memasang tenda yang menutup sebagian jalan kampung di depan rumah selama "
        "sehari. Izinnya diurus ke mana saja?"
    )
    assert (result.intent, result.entry_id) == (Intent.FAQ, "izin-penggunaan-jalan-acara")


def test_a_signboard_story_with_a_bare_question_keeps_the_billboard_permit(
    matcher: Matcher,
) -> None:
    result = matcher.match(
        "Toko bangunan kami baru buka di pinggir jalan raya dan kami ingin memasang papan "
        "nama besar bertiang di depan toko, kira-kira 3x5 meter. Izinnya diurus ke mana dan "
        "apa saja berkasnya?"
    )
    assert (result.intent, result.entry_id) == (Intent.FAQ, "izin-pemasangan-reklame")
