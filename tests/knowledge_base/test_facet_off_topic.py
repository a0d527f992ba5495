"""An entry that asks the message's facet but covers little of its topic (it matched
the facet's own words, "jatuh tempo") falls behind an entry that asks the facet too and
covers the topic. Invented entries and messages."""

from __future__ import annotations

from knowledge_base.facets import Contender, EntryFacets, to_demote
from knowledge_base.phrases import phrase_table
from tests.knowledge_base.invented_kb import invented_matcher

OFFICE = """
    - id: pajak-kendaraan-jatuh-tempo
      agency: pajak
      questions:
        - Kapan jatuh tempo pajak kendaraan bermotor?
        - Berapa denda kalau telat bayar pajak kendaraan?
        - Pajak motor lewat jatuh tempo kena denda berapa?
      keywords: [jatuh tempo pajak kendaraan, denda pajak motor]
      answer: Pajak kendaraan jatuh tempo pada tanggal di STNK; keterlambatan didenda 2%
        per bulan.
    - id: laporan-koperasi-tahunan
      agency: koperasi
      questions:
        - Bagaimana cara mengirim laporan tahunan koperasi?
        - Laporan tahunan koperasi kalau telat dikirim bagaimana?
      keywords: [laporan tahunan koperasi, rapat anggota tahunan]
      answer: Laporan tahunan koperasi dikirim lewat aplikasi koperasi paling lambat
        akhir Juni setelah rapat anggota tahunan.
    - id: pendirian-koperasi
      agency: koperasi
      question: Bagaimana cara mendirikan koperasi baru?
      keywords: [dirikan koperasi]
      answer: Siapkan akta pendirian dari notaris dan daftar anggota pendiri.
    """


def test_a_report_deadline_is_not_answered_with_the_tax_deadline_entry() -> None:
    matcher = invented_matcher(OFFICE)
    for text in (
        "koperasi kapan jatuh tempo laporannya",
        "laporan tahunan koperasi jatuh temponya kapan?",
    ):
        result = matcher.match(text)
        assert result.entry_id in (None, "laporan-koperasi-tahunan"), text
        assert "laporan-koperasi-tahunan" in (result.entry_id, *result.suggestions), text


def test_the_tax_deadline_is_still_answered() -> None:
    matcher = invented_matcher(OFFICE)
    result = matcher.match("pajak motor jatuh tempo kapan ya")
    assert result.entry_id == "pajak-kendaraan-jatuh-tempo"


def _facets(profiles: tuple[dict[str, float], ...]) -> EntryFacets:
    return EntryFacets(phrase_table({}), profiles, {})


def test_an_off_topic_entry_asking_the_facet_is_passed_only_when_the_topic_is_covered() -> None:
    facets = _facets(({"lateness": 0.8}, {"lateness": 0.2}))
    asked = frozenset({"lateness"})
    covered = [Contender(0, 80.0, 0.1), Contender(1, 70.0, 0.9)]
    assert to_demote(facets, asked, covered, 0.6, 0.15, 35.0) == {0}
    thin = [Contender(0, 80.0, 0.1), Contender(1, 70.0, 0.4)]
    assert to_demote(facets, asked, thin, 0.6, 0.15, 35.0) == frozenset()


def test_an_entry_tied_with_the_asking_sibling_is_passed_too() -> None:
    # the permit entry scores half a point below the tax entry that asks the cost:
    # breaking the tie on canonical coverage would put it first again
    facets = _facets(({}, {"cost": 0.8}))
    asked = frozenset({"cost"})
    tied = [Contender(0, 64.0, 0.8), Contender(1, 64.5, 0.8)]
    assert to_demote(facets, asked, tied, 0.6, 0.15, 35.0, 1.0) == {0}
    apart = [Contender(0, 62.0, 0.8), Contender(1, 64.5, 0.8)]
    assert to_demote(facets, asked, apart, 0.6, 0.15, 35.0, 1.0) == frozenset()
