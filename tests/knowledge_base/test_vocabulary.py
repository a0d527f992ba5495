"""The normaliser's vocabulary: synonyms, spelling variants and English terms read like
the words a knowledge base uses (issue 13). Messages are invented."""

from __future__ import annotations

import pytest

from knowledge_base.lexicon import build_lexicon, default_lexicon
from knowledge_base.normaliser import Normaliser


@pytest.fixture
def normaliser() -> Normaliser:
    words = ["pin", "hilang", "buat", "kemarin", "ijazah", "pbb", "skck", "lansia", "dokumen"]
    return Normaliser(default_lexicon(), words)


def terms(normaliser: Normaliser, text: str) -> tuple[str, ...]:
    return normaliser.analyse(text).terms


def test_a_doubled_letter_squeezed_to_a_two_letter_token_is_no_word(normaliser: Normaliser) -> None:
    assert normaliser.normalise("all") == "all"


@pytest.mark.parametrize(
    ("resident", "knowledge_base"),
    [
        ("lupa nomor rahasia kartu", "lupa pin kartu"),
        ("syarat kartu identitas pertama", "syarat ktp pertama"),
        ("bayar pajak bumi di mana", "bayar pbb di mana"),
        ("bantuan untuk manula", "bantuan untuk lansia"),
        ("kirim berkas lewat surel", "kirim dokumen lewat email"),
        ("surat kelakuan baik", "skck"),
    ],
)
def test_a_residents_everyday_word_reads_like_the_service_word(
    normaliser: Normaliser, resident: str, knowledge_base: str
) -> None:
    assert terms(normaliser, resident) == terms(normaliser, knowledge_base)


@pytest.mark.parametrize(
    ("variant", "standard"),
    [("kemaren", "kemarin"), ("ijasah", "ijazah"), ("apotik", "apotek"), ("telpon", "telepon")],
)
def test_a_frequent_spelling_variant_becomes_the_standard_spelling(
    normaliser: Normaliser, variant: str, standard: str
) -> None:
    assert normaliser.normalise(variant) == standard


@pytest.mark.parametrize(
    ("english", "indonesian"),
    [
        ("how to get a police clearance", "skck"),
        ("forgot my password", "kata sandi"),
        ("village head", "kepala desa"),
        ("the electricity is off", "listrik"),
    ],
)
def test_english_service_words_become_the_indonesian_ones(
    normaliser: Normaliser, english: str, indonesian: str
) -> None:
    assert indonesian in normaliser.normalise(english)


def test_an_affixed_form_of_a_synonym_takes_the_standard_words_term(
    normaliser: Normaliser,
) -> None:
    assert terms(normaliser, "dibikinin") == terms(normaliser, "membuat")
    assert terms(normaliser, "ngilangin") == terms(normaliser, "hilang")


def test_short_chat_abbreviations_are_no_roots_of_other_words() -> None:
    lexicon = build_lexicon(
        domain=[],
        generic=set(),
        slang=[("tuk", "untuk"), ("bikin", "buat")],
        english=[],
        function_words=[],
        smalltalk=[],
        complaint_cues=[],
    )
    assert dict(lexicon.root_synonyms) == {"bikin": "buat"}


def test_offices_that_keep_nikah_and_kawin_apart_are_not_merged(normaliser: Normaliser) -> None:
    assert terms(normaliser, "nikah") != terms(normaliser, "kawin")


def test_a_synonyms_source_with_a_particle_takes_the_targets_term(normaliser: Normaliser) -> None:
    assert terms(normaliser, "membetulkannya") == terms(normaliser, "perbaiki")


def test_an_abbreviation_outside_the_domain_lexicon_is_spelled_out_not_the_phrase_shortened(
    normaliser: Normaliser,
) -> None:
    """The phrase's words ("jual beli") still meet a knowledge base that only
    describes the sale."""
    assert normaliser.normalise("ajb") == "akta jual beli"
    assert normaliser.normalise("akta jual beli") == "akta jual beli"


@pytest.mark.parametrize(
    ("resident", "knowledge_base"),
    [
        ("pajak tanah", "pbb"),
        ("menyanggah", "keberatan"),
        ("akta kawin", "akta perkawinan"),
        ("riset", "penelitian"),
        ("polisi tidur", "speed bump"),
    ],
)
def test_more_everyday_and_english_words_read_like_the_service_word(
    normaliser: Normaliser, resident: str, knowledge_base: str
) -> None:
    assert terms(normaliser, resident) == terms(normaliser, knowledge_base)


def test_covid_vaccination_is_not_merged_with_childhood_immunisation(
    normaliser: Normaliser,
) -> None:
    assert "imunisasi" not in normaliser.normalise("vaksin booster covid")


@pytest.mark.parametrize(
    ("resident", "knowledge_base"),
    [
        ("melunasi pajak", "membayar pajak"),
        ("datanya keliru", "datanya salah"),
        ("buruh pabrik dipecat", "pekerja pabrik phk"),
        ("got mampet", "got tersumbat"),
    ],
)
def test_everyday_verbs_and_states_read_like_the_standard_word(
    normaliser: Normaliser, resident: str, knowledge_base: str
) -> None:
    assert terms(normaliser, resident) == terms(normaliser, knowledge_base)


