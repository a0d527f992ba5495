"""Asking for a recommendation ("... ada rekomendasi?", "can you recommend ..."), the
best one by a superlative ("kopi tiam paling enak"), or a lodging a road project's
"kontrak" does not name asks the market, not the entry sharing the place's or the
thing's words; a letter of recommendation had or needed, and a deadline ("paling
lambat"), are still the service's. The messages are invented."""

from __future__ import annotations

import pytest

from knowledge_base.decision import Thresholds
from knowledge_base.matcher import Intent, Matcher, MatcherConfig
from tests.knowledge_base.invented_kb import invented_kb

ENTRIES = """
- id: izin-homestay
  agency: dpmptsp
  questions:
    - Bagaimana cara mengurus izin usaha homestay atau pondok wisata di tepi danau?
    - izin homestay di pinggir danau syaratnya apa
  keywords: [izin homestay, pondok wisata]
  answer: Pemilik homestay mendaftar NIB lewat OSS lalu mengajukan sertifikat standar
    ke dinas pariwisata.
- id: pajak-warung-kopi
  agency: bapenda
  questions:
    - Apakah warung kopi dan kedai kopi kena pajak restoran?
    - warung kopi di pasar lama kena pajak berapa
  keywords: [pajak warung kopi, pajak kedai kopi]
  answer: Warung kopi beromzet di atas batas wajib membayar pajak barang dan jasa
    tertentu 10 persen, paling lambat tanggal 15 bulan berikutnya.
- id: informasi-publik
  agency: diskominfo
  questions:
    - Bagaimana cara meminta informasi publik ke PPID?
    - mau minta dokumen kontrak proyek jalan lewat ppid
  keywords: [ppid, informasi publik]
  answer: Isi formulir permohonan informasi di meja PPID dengan melampirkan KTP.
- id: slf-rekomendasi-damkar
  agency: damkar
  questions:
    - Bagaimana mendapat rekomendasi proteksi kebakaran dari damkar untuk SLF gedung?
  keywords: [rekomendasi damkar, proteksi kebakaran]
  answer: Ajukan pemeriksaan hidran dan APAR gedung ke Damkar; rekomendasinya jadi lampiran SLF.
"""


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher(invented_kb(ENTRIES))


@pytest.mark.parametrize(
    "message",
    [
        "booking homestay di pinggir danau untuk liburan natal ada rekomendasi?",
        "sewa villa di pinggir danau semalam kisaran berapa ya? ada rekomendasi",
        "homestay di tepi danau any recommendation?",
        "can you recommend a homestay by the lake",
        "rekomendasi kopi tiam paling enak di pasar lama",
        "warung kopi mana di pasar lama yang jual arabika paling enak",
        "ada info sewa rumah kontrakan murah di dekat kantor?",
    ],
)
def test_asking_the_market_for_a_recommendation_is_offered_not_answered(
    matcher: Matcher, message: str
) -> None:
    result = matcher.match(message)
    assert result.intent is not Intent.FAQ
    assert result.suggestions


@pytest.mark.parametrize(
    ("message", "entry_id"),
    [
        ("izin homestay di pinggir danau syaratnya apa aja", "izin-homestay"),
        ("warung kopi kena pajak, bayarnya paling lambat tanggal berapa", "pajak-warung-kopi"),
        ("sudah ada rekomendasi damkar, slf gedung ngajuinnya gimana", "slf-rekomendasi-damkar"),
        ("minta dokumen kontrak proyek jalan ke ppid gimana", "informasi-publik"),
    ],
)
def test_a_service_asked_beside_the_same_words_is_still_answered(
    matcher: Matcher, message: str, entry_id: str
) -> None:
    result = matcher.match(message)
    assert (result.intent, result.entry_id) == (Intent.FAQ, entry_id)


def test_without_the_guard_the_homestay_permit_answers_a_recommendation_ask() -> None:
    message = "booking homestay di pinggir danau untuk liburan natal ada rekomendasi?"
    off = Matcher(invented_kb(ENTRIES), MatcherConfig(thresholds=Thresholds(own_purchase=False)))
    assert (off.match(message).intent, off.match(message).entry_id) == (
        Intent.FAQ,
        "izin-homestay",
    )
