"""Stemming guards, wide leads, synonyms, service full names and the fast paths of
phrase matching and candidate selection."""

from __future__ import annotations

from knowledge_base.candidates import propose
from knowledge_base.complaint_cues import cue_score
from knowledge_base.decision import Thresholds, has_wide_lead, is_answerable
from knowledge_base.entries import KnowledgeBase
from knowledge_base.filler import strip_filler
from knowledge_base.index import build_index, stem_collisions
from knowledge_base.lexicon import build_lexicon, default_lexicon, phrase_starts
from knowledge_base.matcher import Intent, Matcher
from knowledge_base.replacements import apply_replacements
from knowledge_base.scorer import Candidate
from knowledge_base.smalltalk import strip_leading_chatter
from knowledge_base.stemmer import is_ke_an, stem, strip_particle
from tests.knowledge_base.invented_kb import invented_entry

OBJECTION_AND_RENTAL = KnowledgeBase(
    entries=(
        invented_entry(
            "keberatan-informasi",
            ("Kapan pemohon informasi dapat mengajukan keberatan?",),
            answer="Ajukan keberatan kepada atasan pejabat informasi dalam 30 hari kerja.",
            keywords=("keberatan",),
        ),
        invented_entry(
            "sewa-alat-berat",
            ("Bagaimana cara menyewa alat berat milik dinas?",),
            answer="Ajukan surat permohonan sewa ekskavator ke dinas.",
            keywords=("alat berat",),
        ),
    )
)


# -- stemmer -------------------------------------------------------------------------
def test_a_suffix_is_kept_when_only_the_unsuffixed_word_has_a_prefix_to_strip() -> None:
    assert stem("dibagi") == "bagi"
    assert stem("pelayanan") == "layan"
    assert stem("pendaftaran") == "daftar"


def test_strip_particle_removes_only_the_clitic() -> None:
    assert strip_particle("keberatannya") == "keberatan"
    assert strip_particle("sekolah") == "sekolah"


def test_ke_an_derivations_are_recognised_with_or_without_a_particle() -> None:
    assert is_ke_an("keberatan")
    assert is_ke_an("kesehatannya")
    assert not is_ke_an("pendaftaran")
    assert not is_ke_an("kean")


# -- stemming guard ------------------------------------------------------------------
def test_a_ke_an_word_is_kept_whole_when_its_root_belongs_only_to_other_entries() -> None:
    surface = {"keberatan": {0}, "berat": {1}}
    assert stem_collisions(surface, stem) == frozenset({"keberatan"})


def test_a_ke_an_word_sharing_an_entry_with_its_root_is_stemmed_as_usual() -> None:
    surface = {"kehilangan": {0, 2}, "hilang": {2}}
    assert stem_collisions(surface, stem) == frozenset()


def test_the_guard_leaves_other_derivations_to_the_stemmer() -> None:
    surface = {"dibantu": {0}, "bantu": {1}}
    assert stem_collisions(surface, stem) == frozenset()


def test_an_objection_is_not_matched_to_heavy_equipment() -> None:
    matcher = Matcher(OBJECTION_AND_RENTAL)
    assert matcher.index.normaliser.term("keberatannya") == "keberatan"
    assert matcher.index.normaliser.term("berat") == "berat"
    result = matcher.match("keberatan informasi")
    assert (result.intent, result.entry_id) == (Intent.FAQ, "keberatan-informasi")
    result = matcher.match("sewa alat berat")
    assert (result.intent, result.entry_id) == (Intent.FAQ, "sewa-alat-berat")


def test_without_stemming_nothing_is_guarded() -> None:
    index = build_index(OBJECTION_AND_RENTAL, default_lexicon(), stemming=False)
    assert index.normaliser.guarded == frozenset()


# -- chatter -------------------------------------------------------------------------
def test_a_service_word_that_is_also_chatter_is_not_stripped_as_a_greeting() -> None:
    lexicon = default_lexicon()
    assert strip_leading_chatter(["sip", "dokter"], lexicon) == ("sip", "dokter")
    assert strip_leading_chatter(["halo", "admin", "ktp"], lexicon) == ("ktp",)


