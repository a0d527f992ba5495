"""'Late' of the hour is no lateness: a shop open late or music late at night asks no
fine or penalty, so the facet of paying after a deadline is not read from it."""

from __future__ import annotations

from knowledge_base.facets import entry_facets, word_forms
from tests.knowledge_base.invented_kb import invented_matcher

KB = """
    - id: denda-retribusi-pasar
      agency: pasar
      questions:
        - Berapa denda jika terlambat membayar retribusi kios?
      keywords: [denda retribusi, telat bayar retribusi]
      answer: Denda 2 persen per bulan keterlambatan.
    - id: jam-operasional-pasar
      agency: pasar
      question: Sampai jam berapa pasar malam boleh buka?
      keywords: [jam buka pasar malam]
      answer: Pasar malam boleh buka sampai pukul 23.00.
    """


def _facets(text: str) -> frozenset[str]:
    matcher = invented_matcher(KB)
    index = matcher.index
    forms = word_forms(index.normaliser, index.normaliser.tokens(text))
    return entry_facets(index).asked(forms)


def test_a_place_open_late_asks_no_lateness() -> None:
    assert "lateness" not in _facets("can the night market stay open late on weekends?")
    assert "lateness" not in _facets("loud music late at night near the market, who handles it")


def test_paying_late_still_asks_lateness() -> None:
    assert "lateness" in _facets("what is the fine if I pay the stall levy late?")
