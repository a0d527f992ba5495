"""A kind of service the message asks (a vaccination, a repair) that none of the entry's
texts names is offered, not answered; an entry whose answer names the kind still
answers, and a kind named only as the purpose of another service asks nothing."""

from __future__ import annotations

import pytest

from knowledge_base.matcher import Intent, Matcher
from tests.knowledge_base.invented_kb import invented_matcher


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return invented_matcher(
        """
        - id: tes-kusta-obat
          agency: dinkes
          questions:
            - Di mana tes kusta dan pengobatannya gratis?
            - periksa kusta di mana
          keywords: [tes kusta, obat kusta]
          answer: Tes dan obat kusta gratis di puskesmas; bawa KTP.
        - id: bantuan-pompa-air
          agency: distan
          questions:
            - Bagaimana kelompok tani mengajukan bantuan pompa air sawah?
          keywords: [bantuan pompa air, pompa air sawah]
          answer: Ketua kelompok tani mengajukan proposal ke dinas pertanian.
        - id: posyandu-bayi
          agency: dinkes
          questions:
            - Kapan jadwal posyandu bayi di desa?
          keywords: [jadwal posyandu]
          answer: Posyandu buka tiap tanggal 10; bayi ditimbang dan diberi imunisasi dasar.
        - id: surat-sehat
          agency: dinkes
          questions:
            - Bagaimana membuat surat keterangan sehat di puskesmas?
          keywords: [surat keterangan sehat]
          answer: Datang ke puskesmas dengan KTP; dokter memeriksa lalu menerbitkan surat.
        """
    )


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        ("vaksin kusta sudah ada belum di puskesmas?", "tes-kusta-obat"),
        ("imunisasi kusta buat anak gratis ga", "tes-kusta-obat"),
        ("pompa air sawah kelompok tani rusak, servis di mana?", "bantuan-pompa-air"),
    ],
)
def test_a_kind_of_service_the_entry_never_names_is_offered_not_answered(
    matcher: Matcher, message: str, entry: str
) -> None:
    result = matcher.match(message)
    assert result.intent != Intent.FAQ
    assert entry in result.suggestions


def test_an_entry_whose_answer_names_the_kind_still_answers(matcher: Matcher) -> None:
    result = matcher.match("jadwal imunisasi bayi di posyandu desa kapan")
    assert (result.intent, result.entry_id) == (Intent.FAQ, "posyandu-bayi")


def test_a_kind_named_as_the_purpose_of_another_service_asks_nothing(
    matcher: Matcher,
) -> None:
    result = matcher.match("surat keterangan sehat buat daftar vaksinasi bikin di puskesmas")
    assert (result.intent, result.entry_id) == (Intent.FAQ, "surat-sehat")
