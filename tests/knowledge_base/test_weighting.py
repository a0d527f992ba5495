from __future__ import annotations

from knowledge_base.matcher import Matcher
from knowledge_base.weighting import ScoringWeights, message_weights


def _weights(matcher: Matcher, text: str) -> dict[str, float]:
    analysis = matcher.analyse(text)
    return dict(message_weights(matcher.index, analysis, ScoringWeights()).weighted)


def test_an_everyday_word_the_kb_lacks_is_narrative_in_a_wordy_message(matcher: Matcher) -> None:
    wordy = _weights(matcher, "habis lulus kuliah zorblat saya mau tanya cara ganti data ini ya")
    assert wordy["lulus"] < wordy["zorblat"]


def test_an_everyday_word_the_kb_lacks_may_be_the_topic_of_a_short_message(
    matcher: Matcher,
) -> None:
    short = _weights(matcher, "lulus zorblat")
    assert short["lulus"] == short["zorblat"]
