"""The English bridge reads everyday English of residents' messages: events, people,
places and verbs, and phrases before their single words."""

from __future__ import annotations

import pytest

from knowledge_base.lexicon import default_lexicon
from knowledge_base.normaliser import Normaliser


@pytest.fixture(scope="module")
def normaliser() -> Normaliser:
    return Normaliser(default_lexicon())


@pytest.mark.parametrize(
    ("message", "expected_words"),
    [
        ("a storm ripped the roof off", {"badai", "atap"}),
        ("can we close the lane for a party", {"tutup", "acara"}),
        ("do i need permission to sell cookies from a cart", {"izin", "kue", "gerobak"}),
        ("the papers never arrived", {"datang"}),
        ("enrolment at state schools", {"sekolah", "negeri"}),
        ("a stray dog bit my nephew", {"anjing", "liar", "keponakan"}),
        ("our village road is still dirt", {"tanah"}),
    ],
)
def test_everyday_english_words_are_read_in_indonesian(
    normaliser: Normaliser, message: str, expected_words: set[str]
) -> None:
    assert expected_words <= set(normaliser.tokens(message))


def test_a_phrase_is_read_before_its_single_words(normaliser: Normaliser) -> None:
    tokens = normaliser.tokens("how does it work for a shop that is close to the market")
    assert "bagaimana" in tokens and "dekat" in tokens
    assert "kerja" not in tokens and "tutup" not in tokens


def test_words_that_complaint_signals_read_in_english_are_left_as_typed(
    normaliser: Normaliser,
) -> None:
    tokens = normaliser.tokens("the clerk asked me for a bribe two weeks ago")
    assert {"asked", "bribe", "weeks"} <= set(tokens)


@pytest.mark.parametrize(
    ("english_word", "term"),
    [
        ("tendency", "tendency"),
        ("permission", "permission"),
        ("berries", "berry"),
        ("mentions", "mention"),
        ("bearings", "bearing"),
    ],
)
def test_an_english_word_gets_its_english_base_form_not_indonesian_affix_stripping(
    normaliser: Normaliser, english_word: str, term: str
) -> None:
    assert normaliser.term(english_word) == term


def test_indonesian_words_are_still_stemmed(normaliser: Normaliser) -> None:
    assert normaliser.term("pembayaran") == normaliser.term("bayar")
    assert normaliser.term("perbaikan") == normaliser.term("baik")


def test_a_phrase_is_written_in_base_forms_so_its_inflections_match(
    normaliser: Normaliser,
) -> None:
    assert normaliser.tokens("what happens if the gutter is clogged") == [
        "bagaimana",
        "jika",
        "the",
        "selokan",
        "is",
        "tersumbat",
    ]


def test_a_complaint_signal_word_is_not_read_through_a_bridge_base_form(
    normaliser: Normaliser,
) -> None:
    tokens = normaliser.tokens("the wall collapsed and the drain is overflowing, getting worse")
    assert {"collapsed", "overflowing", "getting"} <= set(tokens)


@pytest.mark.parametrize(
    ("message", "expected_words"),
    [
        ("my date of birth is misspelled", {"tanggal", "lahir", "salah", "tulis"}),
        ("can i pay the arrears in installments", {"tunggakan", "cicilan"}),
        ("i was laid off, where is the job fair", {"phk", "bursa", "kerja"}),
    ],
)
def test_forms_money_and_work_words_are_read_in_indonesian(
    normaliser: Normaliser, message: str, expected_words: set[str]
) -> None:
    assert expected_words <= set(normaliser.tokens(message))


def test_a_school_type_after_state_or_public_is_a_negeri_school(normaliser: Normaliser) -> None:
    assert "smp negeri" in normaliser.normalise("places at a state middle school")
    assert "sd negeri" in normaliser.normalise("places at public primary schools")


def test_around_the_clock_is_read_as_24_hours(normaliser: Normaliser) -> None:
    assert "24 jam" in normaliser.normalise("is the clinic open around the clock")


def test_how_many_days_asks_how_long(normaliser: Normaliser) -> None:
    assert normaliser.normalise("how many days until the permit is out").startswith("berapa lama")


def test_what_happened_to_my_report_asks_for_its_progress(normaliser: Normaliser) -> None:
    assert "perkembangan laporan" in normaliser.normalise("what happened to my report")


@pytest.mark.parametrize(
    "message",
    ["how does the waste bank work", "how do the market stall rules work now"],
)
def test_the_verb_of_how_does_something_work_is_not_read_as_a_job(
    normaliser: Normaliser, message: str
) -> None:
    assert "kerja" not in normaliser.tokens(message)


@pytest.mark.parametrize("message", ["how do i find work", "how do we apply for a work permit"])
def test_work_as_a_noun_is_still_a_job(normaliser: Normaliser, message: str) -> None:
    assert "kerja" in normaliser.tokens(message)


def test_an_extension_is_a_renewal_unless_it_is_built_onto_a_house(
    normaliser: Normaliser,
) -> None:
    assert "perpanjangan" in normaliser.tokens("how long does a permit extension take")
    assert "bangunan" in normaliser.tokens("do i need a permit for a house extension")
