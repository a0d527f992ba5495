"""A short message's known part that names a sibling entry does not answer it: the
entry its question part points to is put first (see knowledge_base.known_part).
Invented entries and messages."""

from __future__ import annotations

from knowledge_base.matcher import Intent
from tests.knowledge_base.invented_kb import invented_matcher

STALLS = """
    - id: izin-usaha-warung
      agency: x
      questions:
        - Bagaimana cara mengurus nomor izin usaha warung makan lewat OSS?
        - bikin izin usaha warung makan online
      keywords: [izin usaha, oss, nomor izin usaha]
      answer: Nomor izin usaha warung makan diurus sendiri lewat OSS dengan NIK, gratis.
    - id: wajib-pajak-warung
      agency: x
      questions:
        - Bagaimana mendaftar sebagai wajib pajak warung makan?
        - daftar npwpd warung makan di mana
      keywords: [npwpd, pajak warung makan]
      answer: Pendaftaran wajib pajak warung makan di kantor pajak daerah dengan KTP dan izin usaha.
    - id: sewa-tenda
      agency: x
      questions:
        - Bagaimana menyewa tenda kecamatan untuk acara?
      keywords: [sewa tenda]
      answer: Tenda disewa di kantor kecamatan.
    """


def test_a_permit_the_resident_has_is_not_answered_for_the_tax_registration() -> None:
    text = "izin usaha warung makan udah ada dari oss, terus daftar wajib pajaknya gimana"
    result = invented_matcher(STALLS).match(text)
    assert result.entry_id != "izin-usaha-warung"
    assert result.entry_id == "wajib-pajak-warung" or result.suggestions[0] == "wajib-pajak-warung"


def test_a_permit_asked_after_a_tax_already_paid_is_still_answered() -> None:
    text = "pajak warung makan udah bayar, terus izin usaha nya lewat oss gimana"
    result = invented_matcher(STALLS).match(text)
    assert result.intent is Intent.FAQ and result.entry_id == "izin-usaha-warung"


def test_a_known_situation_of_the_asked_permit_keeps_its_answer() -> None:
    result = invented_matcher(STALLS).match(
        "warung makan sudah buka, izin usaha lewat oss nya gimana"
    )
    assert result.intent is Intent.FAQ and result.entry_id == "izin-usaha-warung"


def test_a_permit_the_resident_confirms_is_not_answered_for_the_tax_registration() -> None:
    text = "nomor izin usaha warung makan lewat oss ya, terus wajib pajaknya daftar gimana"
    result = invented_matcher(STALLS).match(text)
    assert result.entry_id != "izin-usaha-warung"


def test_a_registration_the_resident_does_not_want_is_not_answered() -> None:
    text = "ga mau bikin izin usaha oss kok, cuma mau tau daftar wajib pajak warung makan"
    result = invented_matcher(STALLS).match(text)
    assert result.entry_id != "izin-usaha-warung"


def test_a_registration_conceded_before_tapi_is_not_answered_for_the_permit() -> None:
    text = "npwpd warung makan bisa online, tapi izin usaha nya sendiri bikin di mana"
    result = invented_matcher(STALLS).match(text)
    assert result.entry_id != "wajib-pajak-warung"


def test_a_thing_asked_as_itself_leaves_what_was_said_of_it_known() -> None:
    text = "npwpd warung makan itu buat usaha, nah daftar izin usaha sendiri gimana"
    result = invented_matcher(STALLS).match(text)
    assert result.entry_id != "wajib-pajak-warung"
