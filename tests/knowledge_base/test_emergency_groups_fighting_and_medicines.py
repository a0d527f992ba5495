"""Groups attacking each other now are an emergency; a medicine named after a bite, a
sting, a burn or a poisoning is a question about the medicine (the shipped cue table;
messages invented)."""

from __future__ import annotations

import pytest

from knowledge_base.emergency import is_emergency

HAPPENING_NOW = [
    "dua kelompok pemuda saling serang pakai panah sekarang",
    "warga dua kampung saling bacok di perbatasan, ada yang terluka",
    "two gangs are attacking each other outside the stadium right now",
]

CALM = [
    "obat gigitan ular di puskesmas ada tidak",
    "obat sengatan tawon yang dijual di apotek apa",
    "obat luka bakar ringan yang bagus merek apa",
    "dulu dua kampung sering saling serang, sekarang sudah damai, ada program perdamaian?",
]


@pytest.mark.parametrize("text", HAPPENING_NOW)
def test_a_fight_between_groups_told_now_gets_the_pointer(text: str) -> None:
    assert is_emergency(text)


@pytest.mark.parametrize("text", CALM)
def test_a_medicine_named_after_the_event_or_an_old_feud_gets_no_pointer(text: str) -> None:
    assert not is_emergency(text)
