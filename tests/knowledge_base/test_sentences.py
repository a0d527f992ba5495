"""One sentence splitter and one list of indefinite question words for the clause
reading and the complaint model."""

from __future__ import annotations

import re

import pytest

from knowledge_base.complaint_shape import last_sentence, without_indefinites
from knowledge_base.sentences import INDEFINITE, SENTENCE


def test_a_point_between_digits_ends_no_sentence() -> None:
    text = "Parkir di pasar ditarik Rp 2.500 padahal karcisnya Rp 1.000. Tarif resminya berapa?"
    assert [s.strip() for s in SENTENCE.findall(text)] == [
        "Parkir di pasar ditarik Rp 2.500 padahal karcisnya Rp 1.000.",
        "Tarif resminya berapa?",
    ]


# the splitter as first written, a character at a time
_ONE_AT_A_TIME = re.compile(r"(?:[^.!?\n]|(?<=\d)\.(?=\d))+[.!?\n]*")


@pytest.mark.parametrize(
    "text",
    [
        "Rp 2.500. ok?? ya.. versi 1.2.3 a.5 5.a!\n\nlalu",
        "...awal. 1.2 .5 5. .. ?!",
        "Dengan hormat, kami warga RT 03.\nApa syaratnya?! Terima kasih.",
        "",
    ],
)
def test_sentences_are_those_of_the_splitter_read_a_character_at_a_time(text: str) -> None:
    spans = [found.span() for found in SENTENCE.finditer(text)]
    assert spans == [found.span() for found in _ONE_AT_A_TIME.finditer(text)]


def test_a_number_does_not_cut_one_sentence_in_two_for_the_complaint_model() -> None:
    assert last_sentence("Retribusi los pasar naik jadi Rp 1.500 sehari sejak kapan?") is None
    two = "Retribusi los pasar naik jadi Rp 1.500 sehari. Uangnya disetor ke siapa?"
    assert (last_sentence(two) or "").strip() == "Uangnya disetor ke siapa?"


def test_doubled_question_words_ask_nothing_but_apa_saja_still_asks() -> None:
    assert INDEFINITE.search("sampah berserakan di mana-mana")
    assert INDEFINITE.search("tidak dikasih tahu apa2")
    assert INDEFINITE.search("kapan pun bisa")
    assert not INDEFINITE.search("syaratnya apa-apa saja?")
    assert without_indefinites("belatung dimana-mana") != "belatung dimana-mana"
