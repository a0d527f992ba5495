"""A question asking the fee of a private professional (a notary, a lawyer, a guide, a
builder) is the market's: an entry that names the professional only in passing is
offered, not answered; an entry that speaks of that fee, or a question that asks no fee,
is answered. The messages are invented."""

from __future__ import annotations

import pytest

from knowledge_base.decision import Thresholds
from knowledge_base.matcher import Intent, Matcher, MatcherConfig
from knowledge_base.provider_fees import provider_fees
from tests.knowledge_base.invented_kb import invented_kb

ENTRIES = """
- id: pajak-balik-nama-tanah
  agency: bapenda
  questions:
    - Bagaimana cara menghitung pajak BPHTB waktu beli tanah?
    - beli tanah bayar bphtb berapa
  keywords: [bphtb, pajak beli tanah, akta jual beli]
  answer: >-
    BPHTB dihitung 5 persen dari nilai transaksi dikurangi nilai tidak kena pajak.
    Pajak ini dibayar sebelum akta jual beli ditandatangani di hadapan notaris, lalu
    divalidasi Bapenda.
- id: pendirian-bumdes
  agency: dpmd
  questions:
    - Bagaimana mendirikan BUMDes di desa kami?
    - pendirian bumdes biayanya berapa
  keywords: [bumdes, pendirian bumdes, akta bumdes]
  answer: >-
    BUMDes didirikan lewat musyawarah desa dan peraturan desa. Biaya notaris untuk
    akta pendirian ditanggung dana desa, dan pendampingan dari dinas gratis.
- id: izin-pramuwisata
  agency: dispar
  questions:
    - Bagaimana cara mendapat kartu pramuwisata resmi?
    - syarat jadi pemandu wisata berlisensi
  keywords: [pramuwisata, kartu pemandu, lisensi pemandu]
  answer: Daftar di Dinas Pariwisata dengan KTP, sertifikat kompetensi dan pasfoto.
"""


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher(invented_kb(ENTRIES))


@pytest.mark.parametrize(
    "message",
    [
        "biaya notaris untuk akta jual beli tanah kira-kira berapa",
        "ongkos notaris akta jual beli tanah berapa persen",
        "tarif pemandu wisata berlisensi sehari berapa",
    ],
)
def test_a_professionals_fee_the_entry_never_speaks_of_is_offered_not_answered(
    matcher: Matcher, message: str
) -> None:
    result = matcher.match(message)
    assert result.intent is not Intent.FAQ
    off = Matcher(invented_kb(ENTRIES), MatcherConfig(thresholds=Thresholds(provider_fees=False)))
    assert off.match(message).intent is Intent.FAQ


@pytest.mark.parametrize(
    ("message", "entry_id"),
    [
        ("bikin bumdes biaya notarisnya siapa yang tanggung", "pendirian-bumdes"),
        (
            "akta jual beli tanah ditandatangani notaris, bphtb dibayar kapan",
            "pajak-balik-nama-tanah",
        ),
        ("syarat jadi pemandu wisata berlisensi apa saja", "izin-pramuwisata"),
    ],
)
def test_an_entry_speaking_of_the_fee_or_a_question_asking_no_fee_is_answered(
    matcher: Matcher, message: str, entry_id: str
) -> None:
    result = matcher.match(message)
    assert (result.intent, result.entry_id) == (Intent.FAQ, entry_id)


def test_only_answers_that_name_a_professional_are_read_for_a_fee_and_none_is_missed(
    matcher: Matcher,
) -> None:
    english = invented_kb(
        """
- id: koperasi-baru
  agency: dinkop
  questions:
    - Bagaimana mendirikan koperasi baru?
  keywords: [koperasi]
  answer: The notary fee for the deed is covered by the cooperative office.
"""
    )
    assert provider_fees(matcher.index).offered == (
        frozenset(),
        frozenset({"notaris"}),
        frozenset(),
    )
    assert provider_fees(Matcher(english).index).offered == (frozenset({"notaris"}),)
