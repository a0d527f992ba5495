"""Emergencies of the countryside told in words the detector was not tuned on: a dike,
an embankment or a dam giving way, water or mud pouring into homes, someone drowned
while people are still trying to get them out, a limb cut off or bleeding nobody can
stop after a machine or a blade; and the claims, dates and questions that only name
them.

The messages are written for this test, not taken from the benchmark sets."""

from __future__ import annotations

import pytest

from knowledge_base.emergency import is_emergency

DIKES_AND_DAMS = [
    "tanggul kali bobol, air sudah sampai jalan kampung",
    "bendungan desa jebol, airnya turun deras ke rumah-rumah",
    "tanggul irigasi ambrol barusan, rumah di bawahnya mulai tergenang",
    "the levee gave way and the street is filling with water",
    "the embankment by the canal has burst and houses are flooding",
    "the dam above our hamlet broke, water everywhere",
    "the river is breaching the dike behind the mosque",
]
WATER_AND_MUD_INTO_HOMES = [
    "muddy water is pouring into our kitchen, the kids are upstairs",
    "a mud flood is coming down the hill into the houses",
    "flood water rushing into the school, children still in class",
]
DROWNED_WITH_PEOPLE_THERE = [
    "a boy drowned at the weir, villagers are still searching the water for him",
    "an old man drowned in the irrigation ditch and people are trying to get him out",
    "someone drowned at the beach, lifeguards are pulling him out",
]
CUT_OFF_OR_BLEEDING = [
    "jempol kakak putus kena gergaji mesin, darahnya muncrat",
    "kaki pekerja terpotong mesin pemotong rumput, kami di kebun",
    "tangan paman ketarik mesin penggiling tebu, tolong",
    "mesin jahit pabrik menjepit tangan teman saya, jarinya putus",
    "pisau mesin pencacah rumput memotong jari tetangga, darahnya tidak bisa berhenti",
    "his finger was cut off by the meat grinder, he is pale",
    "my dad's hand got caught in the rice mill and his thumb is severed",
    "the grinder slipped and sliced my arm open, the bleeding will not stop",
    "we cannot stop the bleeding from his leg after the mower accident",
    "my husband cut his leg deep with the machete, there is blood everywhere",
    "his hand got pulled into the feed chopper, he is screaming",
    "gergaji mesin meleset, betis om saya sobek dalam, darahnya tidak mau berhenti",
    "kaki sopir kelindas truknya sendiri, tulangnya mencuat",
    "the meat grinder took off the tip of her finger, blood is spurting",
    "he fell off the tractor and the bone is sticking out of his shin",
]


@pytest.mark.parametrize(
    "text",
    DIKES_AND_DAMS + WATER_AND_MUD_INTO_HOMES + DROWNED_WITH_PEOPLE_THERE + CUT_OFF_OR_BLEEDING,
)
def test_a_danger_told_as_it_happens_gets_the_pointer(text: str) -> None:
    assert is_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        "tanggul yang jebol tahun lalu kapan diperbaiki",
        "anggaran perbaikan tanggul sungai tahun ini berapa",
        "tanggul di ujung desa rawan jebol, kapan diperkuat",
        "who repairs a dike that burst during last year's flood",
        "the dam could burst if the rain goes on, is there an evacuation plan",
    ],
)
def test_a_dike_only_named_or_feared_gets_no_pointer(text: str) -> None:
    assert not is_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        "the mud flood last year destroyed our rice field, any aid?",
        "how do i protect my house from a mud flood",
        "how many children drowned in rivers last year",
        "my grandfather drowned in 1998 in this river",
    ],
)
def test_a_flood_or_a_drowning_in_the_past_or_asked_about_gets_no_pointer(text: str) -> None:
    assert not is_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        "santunan bpjs untuk pekerja yang jarinya putus kena mesin",
        "jari saya putus waktu kerja tahun 2019, bisa dapat kartu disabilitas?",
        "how do i stop bleeding from a small cut",
        "tangan saya rasanya putus asa ngurus izin ini",
    ],
)
def test_an_injury_claimed_for_or_asked_about_gets_no_pointer(text: str) -> None:
    assert not is_emergency(text)
