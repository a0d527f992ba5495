"""Words read by the variety of the whole message: a word that means one thing in a
regional variety and another in Indonesian or a neighbouring variety is read so only in
a message with another word of that variety, and keeps its Indonesian sense beside the
neighbours that give it. The messages are invented."""

from __future__ import annotations

import pytest

from knowledge_base.lexicon import default_lexicon
from knowledge_base.normaliser import Normaliser
from knowledge_base.variety_words import read_by_variety, variety_words


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("surat nang ulun minta kada dikirim", "surat yang ulun minta kada dikirim"),
        ("ulun kawa kah minta bantuan", "ulun bisa kah minta bantuan"),
        ("beras wan minyak gasan ulun", "beras dan minyak gasan ulun"),
        ("ulun kana denda kah?", "ulun kena denda kah?"),
    ],
)
def test_a_banjar_message_reads_its_own_words(written: str, read: str) -> None:
    assert read_by_variety(written) == read


def test_javanese_nang_stays_a_preposition_without_a_banjar_word() -> None:
    assert read_by_variety("aku lapor nang kelurahan") == "aku lapor nang kelurahan"


def test_one_word_alone_is_no_evidence_of_its_variety() -> None:
    assert read_by_variety("kawa gunung itu aman?") == "kawa gunung itu aman?"


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("surat teh can dugi, kumaha?", "surat  can dugi, kumaha?"),
        ("kumaha daptar kana program ieu", "kumaha daptar ke program ieu"),
        ("abdi dipariksa ku petugas", "abdi dipariksa oleh petugas"),
        ("budak abdi teu acan sakola", "anak abdi teu acan sakola"),
    ],
)
def test_a_sundanese_message_reads_its_particles(written: str, read: str) -> None:
    assert read_by_variety(written) == read


def test_sundanese_tea_beside_its_kind_stays_tea() -> None:
    assert read_by_variety("abdi ngical teh melati, kumaha izinna") == (
        "abdi ngical teh melati, kumaha izinna"
    )


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("tiang listrik di gang roboh, bli", "tiang listrik di gang roboh, bli"),
        ("bli, tiang nunas surat ring desa", "bli, saya nunas surat di desa"),
    ],
)
def test_balinese_tiang_is_i_but_a_pole_stays_a_pole(written: str, read: str) -> None:
    assert read_by_variety(written) == read


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("katong pung jalan so rusak", "katong pung jalan sudah rusak"),
        ("surat beta su ilang, seng tau", "surat saya sudah ilang, seng tau"),
        ("aplikasi versi beta ka seng?", "aplikasi versi beta ka seng?"),
        ("seng bisa, so?", "seng bisa, so?"),
    ],
)
def test_an_eastern_message_reads_i_and_already(written: str, read: str) -> None:
    assert read_by_variety(written) == read


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("kartu ambo alun jadi", "kartu ambo belum jadi"),
        ("ambo ka alun-alun", "ambo ke alun-alun"),
    ],
)
def test_minang_alun_is_not_yet_but_the_square_stays(written: str, read: str) -> None:
    assert read_by_variety(written) == read


def test_bima_water_and_places_are_read() -> None:
    assert read_by_variety("nahu bayar oi aka kantor") == "nahu bayar air di kantor"


def test_madurese_already_and_in_are_read() -> None:
    assert read_by_variety("engkok la lapor è kantor") == "engkok sudah lapor di kantor"


def test_javanese_there_is_and_sells() -> None:
    assert read_by_variety("enek wong dodol obat, lapor sopo?") == (
        "ada wong jual obat, lapor sopo?"
    )


def test_a_word_two_present_varieties_read_differently_is_left_as_typed() -> None:
    assert read_by_variety("abdi jeung ulun kana ieu") == "abdi jeung ulun kana ieu"


def test_every_reading_names_a_variety_with_markers() -> None:
    table = variety_words()
    assert all(r.variety in table.markers for rows in table.readings.values() for r in rows)


def test_the_normaliser_reads_a_banjar_can_before_correcting_it() -> None:
    normaliser = Normaliser(default_lexicon(), ["bantuan", "imunisasi"])
    assert "bisa" in normaliser.tokens("anak ulun kada imunisasi, masih kawa disusul?")