@pytest.mark.parametrize(
    ("english", "indonesian"),
    [
        ("my wife and my neighbour", "istri dan tetangga"),
        ("a cover letter from the village head", "surat pengantar dari kepala desa"),
        ("the previous owner", "pemilik lama"),
    ],
)
def test_everyday_english_words_of_a_request_become_indonesian(
    normaliser: Normaliser, english: str, indonesian: str
) -> None:
    assert set(terms(normaliser, indonesian)) <= set(terms(normaliser, english))


@pytest.mark.parametrize(
    ("chat", "standard"),
    [("nyewain", "sewa"), ("mindahin", "pindah"), ("nambahin", "tambah"), ("ngontrak", "kontrak")],
)
def test_a_bare_nasal_prefix_of_chat_reads_as_the_root_it_replaced(
    chat: str, standard: str
) -> None:
    normaliser = Normaliser(default_lexicon(), ["sewa", "pindah", "tambah", "kontrak"])
    assert terms(normaliser, chat) == terms(normaliser, standard)


def test_a_word_that_is_itself_a_root_keeps_its_nasal() -> None:
    normaliser = Normaliser(default_lexicon(), ["makan", "pakan", "nikah", "tikah"])
    assert terms(normaliser, "makan") == ("makan",)
    assert terms(normaliser, "nikah") == ("nikah",)


def test_a_chat_repair_verb_keeps_its_complaint_cue(normaliser: Normaliser) -> None:
    assert normaliser.normalise("belum dibenerin") == "belum diperbaiki"


@pytest.mark.parametrize(
    ("old_name", "current"),
    [("kartu askes", "bpjs"), ("beras raskin", "bansos beras"), ("pindah sekolah", "mutasi siswa")],
)
def test_a_programmes_old_or_everyday_name_reads_as_its_current_name(
    normaliser: Normaliser, old_name: str, current: str
) -> None:
    assert set(terms(normaliser, current)) <= set(terms(normaliser, old_name))


def test_chat_abbreviations_without_vowels_to_restore_are_spelled_out(
    normaliser: Normaliser,
) -> None:
    assert normaliser.normalise("tlg kirim brks ke kantor prov") == (
        "tolong kirim berkas ke kantor provinsi"
    )


@pytest.mark.parametrize(
    ("english", "indonesian"),
    [
        ("land dispute with the neighbour", "sengketa tanah"),
        ("hotel tax", "pajak hotel"),
        ("stray dogs near the school", "anjing liar"),
    ],
)
def test_english_requests_across_services_keep_their_indonesian_terms(
    normaliser: Normaliser, english: str, indonesian: str
) -> None:
    assert set(terms(normaliser, indonesian)) <= set(terms(normaliser, english))


def test_got_next_to_an_indonesian_word_is_the_drain_and_in_english_a_verb(
    normaliser: Normaliser,
) -> None:
    assert normaliser.normalise("got mampet") == "drainase tersumbat"
    assert "drainase" not in normaliser.normalise("I got a letter")


def test_an_english_phrase_of_words_that_are_also_indonesian_is_translated_whole(
    normaliser: Normaliser,
) -> None:
    assert normaliser.normalise("air pollution") == "pencemaran udara"
    assert normaliser.normalise("air bersih") == "air bersih"


@pytest.mark.parametrize(
    ("spoken", "standard"),
    [("lobang", "lubang"), ("ijo", "hijau"), ("kelar", "selesai"), ("puskes", "puskesmas")],
)
def test_an_everyday_spoken_form_becomes_the_standard_word(
    normaliser: Normaliser, spoken: str, standard: str
) -> None:
    assert normaliser.normalise(spoken) == standard


def test_the_openers_of_a_formal_letter_carry_no_weight() -> None:
    normaliser = Normaliser(default_lexicon(), ["pohon", "tumbang", "izin"])
    letter = "dengan hormat, kami bermaksud memohon penjelasan terkait izin"
    assert "pohon" not in terms(normaliser, letter)
    assert "izin" in terms(normaliser, letter)


def test_english_pronouns_and_frame_verbs_carry_no_weight(normaliser: Normaliser) -> None:
    assert terms(normaliser, "nobody told his wife she had to ask") == ("istri",)


def test_the_hedges_of_a_story_carry_no_weight_but_dulu_as_first_does(
    normaliser: Normaliser,
) -> None:
    assert terms(normaliser, "sebenarnya saya bingung, dia bilang begitu") == ()
    assert "dulu" in terms(normaliser, "harus lewat puskesmas dulu")


@pytest.mark.parametrize(
    ("possessed", "plain"),
    [
        ("penerangan jalannya padam", "penerangan jalan padam"),
        ("kartu keluarganya hilang", "kartu keluarga hilang"),
    ],
)
def test_a_possessive_on_a_phrases_last_word_still_reads_as_the_phrase(
    normaliser: Normaliser, possessed: str, plain: str
) -> None:
    assert normaliser.normalise(possessed) == normaliser.normalise(plain)


def test_chat_abbreviations_of_everyday_words_are_no_service_names(normaliser: Normaliser) -> None:
    """Vowel-less like an acronym ("sktm"), but words: a service the entry lacks they
    must not be."""
    assert normaliser.normalise("syarat psg lampu br") == "syarat pasang lampu baru"
    assert normaliser.normalise("tanya ttg jadwal, tntg biaya") == (
        "tanya tentang jadwal tentang biaya"
    )


def test_rain_spoken_without_its_h_is_rain_not_an_exam() -> None:
    normaliser = Normaliser(default_lexicon(), ["ujian", "derek", "banjir", "jalan"])
    assert normaliser.normalise("tiap ujan deres jalan banjir") == "tiap hujan deras jalan banjir"
