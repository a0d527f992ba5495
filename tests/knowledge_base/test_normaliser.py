from __future__ import annotations

import pytest

from knowledge_base.entries import KbEntry, KnowledgeBase
from knowledge_base.lexicon import default_lexicon
from knowledge_base.matcher import Matcher
from knowledge_base.normaliser import Normaliser
from knowledge_base.replacements import apply_replacements
from knowledge_base.segmenter import segment
from knowledge_base.spelling import SpellingCorrector
from knowledge_base.stemmer import stem
from knowledge_base.tokens import clean, raw_tokens, squeeze_repeats, strip_reduplication


@pytest.fixture
def normaliser() -> Normaliser:
    return Normaliser(default_lexicon(), ["rekam", "ktp", "bansos", "cek", "syarat", "pertama"])


def test_case_and_invisible_marks_are_removed() -> None:
    assert clean("KTP\u200b Hilang\u200f") == "ktp hilang"


def test_letters_repeated_three_times_collapse_to_one() -> None:
    assert squeeze_repeats("bgttt") == "bgt"
    assert squeeze_repeats("pagiii") == "pagi"


def test_doubled_letters_of_an_unknown_word_collapse_when_that_makes_a_known_word(
    normaliser: Normaliser,
) -> None:
    assert normaliser.normalise("okee") == "oke"


def test_reduplication_with_a_2_counts_the_word_once(normaliser: Normaliser) -> None:
    assert strip_reduplication("jadi2") == "jadi"
    assert normaliser.normalise("tahun2 sebelumnya") == "tahun sebelumnya"
    assert normaliser.normalise("alun-alun") == "alun"


def test_the_domain_lexicon_wins_over_slang_so_kk_is_kartu_keluarga(normaliser: Normaliser) -> None:
    assert normaliser.normalise("kk") == normaliser.normalise("kartu keluarga") == "kk"
    assert "kakak" not in normaliser.normalise("kk sy hilang")


def test_domain_abbreviations_are_expanded(normaliser: Normaliser) -> None:
    assert normaliser.normalise("akte") == "akta"
    assert normaliser.normalise("kel") == "kelurahan"
    assert normaliser.normalise("e-ktp") == normaliser.normalise("KTP-el") == "ktp"


def test_a_chat_abbreviation_of_an_ordinary_word_is_that_word_not_a_service(
    normaliser: Normaliser,
) -> None:
    assert normaliser.normalise("bisa dpt bantuan") == "bisa dapat bantuan"
    assert normaliser.normalise("daftar pemilih tetap") == "dpt"


def test_general_slang_becomes_standard_indonesian(normaliser: Normaliser) -> None:
    assert (
        normaliser.normalise("gmn cara bikin ktp yg ilang") == "bagaimana cara buat ktp yang hilang"
    )


def test_english_words_are_mapped_to_indonesian(normaliser: Normaliser) -> None:
    assert normaliser.normalise("how to activate digital id") == "cara aktivasi ikd"


def test_run_together_words_are_split_against_the_vocabulary(normaliser: Normaliser) -> None:
    assert normaliser.normalise("rekamktp") == "rekam ktp"
    assert normaliser.normalise("cekbansos") == "cek bansos"


def test_a_whole_question_typed_without_spaces_is_split_into_its_words() -> None:
    words = {"syarat", "bikin", "akta", "kelahiran", "cara", "bayar", "pajak", "online"}
    assert segment("syaratbikinaktakelahiran", words) == ["syarat", "bikin", "akta", "kelahiran"]
    assert segment("carabayarpajakonline", words) == ["cara", "bayar", "pajak", "online"]


def test_a_shorter_run_together_word_still_splits_into_three_pieces_at_most() -> None:
    words = {"ban", "tul", "ang", "kar"}
    assert segment("bantulang", words) == ["ban", "tul", "ang"]
    assert segment("bantulangkar", words) is None  # four pieces of twelve letters: a word


