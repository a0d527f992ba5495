"""The mechanisms behind a decision: filler, service naming, entry-side coverage,
tie-breaking, stemming guards."""

from __future__ import annotations

from knowledge_base.entries import KbEntry, KnowledgeBase
from knowledge_base.filler import strip_filler
from knowledge_base.lexicon import QUESTION_WORDS, build_lexicon, default_lexicon
from knowledge_base.matcher import Intent, Matcher
from knowledge_base.stemmer import stem
from knowledge_base.weighting import looks_like_acronym, salient_terms
from tests.knowledge_base.invented_kb import invented_entry


def _kb(*entries: KbEntry) -> KnowledgeBase:
    return KnowledgeBase(entries=entries)


def test_filler_phrases_are_removed_but_question_words_stay() -> None:
    lexicon = default_lexicon()
    tokens = [
        "saya",
        "mau",
        "tanya",
        "anak",
        "saya",
        "syarat",
        "ktp",
        "apa",
        "terima",
        "kasih",
        "sebelumnya",
    ]
    assert strip_filler(tokens, lexicon) == ("saya", "syarat", "ktp", "apa")


def test_a_filler_line_containing_a_question_word_is_ignored() -> None:
    lexicon = build_lexicon([], set(), [], [], [], [], [], filler=["cara daftar", "mohon info"])
    assert ("mohon", "info") in lexicon.filler
    assert ("cara", "daftar") not in lexicon.filler
    assert "cara" in QUESTION_WORDS


def test_a_message_that_is_only_filler_keeps_its_words() -> None:
    assert strip_filler(["terima", "kasih"], default_lexicon()) == ("terima", "kasih")


def test_a_long_rambling_question_is_still_answered(matcher: Matcher) -> None:
    message = (
        "assalamualaikum pak, mohon maaf mengganggu, saya mau tanya. anak saya tahun ini "
        "umur 17, kemarin katanya sudah wajib rekam ktp. syaratnya apa saja ya? "
        "terima kasih sebelumnya"
    )
    result = matcher.match(message)
    assert (result.intent, result.entry_id) == (Intent.FAQ, "ktp-pemula")


def test_a_service_mentioned_only_in_the_answer_does_not_block_the_entry_it_supports(
    matcher: Matcher,
) -> None:
    # the ktp-pemula answer says "bawa Kartu Keluarga": asking about KTP and KK is fine
    result = matcher.match("rekam ktp pemula cukup bawa kk?")
    assert (result.intent, result.entry_id) == (Intent.FAQ, "ktp-pemula")


def test_a_service_named_only_in_an_answer_is_not_the_entry_topic() -> None:
    kb = _kb(
        invented_entry(
            "ktp-baru",
            ("Apa syarat membuat KTP-el?", "syarat ktp"),
            answer="Bawa KK. Untuk SIM silakan ke Satlantas.",
        )
    )
    assert Matcher(kb).match("syarat bikin sim").intent == Intent.NONE


def test_a_message_sharing_one_word_with_a_long_question_is_not_answered() -> None:
    kb = _kb(
        invented_entry(
            "nik-bermasalah",
            (
                "Apa yang harus dilakukan jika NIK tidak terdaftar?",
                "nik saya ditolak pas registrasi kartu sim",
            ),
            answer="Datang ke Disdukcapil dengan KTP-el dan KK.",
            keywords=("nik tidak terdaftar", "nik ganda"),
        ),
        invented_entry("akta", ("Apa syarat akta kelahiran?",), answer="Bawa surat lahir."),
    )
    result = Matcher(kb).match("syarat bikin SIM")
    assert (result.intent, result.entry_id) == (Intent.NONE, None)


def test_an_unknown_acronym_names_a_service_but_a_two_letter_chat_word_does_not(
    matcher: Matcher,
) -> None:
    index = matcher.index
    assert "sktm" in salient_terms(index, ["sktm", "buat", "obat"])
    assert not salient_terms(index, ["jd", "ktp"]) - {"ktp"}
    assert looks_like_acronym("bpnt") and not looks_like_acronym("kartu")


def test_a_short_word_with_a_vowel_is_no_acronym_so_it_vetoes_no_entry() -> None:
    """English words and words missing vowels were read as unknown acronyms, so the
    entry that fitted was withheld for "naming a service it lacks"."""
    assert [
        w for w in ("small", "party", "still", "ilng", "hitng", "truk") if looks_like_acronym(w)
    ] == []
    assert looks_like_acronym("cpns") and looks_like_acronym("skck")


def test_the_words_of_a_multiword_service_are_salient_only_together(matcher: Matcher) -> None:
    index = matcher.index
    assert {"sertifikat", "tanah"} <= salient_terms(index, ["sertifikat", "tanah", "hilang"])
    assert "tanah" not in salient_terms(index, ["tanah", "saya", "zona", "hijau"])


def test_in_a_long_message_an_unknown_acronym_is_context_not_the_topic(matcher: Matcher) -> None:
    message = (
        "kami dari lsm warga desa sebelah, sudah sepakat mau mengusulkan pengaspalan jalan "
        "lingkungan lewat musrenbang, alurnya bagaimana"
    )
    result = matcher.match(message)
    assert (result.intent, result.entry_id) == (Intent.FAQ, "usulan-jalan")


def test_a_tie_goes_to_the_entry_whose_canonical_question_has_the_word() -> None:
    kb = _kb(
        invented_entry(
            "sppt-belum-terima",
            ("Bagaimana jika SPPT PBB belum diterima?", "pbb belum keluar"),
            answer="Tanya ke desa.",
        ),
        invented_entry(
            "pbb-denda",
            ("Berapa denda telat bayar PBB?", "sppt belum dibayar kena denda"),
            answer="Dua persen per bulan.",
        ),
    )
    candidates = Matcher(kb).candidates(Matcher(kb).analyse("sppt belum diterima"))
    assert candidates[0].entry_id == "sppt-belum-terima"
    assert candidates[0].prime_coverage > candidates[1].prime_coverage


def test_two_entries_that_fit_a_one_word_message_equally_become_suggestions() -> None:
    kb = _kb(
        invented_entry("pbb-bayar", ("Di mana bayar PBB?",), answer="Di bank."),
        invented_entry("pbb-denda", ("Berapa denda PBB?",), answer="Dua persen."),
    )
    result = Matcher(kb).match("pbb")
    assert (result.intent, result.entry_id) == (Intent.NONE, None)
    assert set(result.suggestions) == {"pbb-bayar", "pbb-denda"}


def test_english_function_words_carry_no_weight(matcher: Matcher) -> None:
    assert matcher.analyse("how to pay my pbb online").terms == ("cara", "bayar", "pbb", "online")


def test_the_stemmer_does_not_cut_a_prefix_that_leaves_an_impossible_onset() -> None:
    assert stem("berkas") == "berkas"
    assert stem("bekerja") == "kerja"
    assert stem("pendaftaran") == "daftar"


def test_a_service_with_a_possessive_is_still_that_service(matcher: Matcher) -> None:
    """ "akta kematiannya" names the death certificate as "akta kematian" does, so an
    entry without it is not answered for it."""
    index = matcher.index
    assert "kematian" in salient_terms(index, ["akta", "kematiannya", "diurus"])
    assert index.normaliser.term("kematiannya") == "kematian"
