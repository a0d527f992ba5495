"""A verb of dying or killing names a danger when said of someone, and a fire word said
of a person or the weather is a fever or heat (see knowledge_base/emergency_subject.py)."""

from __future__ import annotations

import pytest

from knowledge_base.emergency import is_emergency

SOMEONE_DYING_NOW = [
    "my father is dying, please help",
    "someone is dying here, send help",
    "there's a man dying on the road near the bridge",
    "my grandfather is dying right now",
    "he is dying, please come",
    "someone is being killed next door",
    "a guy is killing his wife next door",
    "they are killing him outside the shop",
    "bapak saya hampir mati dipukuli orang",
    "kakek saya mau mati kayaknya, napasnya tersengal",
    "di jalan ada orang hampir mati",
    "nenek wis arep mati, tulung",
]

NO_ONE_DYING = [
    "I'm dying to know when the festival starts",
    "just killing time, what museums are open",
    "the heat is killing me, any public pool",
    "this queue is killing me",
    "i am dying of hunger lol",
    "my plants are dying, where can I get fertilizer",
    "my phone is dying",
    "the fish in the river are dying, who do I report pollution to",
    "hp ibu saya mau mati baterainya",
    "mati lampu dari tadi kapan nyala",
    "aduh laper mau mati rasanya wkwk",
    "nenek saya hampir mati lampu tadi, kapan pln datang",
    "tanaman padi petani hampir mati kekeringan, ada bantuan?",
]

FEVER_OR_HEAT = [
    "my son is burning up with fever, what medicine",
    "my son is burning up, which puskesmas is open",
    "it's burning up outside today, is the pool open",
    "i am burning up, is the public pool open today",
]

A_FIRE = [
    "the whole house is burning up, people inside",
    "the market is burning, the fire is spreading to the next block",
    "my neighbour's house is burning and I can hear someone inside",
]


@pytest.mark.parametrize("text", SOMEONE_DYING_NOW)
def test_someone_dying_or_being_killed_now_is_an_emergency(text: str) -> None:
    assert is_emergency(text)


@pytest.mark.parametrize("text", NO_ONE_DYING)
def test_a_thing_dying_or_a_figure_of_speech_is_no_emergency(text: str) -> None:
    assert not is_emergency(text)


@pytest.mark.parametrize("text", FEVER_OR_HEAT)
def test_burning_said_of_a_person_or_the_weather_is_no_fire(text: str) -> None:
    assert not is_emergency(text)


@pytest.mark.parametrize("text", A_FIRE)
def test_a_place_burning_is_still_a_fire(text: str) -> None:
    assert is_emergency(text)
