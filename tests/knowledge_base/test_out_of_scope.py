"""Messages a knowledge base does not answer, though they share a word with an entry:
a resident trying the line ("test 123", "is it working?"), in English as typed, is
chatter, not the vehicle-test or job entry the bridge's reading of "test" or "works"
points to."""

from __future__ import annotations

import pytest

from knowledge_base.matcher import Intent, Matcher, Smalltalk
from tests.knowledge_base.invented_kb import invented_matcher


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return invented_matcher(
        """
        - id: uji-kendaraan
          agency: dinas
          question: Apa syarat uji kendaraan angkutan barang?
          keywords: [uji kir, uji kendaraan]
          answer: Bawa STNK dan buku uji ke UPT pengujian kendaraan.
        - id: kartu-pencari-kerja
          agency: dinas
          question: Bagaimana cara membuat kartu pencari kerja?
          keywords: [kartu kuning, pencari kerja]
          answer: Daftar di dinas tenaga kerja dengan KTP dan ijazah.
        - id: jam-kerja-kantor
          agency: dinas
          question: Jam kerja kantor pelayanan sampai jam berapa?
          keywords: [jam kerja]
          answer: Senin sampai Jumat pukul 08.00 sampai 15.00.
        """
    )


@pytest.mark.parametrize(
    "message",
    ["test 1 2 3", "testing testing", "is it working?", "just checking if it works", "coba tes"],
)
def test_trying_the_line_is_chatter(matcher: Matcher, message: str) -> None:
    result = matcher.match(message)
    assert (result.intent, result.smalltalk, result.entry_id) == (
        Intent.SMALLTALK,
        Smalltalk.ACK,
        None,
    )


@pytest.mark.parametrize(
    ("message", "entry_id"),
    [("test kir truk syaratnya apa", "uji-kendaraan"), ("uji kir truk bawa apa", "uji-kendaraan")],
)
def test_a_test_the_knowledge_base_names_is_still_asked(
    matcher: Matcher, message: str, entry_id: str
) -> None:
    result = matcher.match(message)
    assert (result.intent, result.entry_id) == (Intent.FAQ, entry_id)


def test_a_service_run_by_another_office_is_not_the_entry_sharing_its_verbs() -> None:
    """PLN (electricity) and a school diploma are services the lexicon knows: an entry on
    new water connections or on legalising population documents lacks them."""
    matcher = invented_matcher(
        """
        - id: sambungan-air
          agency: pdam
          question: Apa syarat pasang baru sambungan air PDAM untuk rumah?
          keywords: [pasang baru air, sambungan baru pdam]
          answer: Isi formulir pasang baru, lampirkan KTP dan denah rumah.
        - id: legalisir-dokumen
          agency: disdukcapil
          question: Apakah fotokopi KK dan akta perlu dilegalisir?
          keywords: [legalisir akta, legalisir kk]
          answer: Dokumen bertanda tangan elektronik tidak perlu dilegalisir.
        """
    )
    for message in ("syarat pasang baru listrik pln ke rumah", "legalisir fotokopi ijazah smp"):
        assert matcher.match(message).intent is not Intent.FAQ, message
    assert matcher.match("syarat pasang baru air pdam").entry_id == "sambungan-air"


def test_the_motor_vehicle_tax_is_not_the_land_tax() -> None:
    matcher = invented_matcher(
        """
        - id: pbb-online
          agency: bapenda
          question: Bisakah bayar PBB secara online?
          keywords: [bayar pbb online, pbb lewat e-wallet]
          answer: PBB bisa dibayar lewat mobile banking, QRIS dan dompet digital.
        - id: pajak-kendaraan
          agency: bapenda
          question: Di mana membayar pajak kendaraan bermotor?
          keywords: [pajak motor, samsat]
          answer: Pajak kendaraan dibayar di Samsat atau aplikasi Samsat online.
        """
    )
    assert matcher.match("pajak mobil bisa dibayar online lewat dompet digital?").entry_id != (
        "pbb-online"
    )
    assert matcher.match("bayar pajak motor tahunan di mana").entry_id == "pajak-kendaraan"
    assert matcher.match("bayar pbb online lewat e-wallet bisa?").entry_id == "pbb-online"


def test_a_school_level_or_a_permit_the_entry_lacks_is_not_answered_with_it() -> None:
    matcher = invented_matcher(
        """
        - id: daftar-sd-smp
          agency: disdik
          question: Bagaimana cara mendaftar SD dan SMP negeri?
          keywords: [pendaftaran sd negeri, pendaftaran smp negeri]
          answer: Daftar lewat laman SPMB dengan KK dan akta kelahiran anak.
        - id: periksa-hamil
          agency: dinkes
          question: Di mana ibu hamil bisa periksa kehamilan gratis?
          keywords: [periksa kehamilan, bidan]
          answer: Periksa di puskesmas atau bidan desa dengan buku KIA.
        """
    )
    for message in ("daftar paud negeri buat anak 3 tahun syaratnya apa", "izin praktik bidan"):
        assert matcher.match(message).intent is not Intent.FAQ, message
    assert matcher.match("daftar sd negeri syaratnya apa").entry_id == "daftar-sd-smp"
    assert matcher.match("periksa kehamilan ke bidan gratis?").entry_id == "periksa-hamil"


@pytest.mark.parametrize(
    "message", ["admin masih online nggak?", "min, lagi online?", "halo, ada orang nggak?"]
)
def test_asking_whether_the_admin_is_there_is_a_greeting(message: str) -> None:
    """ "online" is a word of a payment entry too; a message of nothing but it, the admin
    and a question word asks whether someone is there."""
    matcher = invented_matcher(
        """
        - id: bayar-retribusi-online
          agency: bapenda
          question: Bisakah bayar retribusi sampah secara online?
          keywords: [bayar online, retribusi online]
          answer: Retribusi bisa dibayar lewat mobile banking dan QRIS.
        """
    )
    result = matcher.match(message)
    assert (result.intent, result.smalltalk) == (Intent.SMALLTALK, Smalltalk.GREETING)
    assert matcher.match("retribusi sampah bisa bayar online nggak?").entry_id == (
        "bayar-retribusi-online"
    )
