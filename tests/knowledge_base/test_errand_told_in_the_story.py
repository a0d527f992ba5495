"""An errand told in a long message's story (a vacancy that asks for a card, a title
transfer a notary mentioned) led to the question and is not asked: it vetoes no entry
when the question names a topic of its own, and still does when the question leaves its
topic to the story."""

from __future__ import annotations

import pytest

from knowledge_base.asked_words import errand_tokens
from knowledge_base.focus import story_reading
from knowledge_base.matcher import Intent, Matcher
from tests.knowledge_base.invented_kb import invented_matcher


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return invented_matcher(
        """
        - id: kartu-pencari-kerja
          agency: disnaker
          questions:
            - Bagaimana cara membuat kartu pencari kerja (kartu kuning)?
            - Berapa lama kartu kuning berlaku?
          keywords: [kartu kuning, kartu pencari kerja]
          answer: Daftar di Disnaker dengan KTP, ijazah dan pas foto; berlaku dua tahun.
        - id: lowongan-desa
          agency: dpmd
          question: Kapan ada lowongan perangkat desa?
          keywords: [lowongan perangkat desa]
          answer: Pengumuman lowongan perangkat desa ditempel di kantor desa.
        - id: posyandu-jadwal
          agency: dinkes
          question: Kapan jadwal posyandu di desa?
          keywords: [jadwal posyandu]
          answer: Posyandu buka sebulan sekali.
        """
    )


STORY = (
    "Adik saya baru lulus sekolah kejuruan dan mau melamar kerja ke beberapa bengkel "
    "besar di kota. Semua lowongan yang dia temukan minta kartu kuning. "
)


def test_a_vacancy_told_in_the_story_does_not_veto_the_card_asked(matcher: Matcher) -> None:
    text = STORY + "Kartu kuning itu dibuatnya di mana, bawa dokumen apa, dan berlaku berapa lama?"
    result = matcher.match(text)
    assert result.intent is Intent.FAQ
    assert result.entry_id == "kartu-pencari-kerja"


def test_a_vacancy_asked_still_vetoes_an_entry_that_never_speaks_of_it(matcher: Matcher) -> None:
    text = STORY + "Kalau lowongan kader posyandu di desa itu dibuka kapan?"
    result = matcher.match(text)
    assert not (result.intent is Intent.FAQ and result.entry_id == "posyandu-jadwal")


def _errand_words(matcher: Matcher, text: str) -> tuple[str, ...]:
    body, analysis = matcher.read(text)
    story = story_reading(body, analysis, matcher.index.normaliser)
    assert story is not None
    return errand_tokens(story, matcher.index.normaliser)


def test_the_errand_of_the_story_is_not_read_when_the_question_names_its_topic(
    matcher: Matcher,
) -> None:
    text = STORY + "Kartu kuning itu dibuatnya di mana, bawa dokumen apa, dan berlaku berapa lama?"
    assert "lowongan" not in _errand_words(matcher, text)


def test_the_errand_of_the_story_is_read_when_the_question_leaves_its_topic_to_it(
    matcher: Matcher,
) -> None:
    assert "lowongan" in _errand_words(matcher, STORY + "Di mana bikinnya?")
