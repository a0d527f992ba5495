from __future__ import annotations

import pytest

from knowledge_base.entries import KbEntry, KnowledgeBase
from knowledge_base.matcher import Intent, Matcher, Smalltalk


@pytest.mark.parametrize(
    ("message", "entry_id"),
    [
        ("syarat ktp pemula apa aja", "ktp-pemula"),
        ("umur brp boleh rekamktp", "ktp-pemula"),
        ("syarat akte lahir apa aja", "akta-lahir"),
        ("bayar pbb online dmn aja", "pbb-bayar"),
        ("gmn cara ngusulin aspal jalan lingkungan", "usulan-jalan"),
    ],
)
def test_a_covered_question_is_answered_with_its_entry(
    matcher: Matcher, message: str, entry_id: str
) -> None:
    result = matcher.match(message)
    assert (result.intent, result.entry_id) == (Intent.FAQ, entry_id)
    assert 0 <= result.score <= 100
    assert entry_id not in result.suggestions


def test_a_greeting_before_the_question_still_gets_the_answer(matcher: Matcher) -> None:
    result = matcher.match("selamat pagi min, mau tanya syarat kk baru gimana")
    assert (result.intent, result.entry_id) == (Intent.FAQ, "kk-baru")


@pytest.mark.parametrize(
    "message",
    [
        "syarat bikin SIM apa aja",
        "perpanjang paspor bisa online gak",
        "daftarcpns kapan",
        "akta kematian ngurusnya ke mana",
    ],
)
def test_a_near_domain_question_the_kb_does_not_cover_is_not_answered(
    matcher: Matcher, message: str
) -> None:
    result = matcher.match(message)
    assert result.intent == Intent.NONE
    assert result.entry_id is None


def test_an_unrelated_question_is_not_answered_and_gets_no_suggestions(matcher: Matcher) -> None:
    result = matcher.match("resep sambal matah")
    assert (result.intent, result.entry_id, result.suggestions) == (Intent.NONE, None, ())


@pytest.mark.parametrize(
    "message",
    [
        "jalan depan rumah rusak parah udah 3 bulan gak diperbaiki",
        "petugas kecamatan minta uang lelah 100rb pas ngurus ktp",
        "lampu jalan di gang kami mati sudah seminggu",
        "sampah numpuk gak pernah diangkut, bau banget",
    ],
)
def test_a_reported_problem_is_a_complaint(matcher: Matcher, message: str) -> None:
    result = matcher.match(message)
    assert result.intent == Intent.COMPLAINT
    assert result.entry_id is None


@pytest.mark.parametrize(
    ("message", "kind"),
    [
        ("P", Smalltalk.GREETING),
        ("selamat pagi min", Smalltalk.GREETING),
        ("makasih ya kak", Smalltalk.THANKS),
        ("oke", Smalltalk.ACK),
        ("👍", Smalltalk.ACK),
        ("dadah", Smalltalk.BYE),
    ],
)
def test_a_message_that_is_only_chatter_is_smalltalk(
    matcher: Matcher, message: str, kind: Smalltalk
) -> None:
    result = matcher.match(message)
    assert (result.intent, result.smalltalk, result.entry_id) == (Intent.SMALLTALK, kind, None)


@pytest.mark.parametrize(
    "message",
    [
        "min udah makan belum?",
        "admin umurnya berapa",
        "kak namanya siapa",
        "kamu manusia atau robot",
        "what's your name",
        "how old are you",
        "what time is it",
        "are you a robot",
        "sekarang jam berapa ya",
        "lagi ngapain min",
    ],
)
def test_chat_addressed_to_the_bot_is_chat_smalltalk(matcher: Matcher, message: str) -> None:
    result = matcher.match(message)
    assert (result.intent, result.smalltalk, result.entry_id) == (
        Intent.SMALLTALK,
        Smalltalk.CHAT,
        None,
    )


@pytest.mark.parametrize(
    "message",
    ["nama saya budi", "pak, nama di ktp salah", "nama", "umur berapa bikin ktp", "oke, di mana?"],
)
def test_personal_words_said_of_the_resident_or_with_a_service_are_not_chat(
    matcher: Matcher, message: str
) -> None:
    assert matcher.match(message).smalltalk is not Smalltalk.CHAT


@pytest.mark.parametrize(
    ("message", "kind"),
    [
        ("selamat siang, ada orang?", Smalltalk.GREETING),
        ("good evening, anyone there?", Smalltalk.GREETING),
        ("halo min mau tanya", Smalltalk.GREETING),
        ("hehe maaf salah kirim", Smalltalk.ACK),
        ("sorry wrong number", Smalltalk.ACK),
        ("wkwkwk", Smalltalk.ACK),
        ("tes 123", Smalltalk.ACK),
        ("thank you pak budi", Smalltalk.THANKS),
        ("makasih banyak ya bu rina", Smalltalk.THANKS),
        ("see you", Smalltalk.BYE),
    ],
)
def test_a_phrase_made_only_of_chatter_and_its_fillers_is_smalltalk(
    matcher: Matcher, message: str, kind: Smalltalk
) -> None:
    result = matcher.match(message)
    assert (result.intent, result.smalltalk, result.entry_id) == (Intent.SMALLTALK, kind, None)


@pytest.mark.parametrize(
    "message", ["ktp hilang", "halo min, syarat kk baru?", "maaf pak, ktp saya hilang", "tes hiv"]
)
def test_a_short_question_among_chatter_is_not_smalltalk(matcher: Matcher, message: str) -> None:
    assert matcher.match(message).intent != Intent.SMALLTALK


def test_a_blank_message_is_none(matcher: Matcher) -> None:
    assert matcher.match("   ").intent == Intent.NONE


def test_suggestions_list_close_entries_best_first_and_at_most_three(matcher: Matcher) -> None:
    result = matcher.match("syarat ktp")
    assert len(result.suggestions) <= 3
    assert result.entry_id == "ktp-pemula" or "ktp-pemula" in result.suggestions


def test_a_very_long_message_with_odd_unicode_is_handled(matcher: Matcher) -> None:
    result = matcher.match("\u202e\u200b" + "ktp " * 5000 + "\ufeff")
    assert result.intent in set(Intent)


def test_an_empty_knowledge_base_answers_nothing() -> None:
    result = Matcher(KnowledgeBase(entries=())).match("syarat ktp")
    assert (result.intent, result.entry_id) == (Intent.NONE, None)


def test_keywords_count_as_variants_of_the_entry() -> None:
    entry = KbEntry(
        id="psc",
        agency="dinkes",
        questions=("Nomor darurat ambulans?",),
        answer="112",
        keywords=("psc 119",),
    )
    result = Matcher(KnowledgeBase(entries=(entry,))).match("psc 119")
    assert (result.intent, result.entry_id) == (Intent.FAQ, "psc")


def test_the_json_form_has_the_cli_fields(matcher: Matcher) -> None:
    record = matcher.match("syarat ktp pemula").as_json_dict()
    assert set(record) == {"query", "intent", "entry", "score", "suggestions"}
