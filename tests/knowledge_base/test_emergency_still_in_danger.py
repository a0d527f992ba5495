"""What an event left behind, and who is still in it. Injury denied after an event is
calm even though the denial names the injury ("nobody was hurt"); someone still caught
after an event told in the past tense is in danger now; "bekas" before an event says it
is over ("bekas kebakaran"), before a place it only names a former use of the place
("bekas galian"); a year after "the" dates the event; a limb caught in a machine by its
name is an emergency. The messages are invented."""

from __future__ import annotations

import pytest

from knowledge_base.emergency import is_emergency


@pytest.mark.parametrize(
    "text",
    [
        "a tree fell on our street but nobody was hurt",
        "a big tree fell onto the road, no one got hurt",
        "a van hit a lamp post near the market, no one inside was injured",
        "motor saya nabrak pagar di gang tapi tidak ada yang terluka",
        "a small fire in the bin by the gate, no one was injured, who clears it up",
    ],
)
def test_an_event_with_injury_denied_is_no_emergency(text: str) -> None:
    assert not is_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        "there was a collision at the crossing, the van driver is trapped",
        "tadi ada truk terguling, sopirnya terjepit di kabin",
    ],
)
def test_someone_still_caught_after_an_event_told_in_the_past_is_an_emergency(
    text: str,
) -> None:
    assert is_emergency(text)


def test_someone_caught_who_then_asks_a_calm_question_is_asking() -> None:
    assert not is_emergency("adik saya terjebak macet di tol karena banjir, bagaimana cara pulang")
    assert not is_emergency("ayah saya terjebak banjir di pabrik, bagaimana cara pulang")


@pytest.mark.parametrize(
    "text",
    [
        "tolong anak tetangga tenggelam di kolam bekas galian pasir, belum ketemu",
        "tanah bekas galian longsor menimbun gubuk, ada orang di dalam",
    ],
)
def test_a_former_pit_is_a_place_not_a_past_event(text: str) -> None:
    assert is_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        "rumah bekas kebakaran di gang tiga mau dibangun lagi, izinnya apa",
        "pasca banjir jalan desa penuh lumpur, kapan dibersihkan",
        "where can I read about the 1998 flood in this town",
    ],
)
def test_an_aftermath_or_a_dated_event_is_no_emergency(text: str) -> None:
    assert not is_emergency(text)


def test_a_call_for_help_beside_a_nobody_is_still_an_emergency() -> None:
    assert is_emergency("nobody is answering, my brother is hurt and bleeding, send help")


def test_a_hand_caught_in_a_named_machine_is_an_emergency() -> None:
    assert is_emergency("my uncle's hand is caught in the grinder at the rice mill")
    assert is_emergency("tangan pekerja terjepit roller mesin cetak, tolong")


@pytest.mark.parametrize(
    "text",
    [
        "dulu ada ular kobra di kebun ini, sekarang masih ada ular ga",
        "last year a crocodile attacked someone here, are there still crocodiles or not",
    ],
)
def test_a_risk_asked_about_with_a_yes_or_no_tag_is_no_emergency(text: str) -> None:
    assert not is_emergency(text)


def test_a_hazard_told_before_a_yes_or_no_question_is_still_an_emergency() -> None:
    assert is_emergency("bapak saya kejang kejang, harus dibawa ke rs ga")


@pytest.mark.parametrize(
    "text",
    [
        "tadi malam gudang sebelah ambruk, penjaganya masih tertimbun",
        "earlier there was a mudslide and my cousin is still trapped in the car",
    ],
)
def test_someone_still_in_danger_after_an_event_told_in_the_past_is_an_emergency(
    text: str,
) -> None:
    assert is_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        "kemarin adik saya jatuh dari motor, sekarang masih pusing, perlu rontgen?",
        "minggu lalu anak saya terjebak di lift, kapan liftnya diperbaiki",
    ],
)
def test_a_past_event_with_no_one_still_in_it_stays_over(text: str) -> None:
    assert not is_emergency(text)
