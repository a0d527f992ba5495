"""A short question is not answered with an entry it does not identify (the entry stays
a suggestion): when a sibling entry shares everything the message shares with it and the
message names something in place of the entry's own distinguishing words, or when the
question's head is a known word the entry lacks and nothing shared is the entry's own."""

from __future__ import annotations

from knowledge_base.coverage import is_indistinct
from knowledge_base.entries import KnowledgeBase
from knowledge_base.head import frame_terms, head_of, is_indonesian_word
from knowledge_base.index import build_index
from knowledge_base.lexicon import default_lexicon
from knowledge_base.matcher import Intent, Matcher
from knowledge_base.weighting import named_terms
from tests.knowledge_base.invented_kb import invented_entry

LIBRARY = KnowledgeBase(
    entries=(
        invented_entry(
            "domisili-setelah-menikah",
            "Bagaimana membuat surat domisili baru setelah menikah?",
            answer="Bawa buku nikah ke kantor desa.",
            keywords=("domisili baru", "domisili pengantin"),
        ),
        invented_entry(
            "domisili-untuk-usaha",
            "Apakah surat domisili dibutuhkan untuk izin usaha warung?",
            answer="Tidak, usaha mikro cukup mendaftar secara daring.",
            keywords=("domisili usaha",),
        ),
        invented_entry(
            "kartu-perpustakaan-hilang",
            "Bagaimana mengganti kartu perpustakaan yang hilang?",
            answer="Datang ke perpustakaan daerah dengan kartu pelajar.",
            keywords=("kartu perpustakaan hilang",),
        ),
        # unrelated entries, so that "domisili" is a rare word of this KB
        invented_entry(
            "pasar-murah",
            "Kapan jadwal pasar murah bulan ini?",
            answer="Sabtu.",
            keywords=("pasar murah",),
        ),
        invented_entry(
            "sewa-gor",
            "Berapa tarif sewa gedung olahraga?",
            answer="Lihat loket.",
            keywords=("sewa gor",),
        ),
        invented_entry(
            "kursus-jahit",
            "Bagaimana mendaftar kursus menjahit?",
            answer="Di balai.",
            keywords=("jahit",),
        ),
        invented_entry(
            "bibit-pohon",
            "Di mana warga meminta bibit pohon?",
            answer="Kebun bibit.",
            keywords=("bibit",),
        ),
    )
)


def test_a_message_naming_another_entrys_word_in_place_of_the_entrys_own_is_not_answered() -> None:
    result = Matcher(LIBRARY).match("surat domisili hilang gmn")
    assert result.intent is Intent.NONE
    assert any(s.startswith("domisili-") for s in result.suggestions)


def test_the_same_entry_is_answered_when_the_message_names_its_distinguishing_words() -> None:
    result = Matcher(LIBRARY).match("surat domisili baru setelah menikah gmn")
    assert result.intent is Intent.FAQ
    assert result.entry_id == "domisili-setelah-menikah"


def test_an_entry_the_message_shares_a_word_with_no_other_entry_has_is_distinct() -> None:
    index = build_index(LIBRARY, default_lexicon())
    tokens = index.normaliser.tokens("kartu perpustakaan hilang bayar gak")
    terms = sorted(index.normaliser.terms(tokens))
    assert not is_indistinct(index, 2, terms, named_terms(index, tokens))


def test_a_word_the_entry_answers_is_no_word_standing_in_for_its_own() -> None:
    index = build_index(LIBRARY, default_lexicon())
    tokens = index.normaliser.tokens("surat domisili buku nikah")
    terms = sorted(index.normaliser.terms(tokens))
    assert not is_indistinct(index, 0, terms, named_terms(index, tokens))


def test_a_word_neither_the_kb_nor_the_lexicons_know_names_nothing() -> None:
    index = build_index(LIBRARY, default_lexicon())
    tokens = index.normaliser.tokens("surat domisili xqzvbr")
    assert "xqzvbr" not in named_terms(index, tokens)


FREE_SERVICES = KnowledgeBase(
    entries=(
        invented_entry(
            "pelatihan-menjahit",
            "Bagaimana cara daftar pelatihan menjahit gratis?",
            answer="Daftar di balai desa.",
            keywords=("kursus jahit",),
        ),
        invented_entry(
            "bibit-pohon",
            "Bagaimana cara meminta bibit pohon gratis?",
            answer="Minta ke kebun bibit dinas.",
            keywords=("bibit gratis",),
        ),
        invented_entry(
            "pasar-murah",
            "Kapan jadwal pasar murah bulan ini?",
            answer="Sabtu.",
            keywords=("pasar murah",),
        ),
        invented_entry(
            "sewa-gor",
            "Bagaimana cara daftar sewa gedung olahraga?",
            answer="Lihat loket.",
            keywords=("sewa gor",),
        ),
    )
)


