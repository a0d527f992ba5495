"""A long message whose question names no topic of its own ("bagaimana cara
memastikannya?") is read with what is told before it (see
knowledge_base.story_readings): the story reading's entry, matched on a detail of the
story, yields to the told reading when the message as written agrees; a bare question
answers only what its wider reading also puts first. Invented messages on the sample KB."""

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


def test_a_grandchild_feared_stunted_is_answered_with_stunting_not_a_first_identity_card(
    matcher: Matcher,
) -> None:
    result = matcher.match(
        "Cucu saya umurnya dua tahun lebih, susah sekali makan sayur, maunya cuma biskuit. "
        "Badannya paling kecil di antara teman mainnya. Neneknya bilang nanti juga besar "
        "sendiri, tapi saya takut dia stunting. Bagaimana cara memastikannya, dan kalau "
        "benar harus dibawa ke mana?"
    )
    assert (result.intent, result.entry_id) == (Intent.FAQ, "stunting-deteksi-dan-pencegahan")


def test_food_aid_gone_and_a_bare_why_is_not_answered_with_an_unregistered_number(
    matcher: Matcher,
) -> None:
    result = matcher.match(
        "Bapak saya sudah enam tahun dapat bantuan sembako lewat kartu, tapi sejak bulan "
        "Maret saldonya kosong terus. Padahal bapak sudah tua dan tidak bekerja. Kata pak "
        "RT mungkin namanya dihapus. Kenapa bisa begitu dan apa yang harus kami lakukan "
        "supaya dapat lagi?"
    )
    assert result.entry_id != "nik-tidak-terdaftar"
    assert "bansos-tidak-cair-lagi" in (result.entry_id, *result.suggestions[:1])


def test_a_story_whose_question_names_its_topic_keeps_the_story_reading(
    matcher: Matcher,
) -> None:
    result = matcher.match(
        "Nenek saya dapat sembako tiap bulan lewat kartu, tapi tiga bulan ini tidak ada "
        "isinya. Kata tetangga datanya mungkin dicoret. Kenapa bisa begitu dan apa yang "
        "bisa dilakukan supaya cair lagi?"
    )
    assert (result.intent, result.entry_id) == (Intent.FAQ, "bansos-tidak-cair-lagi")
