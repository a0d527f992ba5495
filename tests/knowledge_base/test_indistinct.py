"""A short question is not answered with an entry it does not identify (the entry stays
a suggestion): when a sibling entry shares everything the message shares with it and the
message names something in place of the entry's own distinguishing words, or when the
question's head is a known word the entry lacks and nothing shared is the entry's own."""

from __future__ import annotations

from knowledge_base.coverage import is_indistinct
from knowledge_base.entries import KbEntry, KnowledgeBase
from knowledge_base.head import frame_terms, head_of, is_indonesian_word
from knowledge_base.index import build_index
from knowledge_base.lexicon import default_lexicon
from knowledge_base.matcher import Intent, Matcher
from knowledge_base.weighting import named_terms


def _entry(entry_id: str, question: str, keywords: tuple[str, ...], answer: str) -> KbEntry:
    return KbEntry(id=entry_id, agency="x", questions=(question,), answer=answer, keywords=keywords)


LIBRARY = KnowledgeBase(
    entries=(
        _entry(
            "domisili-setelah-menikah",
            "Bagaimana membuat surat domisili baru setelah menikah?",
            ("domisili baru", "domisili pengantin"),
            "Bawa buku nikah ke kantor desa.",
        ),
        _entry(
            "domisili-untuk-usaha",
            "Apakah surat domisili dibutuhkan untuk izin usaha warung?",
            ("domisili usaha",),
            "Tidak, usaha mikro cukup mendaftar secara daring.",
        ),
        _entry(
            "kartu-perpustakaan-hilang",
            "Bagaimana mengganti kartu perpustakaan yang hilang?",
            ("kartu perpustakaan hilang",),
            "Datang ke perpustakaan daerah dengan kartu pelajar.",
        ),
        # unrelated entries, so that "domisili" is a rare word of this KB
        _entry("pasar-murah", "Kapan jadwal pasar murah bulan ini?", ("pasar murah",), "Sabtu."),
        _entry("sewa-gor", "Berapa tarif sewa gedung olahraga?", ("sewa gor",), "Lihat loket."),
        _entry("kursus-jahit", "Bagaimana mendaftar kursus menjahit?", ("jahit",), "Di balai."),
        _entry("bibit-pohon", "Di mana warga meminta bibit pohon?", ("bibit",), "Kebun bibit."),
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
        _entry(
            "pelatihan-menjahit",
            "Bagaimana cara daftar pelatihan menjahit gratis?",
            ("kursus jahit",),
            "Daftar di balai desa.",
        ),
        _entry(
            "bibit-pohon",
            "Bagaimana cara meminta bibit pohon gratis?",
            ("bibit gratis",),
            "Minta ke kebun bibit dinas.",
        ),
        _entry("pasar-murah", "Kapan jadwal pasar murah bulan ini?", ("pasar murah",), "Sabtu."),
        _entry(
            "sewa-gor",
            "Bagaimana cara daftar sewa gedung olahraga?",
            ("sewa gor",),
            "Lihat loket.",
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
        _entry(
            "jam-layanan-gedung-terpadu",
            "Kapan jam layanan mal publik?",
            ("jam buka mal",),
            "Senin sampai Jumat pukul 08.00-15.00; di sana ada gerai Disdukcapil dan Bapenda.",
        ),
        _entry(
            "jam-layanan-puskesmas",
            "Kapan jam layanan puskesmas rawat inap pada hari libur?",
            ("jam buka puskesmas rawat inap",),
            "Pukul 07.30-14.00, unit gawat darurat buka 24 jam.",
        ),
        _entry("pasar-murah", "Kapan jadwal pasar murah bulan ini?", ("pasar murah",), "Sabtu."),
        _entry("bibit-pohon", "Di mana warga meminta bibit pohon?", ("bibit",), "Kebun bibit."),
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
            _entry(
                "izin-penelitian",
                "Bagaimana mengurus izin penelitian?",
                ("izin riset",),
                "Ajukan surat dari kampus.",
            ),
            _entry(
                "izin-keramaian",
                "Bagaimana mengurus izin keramaian?",
                ("izin acara",),
                "Ajukan ke kepolisian.",
            ),
            _entry("bayar-retribusi", "Di mana bayar retribusi?", ("bayar",), "Di loket."),
            _entry("pasar-murah", "Kapan jadwal pasar murah?", ("pasar murah",), "Sabtu."),
            _entry("bibit-pohon", "Di mana warga meminta bibit pohon?", ("bibit",), "Kebun."),
        )
    )
    index = build_index(kb, default_lexicon())
    tokens = index.normaliser.tokens("izin bayar gak")
    terms = sorted(index.normaliser.terms(tokens))
    named = named_terms(index, tokens) - frame_terms(index)
    assert not is_indistinct(index, 0, terms, named)
