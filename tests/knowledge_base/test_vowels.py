from __future__ import annotations

import pytest

from knowledge_base.entries import KbEntry, KnowledgeBase
from knowledge_base.lexicon import default_lexicon
from knowledge_base.matcher import Intent, Matcher
from knowledge_base.normaliser import Normaliser
from knowledge_base.vowels import VowelExpander

WORDS = {"syarat": 5, "surat": 3, "sarat": 1, "kelahiran": 2, "cara": 4, "kaca": 4}


@pytest.mark.parametrize(
    ("written", "word"),
    [("syrt", "syarat"), ("srt", "surat"), ("klhrn", "kelahiran"), ("crny", "caranya")],
)
def test_a_word_written_without_its_vowels_is_read_as_the_vocabulary_word(
    written: str, word: str
) -> None:
    assert VowelExpander(WORDS).expand(written) == word


@pytest.mark.parametrize("written", ["xyz", "sy", "syarit", "kc"])
def test_other_words_are_left_alone(written: str) -> None:
    assert VowelExpander(WORDS).expand(written) is None


def test_a_question_typed_without_vowels_is_answered(kb: KnowledgeBase) -> None:
    result = Matcher(kb).match("syrt bkn akte klhrn")
    assert (result.intent, result.entry_id) == (Intent.FAQ, "akta-lahir")


def test_a_word_without_vowels_is_read_before_an_unlikely_one_letter_change() -> None:
    kb = KnowledgeBase(
        (
            KbEntry("lomba", "umum", ("Cara daftar lomba sekolah sehat?",), "Lewat dinas."),
            KbEntry("salah", "umum", ("Data salah di sertifikat tanah?",), "Ajukan ralat."),
        )
    )
    assert "sekolah" in Matcher(kb).index.normaliser.normalise("daftar lomba sklah")


def test_a_shortened_word_with_its_clitic_written_whole_keeps_the_clitic() -> None:
    assert VowelExpander({"jadwal": 3, "kapal": 2}).expand("jdwlnya") == "jadwalnya"


def test_a_frequent_three_letter_word_stays_itself_though_a_kb_word_shares_its_consonants() -> None:
    normaliser = Normaliser(default_lexicon(), ["hoaks", "babi", "bina", "ternak"])
    assert normaliser.normalise("hak bab ban") == "hak bab ban"


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("lgsg", "langsung"),
        ("bbrp", "beberapa"),
        ("stgh", "setengah"),
        ("gbr", "gambar"),
        ("prpnjg", "perpanjang"),
        ("fb", "facebook"),
    ],
)
def test_everyday_chat_abbreviations_are_read_as_their_words(written: str, read: str) -> None:
    assert Normaliser(default_lexicon(), ["izin", "usaha"]).normalise(written) == read


def test_a_consonant_skeleton_is_read_as_this_kbs_word_before_an_everyday_one() -> None:
    normaliser = Normaliser(default_lexicon(), ["harga", "tiket", "kapal", "dewasa", "anak"])
    assert normaliser.normalise("hrg tkt kpl dws & ank brp") == (
        "harga tiket kapal dewasa anak berapa"
    )


def test_a_word_no_kb_uses_is_read_when_one_frequent_everyday_word_fits() -> None:
    assert Normaliser(default_lexicon(), ["izin", "usaha"]).normalise("trakhir") == "terakhir"


@pytest.mark.parametrize(
    ("written", "word"),
    [("prpnjgn", "perpanjangan"), ("pbgnn", "pembangunan"), ("lgsg", "langsung")],
)
def test_a_word_written_without_its_vowels_and_the_nasal_of_ng_or_mb_is_read(
    written: str, word: str
) -> None:
    words = {"perpanjangan": 2, "pembangunan": 2, "langsung": 1, "pangan": 3}
    assert VowelExpander(words).expand(written) == word


def test_three_consonants_without_a_nasal_are_too_short_to_read_past_a_dropped_nasal() -> None:
    assert VowelExpander({"pangan": 3}).expand("pgn") is None


@pytest.mark.parametrize(
    ("written", "word"),
    [
        ("prpjg", "perpanjang"),
        ("prpjgn", "perpanjangan"),
        ("pdftrn", "pendaftaran"),
        ("kdrn", "kendaraan"),
        ("pndftrn", "pendaftaran"),
    ],
)
def test_the_nasal_of_nj_and_nd_may_be_left_out_as_that_of_ng_and_mb(
    written: str, word: str
) -> None:
    words = {"perpanjang": 2, "perpanjangan": 2, "pendaftaran": 3, "kendaraan": 2, "pangan": 1}
    assert VowelExpander(words).expand(written) == word


def test_a_nasal_is_left_out_only_before_the_consonant_it_is_sounded_with() -> None:
    # "kdrn" drops the n of "nd"; "penduduk" has no nasal before its r
    assert VowelExpander({"penduduk": 2}).expand("pdr") is None
    assert VowelExpander({"penduduk": 2, "kendaraan": 1}).expand("kdrn") == "kendaraan"


def test_a_resident_shortening_a_renewal_and_a_registration_is_understood() -> None:
    normaliser = Normaliser(default_lexicon(), ["perpanjang", "pendaftaran", "sim", "online"])
    assert normaliser.normalise("prpjg sim") == "perpanjang sim"
    assert normaliser.normalise("pdftrn online") == "pendaftaran online"


def test_a_doubled_consonant_may_be_written_once_in_a_vowel_less_shortening() -> None:
    expander = VowelExpander({"pelanggan": 2, "tanggal": 3, "pangan": 1})
    assert expander.expand("plgn") == "pelanggan"
    assert expander.expand("tggl") == "tanggal"
