"""Things a message disowns side by side ("bukan hilang atau rusak") are each disowned:
an entry naming one of them is no answer, though it names under half of both. Invented
entries and messages."""

from __future__ import annotations

from knowledge_base.disowned_leader import alternatives, disowned_leader, names_one_disowned
from knowledge_base.scored import Candidate
from tests.knowledge_base.invented_kb import invented_matcher

LIBRARY_CARDS = """
    - id: kartu-anggota-hilang
      agency: perpustakaan
      questions:
        - Bagaimana cara mengurus kartu anggota perpustakaan yang hilang?
        - kartu perpustakaan saya hilang gimana
      keywords: [kartu anggota hilang]
      answer: Lapor ke loket anggota dengan KTP; kartu pengganti dicetak hari itu juga.
    - id: kartu-anggota-rusak
      agency: perpustakaan
      questions:
        - Bagaimana cara mengganti kartu anggota perpustakaan yang rusak?
        - kartu perpustakaan patah bisa diganti?
      keywords: [kartu anggota rusak]
      answer: Bawa kartu yang rusak ke loket anggota untuk dicetak ulang.
    - id: kartu-anggota-baru
      agency: perpustakaan
      questions:
        - Bagaimana cara membuat kartu anggota perpustakaan pertama kali?
        - daftar jadi anggota perpustakaan syaratnya apa
      keywords: [daftar anggota perpustakaan, kartu anggota baru]
      answer: Isi formulir pendaftaran di loket anggota dan bawa pas foto serta KTP.
    """


def _terms(*words: str) -> frozenset[str]:
    normaliser = invented_matcher(LIBRARY_CARDS).index.normaliser
    return frozenset(normaliser.terms(words))


def test_things_disowned_side_by_side_are_read_one_by_one() -> None:
    normaliser = invented_matcher(LIBRARY_CARDS).index.normaliser
    found = alternatives([("hilang", "atau", "rusak")], normaliser)
    assert found == (_terms("hilang"), _terms("rusak"))
    assert alternatives([("hilang", "bukan", "rusak")], normaliser) == found


def test_one_thing_disowned_sets_nothing_side_by_side() -> None:
    normaliser = invented_matcher(LIBRARY_CARDS).index.normaliser
    assert alternatives([("jalan", "hauling"), ("debu",)], normaliser) == ()


def _positions() -> dict[str, int]:
    matcher = invented_matcher(LIBRARY_CARDS)
    return {item.entry.id: p for p, item in enumerate(matcher.index.entries)}


def test_the_damaged_card_entry_is_one_of_the_things_disowned_side_by_side() -> None:
    index = invented_matcher(LIBRARY_CARDS).index
    disowned = _terms("hilang", "rusak")
    side_by_side = (_terms("hilang"), _terms("rusak"))
    position = _positions()
    assert names_one_disowned(index, position["kartu-anggota-rusak"], disowned, side_by_side)
    assert not names_one_disowned(index, position["kartu-anggota-baru"], disowned, side_by_side)


def _card(entry_id: str, score: float) -> Candidate:
    return Candidate(_positions()[entry_id], entry_id, 90.0, 0.5, score)


def test_a_rival_far_behind_a_disowned_leader_takes_its_place_on_a_clear_gain_only() -> None:
    index = invented_matcher(LIBRARY_CARDS).index
    disowned = (_terms("hilang", "rusak"), (_terms("hilang"), _terms("rusak")))
    pair = (_card("kartu-anggota-hilang", 84.0), _card("kartu-anggota-baru", 55.0))
    assert disowned_leader(index, pair, disowned, gain=0.3, reach=20.0)
    assert not disowned_leader(index, pair, disowned, gain=0.05, reach=20.0)
    # a rival naming a thing disowned itself is no better
    sibling = (pair[0], _card("kartu-anggota-rusak", 80.0))
    assert not disowned_leader(index, sibling, disowned, gain=0.3, reach=20.0)
