"""A thing's power running out is no one dying, even told beside a person ("listrik di
rumah kakek mau mati": the electricity is about to go off); a hydrant is a thing; smoke
"out of every window" is no habit; wondering whether news is true reports nothing;
while water coming in through the door, someone passing out now and a Minangkabau
"anyuik" (swept away) are emergencies.

The messages are written for this test, not taken from the benchmark sets."""

from __future__ import annotations

import pytest

from knowledge_base.emergency import is_emergency


@pytest.mark.parametrize(
    "text",
    [
        "listrik di rumah kakek mau mati, token tinggal sedikit",
        "hp bapak mau mati, bisa isi ulang di kantor desa?",
        "lampu di kamar ibu hampir mati, kedip-kedip terus",
        "hidran kebakaran di pojok pasar bocor, mohon diperbaiki",
        "kok sekarang banyak berita anak pingsan di sekolah, itu benar?",
        "everyone says people are fainting from the heat now, is it true?",
    ],
)
def test_a_thing_a_hydrant_or_a_doubted_report_gets_no_pointer(text: str) -> None:
    assert not is_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        "the warehouse behind the market is on fire, smoke out of every window",
        "water is coming in through the door, my mother cannot walk",
        "my uncle is passing out in the car right now",
        "adiak ambo anyuik di sungai, tolong!",
        "kakek saya mau mati, napasnya berhenti",
    ],
)
def test_a_fire_rising_water_fainting_or_a_drowning_now_gets_the_pointer(text: str) -> None:
    assert is_emergency(text)
