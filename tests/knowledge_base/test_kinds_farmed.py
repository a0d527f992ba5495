"""What is farmed is one kind, animals and crops alike: the maize-seed entry does not
answer a question on breeding cattle. The messages are invented."""

from __future__ import annotations

from knowledge_base.matcher import Intent
from tests.knowledge_base.invented_kb import invented_matcher

MATCHER = invented_matcher(
    """
    - id: benih-jagung
      agency: distan
      questions:
        - Bagaimana kelompok tani mendapat bantuan benih jagung?
      keywords: [benih jagung, bantuan benih]
      answer: Kelompok tani mengajukan proposal ke dinas pertanian sebelum musim tanam.
    """
)


def test_breeding_cattle_is_not_answered_with_maize_seed() -> None:
    result = MATCHER.match("ada bantuan bibit sapi untuk kelompok ternak kami?")
    assert result.entry_id != "benih-jagung" or result.intent is not Intent.FAQ


def test_maize_seed_is_answered() -> None:
    result = MATCHER.match("bantuan benih jagung untuk kelompok tani gimana caranya")
    assert (result.intent, result.entry_id) == (Intent.FAQ, "benih-jagung")