# -- wide lead -----------------------------------------------------------------------
def _candidate(entry_id: str, score: float, shared: int, position: int = 0) -> Candidate:
    return Candidate(
        position=position,
        entry_id=entry_id,
        fuzzy=57.0,
        coverage=0.41,
        score=score,
        entry_coverage=0.5,
        prime_coverage=0.41,
        shared_terms=shared,
    )


def test_a_paraphrase_far_ahead_and_naming_two_entry_words_is_answered() -> None:
    best = _candidate("pajak-warung", 48.6, shared=2)
    runner_up = _candidate("pecah-sppt", 25.7, shared=1, position=1)
    assert has_wide_lead(best, best.score - runner_up.score, Thresholds())
    assert is_answerable([best, runner_up], Thresholds())


def test_a_wide_lead_resting_on_one_entry_word_stays_a_suggestion() -> None:
    best = _candidate("akta-kematian", 48.6, shared=1)
    assert not has_wide_lead(best, best.score, Thresholds())
    assert not is_answerable([best], Thresholds())


def test_a_narrow_lead_stays_a_suggestion_however_many_words_are_shared() -> None:
    best = _candidate("usulan-jalan", 48.9, shared=3)
    runner_up = _candidate("pju", 44.0, shared=2, position=1)
    assert not is_answerable([best, runner_up], Thresholds())


# -- synonyms and service names ------------------------------------------------------
def test_everyday_synonyms_become_the_kb_word(matcher: Matcher) -> None:
    assert matcher.normalise("telat bayar") == "terlambat bayar"
    assert matcher.normalise("pajak resto") == "pajak restoran"
    assert matcher.normalise("zona hijau") == "zonasi hijau"


def test_a_service_written_in_full_becomes_its_acronym(matcher: Matcher) -> None:
    assert matcher.normalise("keterangan rencana kabupaten") == "krk"
    assert matcher.normalise("sertifikat laik fungsi") == "slf"


def test_the_domain_lexicon_wins_over_a_synonym() -> None:
    lexicon = build_lexicon(
        domain=[("resto", "warung")],
        generic=set(),
        slang=[("resto", "rumah makan")],
        english=[],
        function_words=[],
        smalltalk=[],
        complaint_cues=[],
        synonyms=[("resto", "restoran"), ("telat", "terlambat")],
    )
    assert lexicon.replacements[("resto",)] == ("warung",)
    assert lexicon.replacements[("telat",)] == ("terlambat",)


# -- fast paths give the same answers ------------------------------------------------
def test_phrase_starts_give_the_longest_phrase_per_first_word() -> None:
    starts = phrase_starts([("kartu", "keluarga"), ("kartu", "tanda", "penduduk"), ("kk",)])
    assert dict(starts) == {"kartu": 3, "kk": 1}


def test_replacing_with_phrase_starts_matches_the_plain_scan() -> None:
    table = {("kartu", "keluarga"): ("kk",), ("ktp",): ("ktp",), ("e", "ktp"): ("ktp",)}
    tokens = ["bikin", "kartu", "keluarga", "dan", "e", "ktp", "kartu"]
    plain = apply_replacements(tokens, table, 2)
    assert apply_replacements(tokens, table, 2, starts=phrase_starts(table)) == plain
    assert plain == ["bikin", "kk", "dan", "ktp", "kartu"]


def test_filler_and_complaint_cues_use_phrase_starts() -> None:
    lexicon = default_lexicon()
    assert lexicon.filler_starts is not None and lexicon.cue_starts is not None
    assert strip_filler(["mau", "tanya", "syarat", "ktp"], lexicon) == ("syarat", "ktp")
    assert cue_score(["jalan", "rusak"], lexicon) > 0


def test_a_rare_term_still_proposes_its_entry_among_many_sharing_a_common_one() -> None:
    entries = [
        invented_entry(f"umum-{n}", (f"cara urus layanan nomor{n}",), answer="Datang.")
        for n in range(8)
    ]
    entries.append(invented_entry("kia", ("cara urus kia anak",), answer="Bawa akta."))
    index = build_index(KnowledgeBase(entries=tuple(entries)), default_lexicon())
    terms = tuple(index.normaliser.terms(index.normaliser.tokens("cara urus kia")))
    assert propose(index, terms, 3)[0] == 8
    assert len(propose(index, terms, 3)) == 3
    assert len(propose(index, terms, 20)) == 9
