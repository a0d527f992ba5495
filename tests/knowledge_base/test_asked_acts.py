"""A short question asking an act of the entry's thing that the entry never offers
(renting it, a wage, a private provider) is offered, not answered; the same words
telling the writer's situation, or an entry whose texts offer the act, still answer."""

from __future__ import annotations

import pytest

from knowledge_base.matcher import Intent, Matcher
from tests.knowledge_base.invented_kb import invented_matcher


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return invented_matcher(
        """
        - id: jadwal-kapal
          agency: dishub
          questions:
            - Jam berapa jadwal kapal ke pulau seberang?
          keywords: [jadwal kapal, kapal pulau]
          answer: Kapal berangkat dari dermaga pukul 08.00 dan 14.00 setiap hari.
        - id: kader-posyandu
          agency: dinkes
          questions:
            - Bagaimana cara menjadi kader posyandu?
          keywords: [kader posyandu]
          answer: Daftar ke bidan desa; kader dilatih puskesmas sebulan sekali.
        - id: gedung-serbaguna
          agency: setda
          questions:
            - Bagaimana cara memakai gedung serbaguna untuk acara?
          keywords: [gedung serbaguna]
          answer: Ajukan surat ke kecamatan; biaya pemakaian Rp500.000 per hari.
        - id: izin-praktik-bidan
          agency: dinkes
          questions:
            - Apa syarat surat izin praktik bidan?
          keywords: [izin praktik bidan]
          answer: Lampirkan STR, ijazah dan rekomendasi organisasi profesi.
        """
    )


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        ("sewa kapal ke pulau seberang berapa sehari", "jadwal-kapal"),
        ("kapal swasta ke pulau seberang jam berapa", "jadwal-kapal"),
        ("honor kader posyandu sebulan berapa", "kader-posyandu"),
    ],
)
def test_an_act_the_entry_never_offers_asked_by_a_short_question_is_offered_not_answered(
    matcher: Matcher, message: str, entry: str
) -> None:
    result = matcher.match(message)
    assert result.intent != Intent.FAQ
    assert entry in result.suggestions


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        ("saya bidan di klinik swasta, syarat izin praktik apa", "izin-praktik-bidan"),
        ("syarat izin praktik bagi bidan di klinik swasta", "izin-praktik-bidan"),
        ("sewa gedung serbaguna buat acara berapa", "gedung-serbaguna"),
    ],
)
def test_an_act_told_of_the_writer_or_offered_by_the_entry_still_answers(
    matcher: Matcher, message: str, entry: str
) -> None:
    result = matcher.match(message)
    assert result.intent == Intent.FAQ
    assert result.entry_id == entry


@pytest.fixture(scope="module")
def school_matcher() -> Matcher:
    return invented_matcher(
        """
        - id: daftar-sekolah
          agency: disdik
          questions:
            - Bagaimana cara mendaftar SD negeri untuk siswa baru?
          keywords: [daftar sd negeri, siswa baru]
          answer: Pendaftaran siswa baru SD negeri dibuka Juni lewat situs dinas pendidikan.
        - id: nib-usaha
          agency: dpmptsp
          questions:
            - Bagaimana cara membuat NIB untuk usaha mikro?
          keywords: [nib, usaha mikro]
          answer: NIB dibuat gratis lewat OSS dengan NIK dan nomor HP.
        - id: surat-tidak-mampu
          agency: desa
          questions:
            - Bagaimana cara membuat surat keterangan tidak mampu?
          keywords: [sktm, surat keterangan tidak mampu, surat keterangan miskin]
          answer: Minta pengantar RT, lalu ke kantor desa dengan KTP dan KK.
        """
    )


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        ("seragam sekolah gratis buat siswa baru sd negeri kapan dibagi", "daftar-sekolah"),
        ("bantuan modal usaha mikro dari dinas daftarnya di mana", "nib-usaha"),
        ("beasiswa siswa sd negeri daftarnya kapan", "daftar-sekolah"),
    ],
)
def test_a_benefit_the_entry_never_offers_asked_by_a_short_question_is_offered(
    school_matcher: Matcher, message: str, entry: str
) -> None:
    """A school uniform, business capital or a scholarship is another benefit than the
    enrolment or the business number the message's other words name."""
    result = school_matcher.match(message)
    assert result.intent != Intent.FAQ
    assert entry in result.suggestions


def test_a_benefit_named_as_what_the_thing_asked_is_for_still_answers(
    school_matcher: Matcher,
) -> None:
    result = school_matcher.match("surat keterangan miskin buat daftar beasiswa bikinnya di mana")
    assert (result.intent, result.entry_id) == (Intent.FAQ, "surat-tidak-mampu")
