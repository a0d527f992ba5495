"""A calm cue cancels only the event it is about. A pet, a condition, a question about
what to do if help is late, told in a clause of their own, do not hide a danger the
resident reports as happening now in another clause; but a pet that is itself the one
in trouble, a condition that governs the event words, a laugh or a game, an errand, a
habit or a past time still make the message calm.

The messages are written for this test, not taken from the benchmark sets."""

from __future__ import annotations

import pytest

from knowledge_base.emergency import is_emergency, parse_rules


@pytest.mark.parametrize(
    "text",
    [
        "gudang sebelah terbakar, anjing saya masih di dalam rumah",
        "ibu saya pingsan tidak sadarkan diri. kucing saya dari tadi mengeong",
        "the shop next door is on fire, my cat is still in the kitchen",
        "the warehouse next door is burning, my dog is still in the yard",
    ],
)
def test_a_danger_told_apart_from_a_pet_gets_the_pointer(text: str) -> None:
    assert is_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        "adik saya kejang dan tidak sadar, apa yang harus dilakukan kalau ambulans lama?",
        "kakek tidak sadarkan diri, bagaimana kalau ambulans tidak bisa masuk gang?",
        "ada kebakaran di gudang sebelah, kalau apinya merembet ke rumah gimana?",
        "my husband is not breathing, what should i do if nobody answers the phone",
        "our neighbour's house is on fire, what do we do if the fire truck cannot get in?",
    ],
)
def test_a_danger_now_then_a_condition_about_help_gets_the_pointer(text: str) -> None:
    assert is_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        # the pet is the one in trouble
        "kucing saya terjebak di atap, tidak bisa turun, bisa minta tolong damkar?",
        "kucing saya tenggelam di kolam, bisa dihidupkan lagi?",
        "my cat is stuck up a tree, can the fire brigade come?",
        # the condition comes first and governs the events after it
        "kalau rumah kebakaran, kucing saya masih di dalam, gimana?",
        "misalnya ada yang tenggelam, apa yang harus dilakukan",
        "if my house catches fire, my cat is inside, what do I do",
        "if someone collapses, not breathing, what should we do",
    ],
)
def test_a_pet_in_trouble_or_a_condition_over_the_event_gets_no_pointer(text: str) -> None:
    assert not is_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        "lagi main game, squad gw kebakar semua",
        "lagi mabar, tim gw tenggelam semua",
        "tahun lalu rumah saya kebakaran, sekarang masih numpang, ada bantuan?",
        "rumah kami kebakaran, kejadiannya bulan lalu",
        "rumah saya kebakaran tahun 2019, sertifikat hilang, cara urus gimana",
        "kebakaran hutan tiap tahun, anak-anak sesak napas",
        "the house burned down last year, my dog died, can i get aid",
    ],
)
def test_a_game_an_errand_a_habit_or_a_past_time_over_the_message_gets_no_pointer(
    text: str,
) -> None:
    assert not is_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        "suami saya tidak sadarkan diri apa yang harus dilakukan kalau ambulans lama",
        "my grandma is not breathing what should i do if nobody picks up",
    ],
)
def test_a_danger_then_what_to_do_if_without_a_comma_gets_the_pointer(text: str) -> None:
    assert is_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        # an event named only as the topic of the question
        "kebakaran lahan, apa yang harus dilakukan jika asapnya masuk sekolah?",
        "gempa, what should we do if we are inside a mall",
        "serangan stroke, apa yang harus dilakukan kalau kakek tiba-tiba pingsan",
        "soal kebakaran, kalau kios di pasar terbakar siapa yang ganti",
        "masalah kebakaran lahan, what should i do if smoke gets into the house",
        "what should i do if someone is drowning and i cannot swim",
    ],
)
def test_an_event_named_as_a_topic_before_a_condition_gets_no_pointer(text: str) -> None:
    assert not is_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        "kemarin gudang sebelah kebakaran, sekarang rumah saya yang terbakar",
        "anak saya kemarin demam, sekarang kejang dan tidak sadar",
        "yesterday the shop next door burned, now our kitchen is on fire",
        "my son had a fever last night, now he is not breathing",
    ],
)
def test_a_past_event_then_a_danger_now_gets_the_pointer(text: str) -> None:
    assert is_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        "kemarin anak saya jatuh, sekarang sudah baikan",
        "minggu lalu kebakaran, sekarang mau urus surat yang hilang",
        "tahun lalu kena banjir, sekarang rumah sudah diperbaiki",
        "last month a child drowned in the pond, it is still not fenced",
        "the fire last month destroyed the market, now traders need aid",
    ],
)
def test_a_past_event_then_no_danger_now_gets_no_pointer(text: str) -> None:
    assert not is_emergency(text)


def test_an_aside_is_calm_in_its_own_clause_only() -> None:
    rules = parse_rules("hazard\tada api\naside\tsi belang\n")
    assert not is_emergency("si belang lihat ada api", rules)
    assert is_emergency("ada api di dapur, si belang di luar", rules)


def test_a_jest_is_calm_over_every_clause() -> None:
    rules = parse_rules("hazard\tada api\njest\tcanda\n")
    assert is_emergency("ada api di dapur, kucing di luar", rules)
    assert not is_emergency("ada api di dapur, canda", rules)