def test_a_message_typed_as_one_word_is_read_as_the_question_it_spells(matcher: Matcher) -> None:
    spaced = matcher.index.normaliser.normalise("syarat rekam ktp buat pemula")
    assert matcher.index.normaliser.normalise("syaratrekamktpbuatpemula") == spaced


def test_an_everyday_word_is_split_only_off_a_particle_never_into_two_longer_words() -> None:
    entry = KbEntry(
        id="lansia",
        agency="dinsos",
        questions=(
            "Bantuan untuk lansia usia 60 tahun?",
            "Anak lulusan MAN dapat bantuan?",
            "Cara update data di dinas?",
        ),
        answer="Ke dinas sosial.",
    )
    normaliser = Matcher(KnowledgeBase(entries=(entry,))).index.normaliser
    assert normaliser.normalise("manusia") == "manusia"  # not "man usia" ("man" = laki-laki)
    assert normaliser.normalise("datanya diupdate").split()[-2:] == ["di", "ubah"]


def test_letters_and_digits_are_separated() -> None:
    assert raw_tokens("24jam") == ["24jam"]
    assert Normaliser(default_lexicon()).normalise("ambulans 24jam") == "ambulans 24 jam"


def test_typos_are_corrected_to_the_closest_known_word(normaliser: Normaliser) -> None:
    assert normaliser.normalise("syrat ktp pertma") == "syarat ktp pertama"


def test_question_words_are_kept(normaliser: Normaliser) -> None:
    assert normaliser.normalise("apa syarat ktp, kapan jadi, berapa biaya?").split()[0] == "apa"
    assert {"kapan", "berapa"} <= set(normaliser.normalise("kapan jadi berapa biaya").split())


def test_function_words_carry_no_weight_but_content_words_do(normaliser: Normaliser) -> None:
    assert normaliser.analyse("apa syarat ktp").terms == ("syarat", "ktp")


def test_emoji_are_tokens_and_other_symbols_are_dropped() -> None:
    assert raw_tokens("ok 👍!!") == ["ok", "👍"]


def test_lexicon_phrases_are_replaced_longest_first() -> None:
    table = {("kartu", "keluarga"): ("kk",), ("kartu",): ("card",)}
    assert apply_replacements(["kartu", "keluarga", "kartu"], table, 2) == ["kk", "card"]


def test_segmentation_returns_none_when_a_piece_is_unknown() -> None:
    assert segment("rekamxyzq", frozenset({"rekam"})) is None
    assert segment("rekamktpku", frozenset({"rekam", "ktp"})) is None


def test_spelling_prefers_the_candidate_missing_a_letter() -> None:
    corrector = SpellingCorrector.from_words(["surat", "surat", "syarat"])
    assert corrector.correct("syrat") == "syarat"
    assert corrector.correct("ktp") is None


def test_stemming_strips_affixes_the_same_way_on_both_sides() -> None:
    assert stem("pendaftaran") == stem("mendaftar") == "daftar"
    assert stem("dibayarkan") == "bayar"
    assert stem("kk") == "kk"


def test_the_matcher_normalises_messages_for_grouping(matcher: Matcher) -> None:
    assert matcher.normalise("Gmn  cara bikin KTP?") == matcher.normalise("gimana cara bikin ktp")


def test_a_root_ending_in_kah_keeps_it_so_melangkah_is_langkah() -> None:
    assert stem("melangkah") == "langkah"
    assert stem("nikahnya") == "nikah"
    assert stem("apakah") == "apa"  # a real particle, as before


def test_kan_read_as_a_roots_k_and_an_when_that_root_is_a_known_word() -> None:
    knows_rusak = Normaliser(default_lexicon(), ["rusak", "jalan", "tindak"])
    assert knows_rusak.term("kerusakan") == knows_rusak.term("rusak") == "rusak"
    assert knows_rusak.term("tindakan") == "tindak"
    assert knows_rusak.term("ditanyakan") == stem("ditanyakan")  # a real -kan stays


