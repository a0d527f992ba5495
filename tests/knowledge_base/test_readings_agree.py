"""A long message's readings agreeing: when its story reading and its question alone put
the same entry first, well ahead in both, that entry is answered even though no single
reading was strong enough; the message as written may lead elsewhere (a story detail
pulls it), and then the question must lead by more."""

from __future__ import annotations

from knowledge_base.complaint import ComplaintSignal
from knowledge_base.decision import Intent, Thresholds, decide
from knowledge_base.entries import KnowledgeBase
from knowledge_base.matcher import Matcher
from knowledge_base.readings import readings_agree
from knowledge_base.scorer import Candidate

THIN = dict(fuzzy=40.0, coverage=0.2, entry_coverage=0.3, prime_coverage=0.1, shared_terms=1)


def _candidate(position: int, entry_id: str, score: float, **changes: object) -> Candidate:
    fields: dict[str, object] = {**THIN, **changes}
    return Candidate(position, entry_id, score=score, **fields)  # type: ignore[arg-type]


def _ranked(first: str, lead: float, **changes: object) -> list[Candidate]:
    other = "bantuan-rumah" if first != "bantuan-rumah" else "akta-lahir"
    return [_candidate(0, first, 50.0, **changes), _candidate(1, other, 50.0 - lead)]


def test_agreeing_readings_answer_an_entry_the_rules_would_withhold() -> None:
    ranked = _ranked("kk-baru", 12.0)
    quiet = ComplaintSignal(0.1)
    assert decide(ranked, quiet, Thresholds()).intent is Intent.NONE
    decision = decide(ranked, quiet, Thresholds(), agreed=True)
    assert decision.intent is Intent.FAQ
    assert decision.entry_id == "kk-baru"


def test_a_reported_problem_stays_a_complaint_when_the_readings_agree() -> None:
    decision = decide(_ranked("kk-baru", 12.0), ComplaintSignal(0.9), Thresholds(), agreed=True)
    assert decision.intent is Intent.COMPLAINT


def test_the_readings_agree_when_all_three_lead_with_the_same_entry() -> None:
    assert readings_agree("kk-baru", _ranked("kk-baru", 8.0), _ranked("kk-baru", 6.0), Thresholds())


def test_a_question_reading_led_by_another_entry_is_no_agreement() -> None:
    assert not readings_agree(
        "kk-baru", _ranked("kk-baru", 8.0), _ranked("akta-lahir", 8.0), Thresholds()
    )


def test_story_and_question_agreeing_outweigh_a_story_detail_leading_the_message() -> None:
    assert readings_agree(
        "akta-lahir", _ranked("kk-baru", 8.0), _ranked("kk-baru", 12.0), Thresholds()
    )


def test_against_the_whole_message_a_question_reading_leading_narrowly_is_no_agreement() -> None:
    assert not readings_agree(
        "akta-lahir", _ranked("kk-baru", 8.0), _ranked("kk-baru", 8.0), Thresholds()
    )


def test_a_story_reading_led_by_another_entry_than_the_question_is_no_agreement() -> None:
    assert not readings_agree(
        "kk-baru", _ranked("akta-lahir", 8.0), _ranked("kk-baru", 12.0), Thresholds()
    )


def test_a_narrow_lead_in_the_question_reading_is_no_agreement() -> None:
    assert not readings_agree(
        "kk-baru", _ranked("kk-baru", 8.0), _ranked("kk-baru", 2.0), Thresholds()
    )


def test_an_entry_sharing_no_word_that_names_a_thing_is_no_agreement() -> None:
    story = _ranked("kk-baru", 8.0, shared_terms=0)
    assert not readings_agree("kk-baru", story, _ranked("kk-baru", 8.0), Thresholds())


def test_a_short_message_has_no_agreement_to_read(kb: KnowledgeBase) -> None:
    matcher = Matcher(kb)
    text = "syarat kk baru setelah menikah apa saja?"
    assert not matcher.reading(text, matcher.analyse(text)).agreed
