"""A short message whose given part names one entry whole and whose question asks a
sibling (see knowledge_base.asked_cover): the entry of the given part is not answered.
Invented entries and messages."""

from __future__ import annotations

from knowledge_base.asked_cover import asked_elsewhere
from knowledge_base.matcher import Intent
from knowledge_base.scored import Candidate
from tests.knowledge_base.invented_kb import invented_matcher

BANNERS = """
    - id: pajak-spanduk
      agency: bapenda
      questions:
        - Bagaimana pajak spanduk toko dihitung?
        - pajak spanduk toko berapa
      keywords: [pajak spanduk, hitung pajak spanduk]
      answer: Pajak spanduk dihitung dari luas dan lama pemasangan.
    - id: izin-spanduk
      agency: dpmptsp
      questions:
        - Di mana mengurus izin memasang spanduk toko?
        - izin pasang spanduk ngurusnya lewat mana
      keywords: [izin spanduk, izin pasang spanduk]
      answer: Izin pemasangan spanduk diurus lewat loket perizinan kecamatan.
    - id: sewa-tenda
      agency: kecamatan
      question: Bisakah warga meminjam tenda kecamatan untuk acara?
      keywords: [pinjam tenda]
      answer: Tenda dapat dipinjam dengan surat dari RT.
    """


def _candidate(entry_id: str, score: float, coverage: float) -> Candidate:
    return Candidate(0, entry_id, 100.0, coverage, score)


def test_a_sibling_covering_the_question_far_better_takes_the_answer_away() -> None:
    ranked = [_candidate("pajak", 74.0, 0.35), _candidate("izin", 56.0, 0.77)]
    assert asked_elsewhere(ranked)


def test_a_leader_covering_the_question_as_well_as_its_rivals_keeps_it() -> None:
    ranked = [_candidate("pajak", 74.0, 0.70), _candidate("izin", 56.0, 0.75)]
    assert not asked_elsewhere(ranked)


def test_a_tax_already_counted_does_not_answer_where_to_get_the_permit() -> None:
    matcher = invented_matcher(BANNERS)
    text = "pajak spanduk toko udah sy hitung, skrg ngurus izin pasangnya lewat mana"
    result = matcher.match(text)
    assert result.entry_id != "pajak-spanduk" or result.intent is not Intent.FAQ


def test_a_tax_question_without_a_given_part_is_still_answered() -> None:
    matcher = invented_matcher(BANNERS)
    result = matcher.match("pajak spanduk toko dihitung gimana")
    assert (result.intent, result.entry_id) == (Intent.FAQ, "pajak-spanduk")