def test_symbols_between_words_are_tokens_and_spaces_and_punctuation_are_not() -> None:
    assert raw_tokens("ktp\U0001f600hilang ^ _x, ok!") == [
        "ktp",
        "\U0001f600",
        "hilang",
        "^",
        "x",
        "ok",
    ]


def test_a_stem_that_is_no_word_gives_way_to_a_reading_that_is_one() -> None:
    """The rule stems "tama", "ita", "paka" are no words: "pertama" and "berita" stay
    whole (common roots), "dipakai" is "pakai" as "pakai" itself is, and "pendidikan"
    is "didik"; a stem that is a word is kept ("pendaftaran" -> "daftar")."""
    plain = Normaliser(default_lexicon(), ["pakai", "didik"])
    assert [plain.term(w) for w in ("pertama", "berita", "dipakai", "pakai")] == [
        "pertama",
        "berita",
        "pakai",
        "pakai",
    ]
    assert plain.term("pendidikan") == "didik"
    assert plain.term("pendaftaran") == "daftar"


def test_everyday_words_are_not_corrected_into_knowledge_base_words() -> None:
    kb_words = ["tilang", "berat", "pemula", "kabar", "setelah", "lurus", "cause", "contract"]
    normaliser = Normaliser(default_lexicon(), kb_words)
    assert normaliser.normalise("tiang beras pemuda kamar sebelah lulus") == (
        "tiang beras pemuda kamar sebelah lulus"
    )
    assert normaliser.normalise("in case you need the contact") == "in case you perlu the hubungi"
    assert normaliser.normalise("tilng brat") == "tilang berat"  # typos still are


def test_no_is_a_number_in_indonesian_and_before_a_number_but_a_negation_in_english() -> None:
    normaliser = Normaliser(default_lexicon(), ["air", "nomor"])
    assert normaliser.normalise("no kk saya") == "nomor kk saya"
    assert normaliser.normalise("no 12") == "nomor 12"
    assert normaliser.normalise("no water since monday") == "tidak air since senin"
    assert normaliser.normalise("is bus no 12 running") == "is bus nomor 12 running"


def test_sip_after_an_acknowledgement_is_ok_not_the_practice_licence() -> None:
    normaliser = Normaliser(default_lexicon(), ["sip", "dokter"])
    assert normaliser.normalise("oke sip, terus gimana") == "oke terus bagaimana"
    assert normaliser.normalise("sip dokter") == "sip dokter"


@pytest.mark.parametrize(
    ("message", "reading"),
    [
        ("pajak balho", "pajak reklame"),  # baliho -> reklame (domain lexicon)
        ("pembtulan data", "perbaikan data"),  # pembetulan -> perbaikan (synonyms)
        ("tlt bayar", "terlambat bayar"),  # telat, written without vowels
    ],
)
def test_a_mistyped_word_the_kb_only_has_under_its_replacement_is_still_read(
    message: str, reading: str
) -> None:
    normaliser = Normaliser(default_lexicon(), ["pajak", "reklame", "perbaikan", "data", "bayar"])
    assert normaliser.normalise(message) == reading


def test_a_mistyped_word_of_a_lexicon_phrase_still_completes_the_phrase() -> None:
    # "catatan sipil" is a domain phrase; the KB holds only what it is replaced by
    lexicon = default_lexicon()
    replaced = " ".join(lexicon.replacements[("catatan", "sipil")])
    normaliser = Normaliser(lexicon, [*replaced.split(), "akta"])
    assert normaliser.normalise("akta catatan sipl") == f"akta {replaced}"


def test_accented_vowels_read_as_plain_ones() -> None:
    assert (
        clean("Nembé ngadamel KTP di kantor kècamatan") == "nembe ngadamel ktp di kantor kecamatan"
    )
    assert clean("CAFÉ") == "cafe"
