"""The emergency check's pre-check (knowledge_base.emergency_words): a message that does
not hold every word of some event phrase names no event however it is read, and is
passed over without reading its cues; the verdicts stay those of reading it through."""

from __future__ import annotations

from dataclasses import replace

import pytest

from knowledge_base.emergency import default_rules, is_emergency
from knowledge_base.emergency_spelling import read_words, standard_words
from knowledge_base.emergency_words import may_name_event, phrase_words


def test_a_phrase_is_found_only_with_every_word_of_it() -> None:
    events = phrase_words(["mau loncat", "kebakaran", "tidak * bernapas"])
    assert may_name_event({"saya", "mau", "loncat"}, events)
    assert not may_name_event({"saya", "mau", "tanya"}, events)
    assert may_name_event({"anak", "tidak", "bernapas"}, events)
    assert not may_name_event({"anak", "tidak", "bisa"}, events)


def test_a_phrase_of_gaps_alone_may_be_anywhere() -> None:
    assert may_name_event({"halo"}, phrase_words(["*"]))


def test_a_message_s_words_include_its_tokens_read_alone() -> None:
    rules = default_rules()
    text = "there's a fire, we can't get out"
    words = read_words(text, standard_words(text, rules), rules)
    assert {"there", "is", "s", "can", "not", "t"} <= words  # "cant" is "can not"


def test_the_default_rules_index_their_event_phrases() -> None:
    events = default_rules().event_words
    assert events is not None
    assert frozenset({"mau", "loncat"}) in events["mau"]


@pytest.mark.parametrize(
    "text",
    [
        "tolong rumah tetangga kebakaran",
        "kami tidak bisa keluar, air sudah sepinggang",
        "mau tanya syarat membuat ktp pemula",
        "kami warga menyampaikan keadaan di lingkungan kami. " * 80,
        "jadi begini pak saya mau tanya soal jalan rusak " * 85,
        "there's a fire in the kitchen and we can't get out",
        "dulu pernah kebakaran, sekarang mau tanya klaim asuransi",
    ],
)
def test_the_verdict_is_that_of_reading_every_message_through(text: str) -> None:
    rules = default_rules()
    assert is_emergency(text, rules) == is_emergency(text, replace(rules, event_words=None))


def test_a_message_without_contractions_has_only_the_words_of_its_reading() -> None:
    rules = default_rules()
    text = "rumah tetangga kebakaran, anaknya di dalam"
    found = standard_words(text, rules)
    assert read_words(text, found, rules) == set(found)


def test_contractions_are_still_read_whole_among_other_words() -> None:
    rules = default_rules()
    assert standard_words("i'm stuck, there's smoke", rules)[:2] == ["i", "am"]
    assert "is" in standard_words("i'm stuck, there's smoke", rules)