def test_the_head_of_a_question_is_its_first_word_after_the_asking_frame() -> None:
    index = build_index(FREE_SERVICES, default_lexicon())
    head = head_of(index, tuple(index.normaliser.tokens("syarat bikin perahu nelayan")))
    assert head is not None
    assert head.term == index.normaliser.term("perahu")
    assert head.known


def test_a_question_about_something_the_entry_lacks_is_not_answered_by_its_frame_alone() -> None:
    result = Matcher(FREE_SERVICES).match("cara daftar vaksin gratis")
    assert result.intent is Intent.NONE
    assert "pelatihan-menjahit" in result.suggestions


def test_a_question_naming_the_entrys_own_words_is_still_answered() -> None:
    result = Matcher(FREE_SERVICES).match("cara daftar pelatihan menjahit gratis")
    assert result.intent is Intent.FAQ
    assert result.entry_id == "pelatihan-menjahit"


def test_an_english_word_is_not_taken_for_an_everyday_indonesian_one() -> None:
    assert is_indonesian_word("perpustakaan")
    assert not is_indonesian_word("first")
    assert not is_indonesian_word("xqzvbr")


OPENING_HOURS = KnowledgeBase(
    entries=(
        invented_entry(
            "jam-layanan-gedung-terpadu",
            "Kapan jam layanan mal publik?",
            answer=(
                "Senin sampai Jumat pukul 08.00-15.00; di sana ada gerai Disdukcapil dan Bapenda."
            ),
            keywords=("jam buka mal",),
        ),
        invented_entry(
            "jam-layanan-puskesmas",
            "Kapan jam layanan puskesmas rawat inap pada hari libur?",
            answer="Pukul 07.30-14.00, unit gawat darurat buka 24 jam.",
            keywords=("jam buka puskesmas rawat inap",),
        ),
        invented_entry(
            "pasar-murah",
            "Kapan jadwal pasar murah bulan ini?",
            answer="Sabtu.",
            keywords=("pasar murah",),
        ),
        invented_entry(
            "bibit-pohon",
            "Di mana warga meminta bibit pohon?",
            answer="Kebun bibit.",
            keywords=("bibit",),
        ),
    )
)


def test_an_office_named_only_in_an_answer_does_not_make_the_entry_about_that_office() -> None:
    result = Matcher(OPENING_HOURS).match("jam buka dukcapil")
    assert result.intent is Intent.NONE


def test_the_hours_of_the_place_an_entry_is_about_are_still_answered() -> None:
    result = Matcher(OPENING_HOURS).match("jam buka puskesmas rawat inap")
    assert result.intent is Intent.FAQ
    assert result.entry_id == "jam-layanan-puskesmas"


def test_a_cost_question_about_an_entry_is_not_withheld_for_the_word_pay() -> None:
    kb = KnowledgeBase(
        entries=(
            invented_entry(
                "izin-penelitian",
                "Bagaimana mengurus izin penelitian?",
                answer="Ajukan surat dari kampus.",
                keywords=("izin riset",),
            ),
            invented_entry(
                "izin-keramaian",
                "Bagaimana mengurus izin keramaian?",
                answer="Ajukan ke kepolisian.",
                keywords=("izin acara",),
            ),
            invented_entry(
                "bayar-retribusi",
                "Di mana bayar retribusi?",
                answer="Di loket.",
                keywords=("bayar",),
            ),
            invented_entry(
                "pasar-murah",
                "Kapan jadwal pasar murah?",
                answer="Sabtu.",
                keywords=("pasar murah",),
            ),
            invented_entry(
                "bibit-pohon",
                "Di mana warga meminta bibit pohon?",
                answer="Kebun.",
                keywords=("bibit",),
            ),
        )
    )
    index = build_index(kb, default_lexicon())
    tokens = index.normaliser.tokens("izin bayar gak")
    terms = sorted(index.normaliser.terms(tokens))
    named = named_terms(index, tokens) - frame_terms(index)
    assert not is_indistinct(index, 0, terms, named)
