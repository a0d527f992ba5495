"""Word forms read as the words they stand for, whatever words a knowledge base
happens to use: vowel-less chat abbreviations and affixed forms whose rule stem is no
word (issue 13). Messages are invented."""

from __future__ import annotations

import pytest

from knowledge_base.lexicon import default_lexicon
from knowledge_base.normaliser import Normaliser


@pytest.fixture
def normaliser() -> Normaliser:
    # a knowledge base that uses none of the words below: the vowel step, which
    # restores a vowel-less word only into a KB word, cannot read them
    return Normaliser(default_lexicon(), ["pajak", "kendaraan", "syarat"])


@pytest.mark.parametrize(
    ("chat", "standard"),
    [
        ("petugas blm dtg", "petugas belum datang"),
        ("anak sy plg sekolah", "anak saya pulang sekolah"),
        ("ksh tau dong", "kasih tahu dong"),
        ("gpp telat bayar", "tidak apa apa terlambat bayar"),
        ("hrs bw apa", "harus bawa apa"),
        ("cr daftarnya", "cara daftarnya"),
        ("kantornya di mn", "kantornya di mana"),
        ("jgn lupa ttd", "jangan lupa tanda tangan"),
        ("rumah di gg sempit", "rumah di gang sempit"),
        ("ibu sy skt", "ibu saya sakit"),
        ("kapan klr hasilnya", "kapan keluar hasilnya"),
    ],
)
def test_a_vowel_less_chat_abbreviation_reads_as_its_word(
    normaliser: Normaliser, chat: str, standard: str
) -> None:
    assert normaliser.normalise(chat) == normaliser.normalise(standard)


def test_db_is_dengue_fever_as_dbd_is(normaliser: Normaliser) -> None:
    assert normaliser.normalise("anak kena db") == normaliser.normalise("anak kena dbd")


@pytest.mark.parametrize(
    ("affixed", "root"),
    [
        ("nyusul", "susul"),  # a chat nasal before s: not "cusul"
        ("menumpuk", "tumpuk"),
        ("ketinggian", "tinggi"),
        ("kemasannya", "kemas"),
    ],
)
def test_an_affixed_form_reads_as_its_root_when_the_rule_stem_is_no_word(
    normaliser: Normaliser, affixed: str, root: str
) -> None:
    assert normaliser.term(affixed) == normaliser.term(root) == root


@pytest.mark.parametrize(
    ("run_together", "spaced"),
    [
        ("bansoscair", "bansos cair"),  # a service and an everyday word the KB lacks
        ("kabarbohong", "kabar bohong"),  # a lexicon phrase, read as its service word
        ("kirimfotonya", "kirim fotonya"),
    ],
)
def test_run_together_everyday_words_split_even_when_the_kb_lacks_them(
    normaliser: Normaliser, run_together: str, spaced: str
) -> None:
    assert normaliser.normalise(run_together) == normaliser.normalise(spaced)


def test_short_lexicon_words_do_not_cut_an_unknown_word_into_pieces(
    normaliser: Normaliser,
) -> None:
    """Three-letter chat sources ("elu", "pas") are no pieces of an everyday word the
    vocabulary lacks."""
    assert normaliser.normalise("mengelupas") == "mengelupas"


def test_a_check_of_the_womb_is_a_pregnancy_check(normaliser: Normaliser) -> None:
    assert normaliser.normalise("mau periksa kandungan") == normaliser.normalise(
        "mau periksa kehamilan"
    )


def test_english_warnings_read_as_the_indonesian_words(
    normaliser: Normaliser,
) -> None:
    assert "peringatan" in normaliser.normalise("any flood warnings tonight?")
    assert "hujan lebat" in normaliser.normalise("heavy rain all week")


def test_a_medical_follow_up_visit_is_a_check_up_not_a_reports_follow_up(
    normaliser: Normaliser,
) -> None:
    assert "kontrol" in normaliser.normalise("can I book a follow-up visit next week")
    assert "tindak lanjut" in normaliser.normalise("who will follow up my report")


def test_reopening_a_closed_report_reads_as_opening_it_again(normaliser: Normaliser) -> None:
    assert "buka kembali" in normaliser.normalise("please reopen my ticket")


@pytest.mark.parametrize("word", ["pelanggan", "terminal", "permanen", "peringkat"])
def test_an_everyday_word_whose_rule_stem_is_no_word_stays_whole(
    normaliser: Normaliser, word: str
) -> None:
    """ "pelanggan" is no "langg", "terminal" no "minal", though the KB knows neither."""
    assert normaliser.term(word) == word


def test_an_everyday_word_never_confirms_a_rule_stem(normaliser: Normaliser) -> None:
    """ "rusa" is a word (a deer), yet "kerusakan" is damage."""
    assert normaliser.term("kerusakan") == "rusak"


@pytest.mark.parametrize("word", ["kemiskinan", "kawasan", "positif", "belasan", "bengkak"])
def test_an_everyday_word_is_not_cut_at_its_affixes_or_letters(
    normaliser: Normaliser, word: str
) -> None:
    """Not "ke miskin an", "ka was an", "pos it if", "be las an"."""
    assert normaliser.tokens(word) == [word]
