"""An entry that lacks a service the message names is no sibling in the facet rule
(see scorer._favour_facets): asking the message's facet, it does not pass the entry
that has the service. Invented entries and messages."""

from __future__ import annotations

from tests.knowledge_base.invented_kb import invented_matcher

OFFICE = """
    - id: kk-hilang
      agency: x
      questions:
        - Bagaimana mengganti kartu keluarga yang hilang atau rusak?
        - kk saya rusak kena air, gimana gantinya
      keywords: [kk hilang, kk rusak]
      answer: Laporkan kehilangan ke kelurahan lalu ajukan penggantian di kantor.
    - id: rekam-ktp
      agency: x
      questions:
        - Apa saja syarat perekaman KTP elektronik bagi remaja yang baru berusia 17 tahun?
        - remaja yang baru 17 tahun mau bikin ktp elektronik harus bawa dokumen apa
        - dokumen untuk rekam ktp elektronik pertama kali apa saja
      keywords: [rekam ktp elektronik, syarat rekam ktp remaja]
      answer: Bawa KK asli dan datang ke kantor kecamatan.
    - id: sewa-aula
      agency: y
      question: Berapa tarif sewa aula kantor?
      keywords: [sewa aula]
      answer: Tarif sewa aula diatur peraturan daerah.
    """


def test_the_entry_with_the_named_service_is_not_demoted_by_one_lacking_it() -> None:
    matcher = invented_matcher(OFFICE)
    text = "kk kami hanyut kebawa arus, bikin lagi bawa apa"
    ranked = matcher.ranked(text, matcher.analyse(text))
    best = ranked[0]
    assert best.entry_id == "kk-hilang"
    lacking = next(c for c in ranked if c.entry_id == "rekam-ktp")
    assert lacking.missing_salient
    # not moved behind the entry lacking the KK (a facet demotion of 35 points)
    assert best.score > lacking.score - 10
    result = matcher.match(text)
    assert "kk-hilang" in (result.entry_id, *result.suggestions)
