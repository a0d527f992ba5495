"""A long message whose question names no topic ("Bagaimana urutannya?", "Surat
apa yang bisa saya minta?") leaves it to the sentence told just before: the story reading
then keeps that sentence in the question instead of weighing it as story."""

from __future__ import annotations

from knowledge_base.entries import KnowledgeBase
from knowledge_base.focus import story_reading
from knowledge_base.matcher import Matcher
from knowledge_base.normaliser import Analysis, Normaliser
from knowledge_base.readings import names_topic

TOPIC_BEFORE_QUESTION = (
    "Saya sudah dua tahun kerja di kota ini dan tinggal di kos dekat pasar sama teman. "
    "Kemarin istri saya melahirkan di bidan dan bayinya belum punya akta kelahiran. "
    "Prosesnya bagaimana dan bawa apa saja?"
)


def _story_reading(
    kb: KnowledgeBase, question_names_topic: bool
) -> tuple[Normaliser, Analysis | None]:
    """The story reading of TOPIC_BEFORE_QUESTION, its question taken to name its topic
    or not, with the normaliser that gives the terms to look for."""
    matcher = Matcher(kb)
    normaliser = matcher.index.normaliser
    analysis = matcher.analyse(TOPIC_BEFORE_QUESTION)
    reading = story_reading(
        TOPIC_BEFORE_QUESTION, analysis, normaliser, lambda _: question_names_topic
    )
    return normaliser, reading


def test_a_question_of_asking_words_alone_names_no_topic(kb: KnowledgeBase) -> None:
    matcher = Matcher(kb)
    terms = matcher.normalise("prosesnya bagaimana dan bawa apa saja").split()
    assert not names_topic(matcher.index, matcher.index.normaliser.terms(terms))


def test_a_question_naming_things_the_kb_lacks_names_its_topic(kb: KnowledgeBase) -> None:
    matcher = Matcher(kb)
    tokens = matcher.normalise("cat tembok merek apa yang awet").split()
    assert names_topic(matcher.index, matcher.index.normaliser.terms(tokens))


def test_the_sentence_before_a_topicless_question_is_read_as_question(kb: KnowledgeBase) -> None:
    normaliser, reading = _story_reading(kb, question_names_topic=False)
    assert reading is not None
    assert normaliser.term("akta") not in reading.background
    assert normaliser.term("pasar") in reading.background


def test_the_sentence_before_a_question_naming_its_topic_stays_story(kb: KnowledgeBase) -> None:
    normaliser, reading = _story_reading(kb, question_names_topic=True)
    assert reading is not None
    assert normaliser.term("akta") in reading.background


def test_a_story_whose_question_names_no_topic_is_answered_from_the_sentence_before(
    kb: KnowledgeBase,
) -> None:
    result = Matcher(kb).match(TOPIC_BEFORE_QUESTION)
    assert result.entry_id == "akta-lahir"
