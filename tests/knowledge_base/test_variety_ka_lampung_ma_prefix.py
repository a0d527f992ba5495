"""Regional words read by the variety around them (the preposition "ka", Lampung's
closed words, Minangkabau family words) and the Banjar and Minangkabau active "ma-"
read as the Indonesian "me-" word. The messages are invented."""

from __future__ import annotations

import pytest

from knowledge_base.lexicon import default_lexicon
from knowledge_base.ma_prefix import ma_prefixed
from knowledge_base.normaliser import Normaliser
from knowledge_base.sound_shifts import shifted_word
from knowledge_base.variety_words import read_by_variety


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("ambo mintak surat ka kantor camat", "ambo mintak surat ke kantor camat"),
        ("ulun handak maantar berkas ka dinas", "ulun handak maantar berkas ke dinas"),
        ("abdi bade ngirim surat ka kacamatan", "abdi bade ngirim surat ke kacamatan"),
        ("beta mau pi ka puskesmas", "beta mau pi ke puskesmas"),
    ],
)
def test_ka_is_the_preposition_to_in_a_regional_message(written: str, read: str) -> None:
    assert read_by_variety(written) == read


@pytest.mark.parametrize(
    "written",
    [
        "ka, mau tanya soal ktp",  # chat's "sis", no variety around it
        "katong bisa daftar ka seng",  # "or not": the regional table reads the phrase
        "abdi kedah lapor ka saha",  # "to whom": likewise
    ],
)
def test_ka_stays_as_typed_without_a_variety_or_before_its_phrase(written: str) -> None:
    assert read_by_variety(written) == written


def test_the_normaliser_no_longer_reads_a_regional_ka_as_an_older_sibling() -> None:
    normaliser = Normaliser(default_lexicon(), ["surat", "kantor"])
    tokens = normaliser.tokens("ulun handak maantar surat ka kantor")
    assert "kakak" not in tokens
    assert "ke" in tokens


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("nyak haga meli pupuk", "saya haga beli pupuk"),
        ("nyak mak dapok bayar pajak", "saya tidak dapok bayar pajak"),
        ("pajakni api gawoh", "pajakni apa gawoh"),
        ("rega bibit iji pira", "harga bibit iji pira"),
    ],
)
def test_a_lampung_message_reads_its_own_words(written: str, read: str) -> None:
    assert read_by_variety(written) == read


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("nyak saya sakit, bpjs bisa?", "nyak saya sakit, bpjs bisa?"),  # Betawi mother
        ("mak saya mau daftar bansos", "mak saya mau daftar bansos"),  # chat's mother
        ("ada api di dapur tetangga", "ada api di dapur tetangga"),  # fire
        ("nyak haga lapor api kebakaran", "saya haga lapor api kebakaran"),  # fire still
    ],
)
def test_lampung_words_keep_their_indonesian_sense_elsewhere(written: str, read: str) -> None:
    assert read_by_variety(written) == read


def test_minang_father_mother_and_arriving_are_read() -> None:
    assert read_by_variety("surat ambo alun tibo, apak ambo sakit") == (
        "surat ambo belum tiba, bapak ambo sakit"
    )


def _known(words: set[str]):
    return lambda word: word in words


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("mandaftarakan", "mendaftarkan"),
        ("maasuransikan", "mengasuransikan"),
        ("mamariksakan", "memeriksakan"),
        ("manukarkan", "menukarkan"),
    ],
)
def test_the_active_ma_is_the_indonesian_me(written: str, read: str) -> None:
    known = _known({"mendaftarkan", "mengasuransikan", "memeriksakan", "menukarkan"})
    assert ma_prefixed(written, known) == read


@pytest.mark.parametrize("written", ["makanan", "mantap", "masalahnya", "mangkrak"])
def test_a_ma_word_whose_me_form_is_no_word_stays_unread(written: str) -> None:
    known = _known({"mendaftarkan", "memeriksa", "makanan", "masalah"})
    assert ma_prefixed(written, known) is None


def test_the_normaliser_reads_a_banjar_causative_whole() -> None:
    normaliser = Normaliser(default_lexicon(), ["daftar", "bpjs", "pekerja"])
    tokens = normaliser.tokens("parusahaan wajib kah mandaftarakan bpjs pekerja?")
    assert "mendaftarkan" in tokens
    assert "akan" not in tokens


@pytest.mark.parametrize(
    ("written", "read"),
    [("batehnyo", "batasnya"), ("biasonyo", "biasanya"), ("syaraiknyo", "syaratnya")],
)
def test_a_minang_word_with_its_own_possessive_is_read_whole(written: str, read: str) -> None:
    known = _known({"batas", "biasa", "syarat"})
    assert shifted_word(written, known) == read


def test_a_word_whose_base_shifts_to_nothing_known_stays_unread() -> None:
    assert shifted_word("kolonyo", _known({"batas", "biasa"})) is None
