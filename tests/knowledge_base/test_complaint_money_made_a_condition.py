"""Money made a condition of the service by the one serving it is a complaint however the
resident closes: told to pay ("petugas bilang harus bayar 75 ribu"), the service withheld
unless paid ("tidak akan diproses kalau tidak ada uang rokok"), done at once once paid
("kalau bayar 150 ribu besok langsung jadi"), paid first or paid extra, questioned as
legitimate or not ("itu resmi atau tidak") or against a service said to be free. A
resident asking what a service costs, or what follows not paying, still asks.

The messages and the knowledge base are written for this test."""

from __future__ import annotations

import pytest

from knowledge_base.complaint_reproach import disputes_told, pays_irregularly
from knowledge_base.matcher import Intent, Matcher
from knowledge_base.phrases import spaced
from tests.knowledge_base.invented_kb import invented_matcher

_KB = """
- id: kartu-pencari-kerja
  agency: dinas tenaga kerja
  questions:
    - Bagaimana cara membuat kartu pencari kerja?
    - syarat kartu kuning
  keywords: [kartu pencari kerja, kartu kuning]
  answer: Kartu pencari kerja dibuat di dinas tenaga kerja dengan KTP dan ijazah, gratis.
- id: retribusi-pasar
  agency: dinas perdagangan
  questions:
    - Berapa retribusi lapak pasar?
    - kalau tidak bayar retribusi pasar apa sanksinya
  keywords: [retribusi pasar, lapak pasar]
  answer: Retribusi lapak pasar Rp3.000 per hari, dengan karcis resmi.
- id: bantuan-bedah-rumah
  agency: dinas perumahan
  questions:
    - Bagaimana cara mendapat bantuan bedah rumah?
  keywords: [bedah rumah]
  answer: Bantuan bedah rumah diusulkan lewat desa, tanpa biaya apa pun.
"""


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return invented_matcher(_KB)


@pytest.mark.parametrize(
    "text",
    [
        "petugas dinas bilang kartu kuning harus bayar 80 ribu buat cap, kuitansinya tidak ada",
        "Pegawainya bilang berkas saya tidak akan diproses kalau tidak ada uang rokok.",
        "Pegawai dinas bilang formulir habis, tapi kalau bayar 100 ribu besok langsung jadi.",
        "untuk dapat bantuan bedah rumah kami disuruh setor 2 juta dulu ke pendamping, itu"
        " resmi atau tidak",
        "the officer told me I had to pay 300k to speed up my job seeker card, isn't it"
        " supposed to be free?",
    ],
)
def test_money_an_official_makes_a_condition_of_the_service_is_a_complaint(
    matcher: Matcher, text: str
) -> None:
    assert matcher.match(text).intent == Intent.COMPLAINT


@pytest.mark.parametrize(
    "text",
    [
        "kalau tidak bayar retribusi pasar apa sanksinya",
        "bikin kartu kuning harus bayar tidak",
        "apakah bantuan bedah rumah harus bayar dulu",
    ],
)
def test_asking_what_a_service_costs_or_what_not_paying_brings_is_no_complaint(
    matcher: Matcher, text: str
) -> None:
    assert matcher.match(text).intent != Intent.COMPLAINT


@pytest.mark.parametrize(
    ("text", "disputed", "irregular"),
    [
        ("disuruh setor 3 juta dulu ke pendamping itu resmi atau tidak", True, True),
        ("harus bayar lebih banyak kalau tidak mau antri apa ini resmi", True, True),
        ("retribusi pasar berapa sehari itu resmi atau tidak", True, False),
    ],
)
def test_paid_first_or_paid_extra_is_irregular_and_or_not_still_points_back(
    text: str, disputed: bool, irregular: bool
) -> None:
    spaced_text = spaced(text.split(" "))
    assert disputes_told(spaced_text) is disputed
    assert pays_irregularly(spaced_text) is irregular
