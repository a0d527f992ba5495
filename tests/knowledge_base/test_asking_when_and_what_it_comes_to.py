"""A bare "when" asks when a thing is held or comes, and "habis berapa" what it comes to:
the sibling whose questions ask that goes first. Invented entries and messages."""

from __future__ import annotations

from knowledge_base.facets import entry_facets, word_forms
from knowledge_base.matcher import Intent, Matcher
from tests.knowledge_base.invented_kb import invented_matcher

VILLAGE_ELECTION_AND_WATER = """
- id: pilkades-jadwal
  agency: dpmd
  questions:
    - Kapan jadwal pilkades serentak dan siapa yang boleh memilih?
    - pilkades serentak tahun depan bulan apa
  keywords: [jadwal pilkades, pilkades serentak]
  answer: Pilkades serentak digelar bulan Oktober; pemilih warga desa berumur 17 tahun ke atas.
- id: pilkades-syarat-calon
  agency: dpmd
  questions:
    - Apa syarat menjadi calon kepala desa?
    - syarat pilkades buat nyalon apa saja
  keywords: [syarat pilkades, calon kepala desa, pilkades]
  answer: Calon kepala desa berpendidikan paling rendah SMP dan berumur 25 tahun atau lebih.
- id: sambung-air-syarat
  agency: pdam
  questions:
    - Apa syarat pasang sambungan air pdam baru?
    - pasang air pdam baru bawa apa
  keywords: [pasang air pdam baru, syarat pasang pdam]
  answer: Bawa KTP, KK dan denah rumah ke kantor PDAM.
- id: sambung-air-biaya
  agency: pdam
  questions:
    - Berapa biaya pasang sambungan air pdam baru?
  keywords: [biaya pasang pdam]
  answer: Sambungan baru Rp1.500.000 termasuk meteran.
"""


def _asked(matcher: Matcher, text: str) -> frozenset[str]:
    index = matcher.index
    return entry_facets(index).asked(word_forms(index.normaliser, matcher.analyse(text).tokens))


def test_a_bare_when_asks_the_schedule() -> None:
    matcher = invented_matcher(VILLAGE_ELECTION_AND_WATER)
    assert "schedule" in _asked(matcher, "pilkades bareng2 kuwi kapan tho")
    assert "schedule" in _asked(matcher, "kapan pembagian berikutnya")


def test_by_when_a_thing_is_due_still_asks_the_deadline() -> None:
    matcher = invented_matcher(VILLAGE_ELECTION_AND_WATER)
    assert "deadline" in _asked(matcher, "kapan batas waktunya")


def test_asking_when_the_election_is_offers_its_timetable_first() -> None:
    result = invented_matcher(VILLAGE_ELECTION_AND_WATER).match("pilkades serentak kapan ya")
    first = result.entry_id if result.intent is Intent.FAQ else result.suggestions[0]
    assert first == "pilkades-jadwal"


def test_what_it_comes_to_asks_the_cost() -> None:
    matcher = invented_matcher(VILLAGE_ELECTION_AND_WATER)
    assert "cost" in _asked(matcher, "pasang pdam habis berapa ya")
    assert "cost" in _asked(matcher, "abis brp pasang pdam")


def test_habis_alone_asks_no_cost() -> None:
    matcher = invented_matcher(VILLAGE_ELECTION_AND_WATER)
    assert "cost" not in _asked(matcher, "air pdam habis terus tiap sore")
