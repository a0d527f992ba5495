"""An emergency cue phrase is found in a message typed with it: the table is read at load
time in the standard words a message is read in ("apinya ga ada" is "api tidak ada"),
while a one-word phrase whose "-nya" is its sense ("lapornya") is not cut down to a
bare word found in every report. A word whose root ends in "nya" ("bertanya") keeps it.
The table and the messages are invented."""

from __future__ import annotations

from knowledge_base.emergency import is_emergency, parse_rules
from knowledge_base.emergency_spelling import standard_words

TABLE = "\n".join(
    [
        "form\tga\ttidak",
        "hazard\tkebakaran",
        "past\tapinya ga ada",
        "calm\tlapornya",
        "calm\thanya bertanya",
    ]
)


def test_a_phrase_with_a_chat_spelling_and_nya_is_found_in_standard_words() -> None:
    rules = parse_rules(TABLE)
    assert not is_emergency("kebakaran di gudang, apinya ga ada lagi", rules)


def test_a_one_word_phrase_is_not_cut_down_to_its_bare_word() -> None:
    rules = parse_rules(TABLE)
    assert is_emergency("lapor, kebakaran di gudang", rules)


def test_a_root_ending_in_nya_keeps_it() -> None:
    rules = parse_rules(TABLE)
    assert standard_words("bertanya ditanya", rules) == ["bertanya", "ditanya"]
    assert not is_emergency("saya hanya bertanya soal kebakaran", rules)


def test_a_one_word_phrase_with_nya_is_found_in_a_message_typed_with_it() -> None:
    rules = parse_rules(TABLE)
    assert not is_emergency("kebakaran di gudang, lapornya gimana", rules)


def test_a_one_word_nya_phrase_whose_bare_word_is_a_cue_of_its_kind_is_read_bare() -> None:
    rules = parse_rules(TABLE + "\nhazard\tapinya\nhazard\tapi")
    assert standard_words("apinya besar", rules) == ["api", "besar"]
