"""Short regional particles read by their place: a Malay "ke" or "ka" that closes a
clause asks yes or no ("kah"), Malay "ade ke" is "is there", and a Madurese "ta'" is
"not" in a message written in Madurese. The messages are invented."""

from __future__ import annotations

import pytest

from knowledge_base.lexicon import default_lexicon
from knowledge_base.normaliser import Normaliser
from knowledge_base.regional_particles import (
    read_by_place,
    read_closing_particles,
    read_madurese_negation,
    read_text_by_place,
)
from knowledge_base.sentences import without_indefinites


@pytest.fixture(scope="module")
def normaliser() -> Normaliser:
    return Normaliser(default_lexicon(), ["bantuan", "perahu", "vaksin", "sapi", "izin"])


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("kena bayar ke?", "kena bayar kah?"),
        ("ade bantuan perahu ke", "ade bantuan perahu kah"),
        ("vaksin sapi gratis ka, atau bayar?", "vaksin sapi gratis kah, atau bayar?"),
        ("ade ke bantuan perahu", "ade kah bantuan perahu"),
        ("puskesmas buke dak, aku nak berobat", "puskesmas buke tidak, aku nak berobat"),
        ("vaksin sapi pacak gratis dak?", "vaksin sapi pacak gratis tidak?"),
    ],
)
def test_a_particle_closing_a_clause_asks_yes_or_no(written: str, read: str) -> None:
    assert read_closing_particles(written) == read


@pytest.mark.parametrize(
    "written",
    [
        "mau urus izin ke mana",
        "anter ke kantor camat",
        "ka pasar dulu",
        "ade ke mana?",
        "dak rumah bocor",
    ],
)
def test_a_preposition_before_its_place_stays_a_preposition(written: str) -> None:
    assert read_closing_particles(written) == written


def test_a_place_word_said_twice_leaves_no_preposition_closing_the_clause() -> None:
    left = without_indefinites("sampahnya berserakan ke mana-mana")
    assert read_closing_particles(left) == left


def test_a_closing_particle_reads_as_a_question_tag(normaliser: Normaliser) -> None:
    assert normaliser.tokens("bantuan perahu gratis ke?")[-1] == "kah"


def test_madurese_ta_is_not_in_a_madurese_message(normaliser: Normaliser) -> None:
    tokens = normaliser.tokens("sapi engkok ta' ghâdhuwân vaksin")
    assert "tidak" in tokens and "ta" not in tokens


@pytest.mark.parametrize(
    "written",
    ["lampu di rumah ta' mati, lapor di mana ki'", "urus izin kudu mbayar ta"],
)
def test_ta_of_another_variety_is_no_negation(written: str) -> None:
    tokens = ["lampu", "ta", "mati"]
    assert read_madurese_negation(tokens, written) == tokens


def test_malay_bila_asks_when_in_a_message_written_in_malay() -> None:
    text = "bila petugas nak datang ke pulau"
    assert read_by_place(["bila", "petugas", "mau", "datang"], text)[0] == "kapan"


def test_indonesian_bila_stays_if() -> None:
    text = "bila banjir datang lapor ke mana"
    assert read_by_place(["bila", "banjir", "datang"], text)[0] == "bila"


def test_malay_ade_is_there_is_but_a_sibling_stays_a_sibling() -> None:
    text = "ade bantuan perahu tak, ade saya nak minta"
    read = read_by_place(["ade", "bantuan", "perahu", "ade", "saya"], text)
    assert read == ["ada", "bantuan", "perahu", "ade", "saya"]


def test_eastern_ade_is_a_younger_sibling() -> None:
    text = "sa pu ade mau bikin ktp, ape syaratnya"
    assert read_by_place(["sa", "pu", "ade", "mau"], text)[2] == "ade"


def test_malay_kene_is_kena_in_a_message_written_in_malay() -> None:
    assert read_text_by_place("pasang papan kat kedai kene izin ke tak") == (
        "pasang papan kat kedai kena izin ke tak"
    )


def test_javanese_kene_after_its_preposition_stays_here() -> None:
    text = "nak lapor neng kene, ape syaratnya"
    assert read_text_by_place(text) == text


def test_malay_due_is_two_not_an_english_due_date(normaliser: Normaliser) -> None:
    assert "tempo" not in normaliser.tokens("sapi mati lah due ekor, cemane minta vaksin")


def test_eastern_ana_is_a_child_and_javanese_ana_there_is() -> None:
    eastern = read_by_place(["nama", "ana", "sudah", "keluar"], "nama ana su kaluar di sk")
    javanese = read_by_place(["ana", "bantuan", "ora"], "ana bantuan ora")
    assert eastern[1] == "anak" and javanese[0] == "ana"
