"""A private hospital is not the regency's hospital, and a plantation company is not a
mining company (see data/kinds.tsv): an entry about one is offered, not answered, for a
question about the other; its own thing is still answered."""

from __future__ import annotations

import pytest

from knowledge_base.matcher import Intent, Matcher
from tests.knowledge_base.invented_kb import invented_matcher


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return invented_matcher(
        """
        - id: rsud-daftar-online
          agency: rsud
          questions:
            - Bagaimana cara daftar online berobat di rumah sakit umum daerah?
            - daftar rsud lewat aplikasi
          keywords: [daftar online rsud, antrean rumah sakit]
          answer: Pendaftaran online RSUD lewat aplikasi antrean paling lambat H-1.
        - id: csr-tambang
          agency: dpmd
          questions:
            - Bagaimana desa mengusulkan program CSR perusahaan tambang?
          keywords: [csr tambang, dana csr]
          answer: Desa mengajukan usulan program ke forum CSR kabupaten tiap Maret.
        """
    )


@pytest.mark.parametrize(
    "message",
    [
        "daftar online berobat di rs swasta lewat apa",
        "dana csr perusahaan sawit bisa diusulkan desa?",
    ],
)
def test_another_hospital_or_industry_is_not_answered_with_the_entry(
    matcher: Matcher, message: str
) -> None:
    assert matcher.match(message).intent is not Intent.FAQ


@pytest.mark.parametrize(
    ("message", "entry_id"),
    [
        ("daftar online berobat di rsud lewat apa", "rsud-daftar-online"),
        ("dana csr perusahaan tambang bisa diusulkan desa?", "csr-tambang"),
    ],
)
def test_the_entry_s_own_hospital_or_industry_is_answered(
    matcher: Matcher, message: str, entry_id: str
) -> None:
    result = matcher.match(message)
    assert (result.intent, result.entry_id) == (Intent.FAQ, entry_id)
