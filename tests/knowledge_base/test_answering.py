from __future__ import annotations

from dataclasses import replace

from knowledge_base.answering import sole_weight
from knowledge_base.entries import KnowledgeBase
from knowledge_base.focus import focus, focus_readings
from knowledge_base.logistic import LogisticModel
from knowledge_base.matcher import Intent, Matcher, MatcherConfig

ALWAYS = LogisticModel({}, 5.0, 0.5)
NEVER = LogisticModel({}, -5.0, 0.5)


def matcher_with(kb: KnowledgeBase, model: LogisticModel) -> Matcher:
    return Matcher(kb, replace(MatcherConfig(), answer_model=model))


def test_the_answer_model_decides_whether_the_best_entry_is_answered(kb: KnowledgeBase) -> None:
    question = "syarat ktp pemula apa aja"
    assert matcher_with(kb, sole_weight("rules")).match(question).entry_id == "ktp-pemula"
    withheld = matcher_with(kb, NEVER).match(question)
    assert withheld.intent == Intent.NONE and withheld.suggestions[0] == "ktp-pemula"


def test_an_entry_lacking_the_service_named_is_never_answered_whatever_the_model(
    kb: KnowledgeBase,
) -> None:
    result = matcher_with(kb, ALWAYS).match("syarat bikin SIM apa aja")
    assert result.intent == Intent.NONE


def test_the_shipped_answer_model_agrees_with_the_rules_on_a_clear_question(
    kb: KnowledgeBase,
) -> None:
    assert Matcher(kb).match("bayar pbb online dmn aja").entry_id == "pbb-bayar"


STORY = (
    "Selamat malam min, maaf mengganggu malam malam begini. Jadi ceritanya kami sekeluarga "
    "baru pulang merantau dari kota lain setelah bertahun tahun, anak anak sekarang sudah "
    "besar dan sebentar lagi mau sekolah di sini, rumah juga sudah kami perbaiki sedikit "
    "demi sedikit. Istri saya kemarin melahirkan anak ketiga di bidan desa. "
    "Dokumen apa yang dibutuhkan untuk mengurus akta kelahiran?"
)


def test_the_focus_of_a_long_story_is_its_asking_sentence(kb: KnowledgeBase) -> None:
    matcher = Matcher(kb)
    normaliser = matcher.index.normaliser
    asked = focus(STORY, matcher.analyse(STORY), normaliser)
    assert asked is not None and asked.tokens[0] == "dokumen" and "akta" in asked.tokens
    short = "syarat akta kelahiran apa?"
    assert focus(short, matcher.analyse(short), normaliser) is None
    assert (matcher.match(STORY).intent, matcher.match(STORY).entry_id) == (
        Intent.FAQ,
        "akta-lahir",
    )


UNNAMED_TOPIC = (
    "Selamat malam min, maaf mengganggu. Kami sekeluarga baru pulang merantau dari kota "
    "lain setelah bertahun tahun, anak anak sudah besar dan rumah sudah kami perbaiki "
    "sedikit demi sedikit. Istri saya kemarin melahirkan anak ketiga di bidan desa dan "
    "kami belum mengurus akta kelahirannya. Dokumen apa saja yang harus dibawa?"
)


def test_a_question_that_leaves_its_topic_to_the_sentence_before_is_read_with_it(
    kb: KnowledgeBase,
) -> None:
    matcher = Matcher(kb)
    narrow, with_context = focus_readings(
        UNNAMED_TOPIC, matcher.analyse(UNNAMED_TOPIC), matcher.index.normaliser
    )
    assert "akta" not in narrow.tokens and narrow.tokens[0] == "dokumen"
    assert "akta" in with_context.tokens and "merantau" not in with_context.tokens
    result = matcher.match(UNNAMED_TOPIC)
    assert (result.intent, result.entry_id) == (Intent.FAQ, "akta-lahir")
