"""A long message's question alone may answer one of the story reading's first three
entries, but not one the story reading withholds for lacking a service the message
names (see knowledge_base.readings.question_answers). Invented candidates."""

from __future__ import annotations

from dataclasses import replace

from knowledge_base.decision import Thresholds
from knowledge_base.readings import question_answers
from knowledge_base.scored import Candidate

DEATH = Candidate(0, "akta-kematian", 70.0, 0.5, 80.0, True, 0.8, 0.4, 2)
BIRTH = Candidate(1, "akta-kelahiran", 70.0, 0.5, 68.0, False, 0.8, 0.4, 2)
FOCUSED = [
    Candidate(1, "akta-kelahiran", 80.0, 0.76, 65.0, False, 0.6, 0.5, 2),
    Candidate(2, "denda-pajak", 60.0, 0.49, 59.0, False, 0.5, 0.3, 1),
]


def test_the_story_readings_second_entry_is_answered_by_the_question() -> None:
    assert question_answers(FOCUSED, [DEATH, BIRTH], "akta-kematian", Thresholds())


def test_a_second_entry_the_story_withholds_for_a_service_is_not_answered() -> None:
    heard = [DEATH, replace(BIRTH, missing_salient=True)]
    assert not question_answers(FOCUSED, heard, "akta-kematian", Thresholds())
