"""A permit the resident says is issued, asked of only with the asking frame and a facet
word ("pbg udah terbit, ... apa lagi biar bisa dipakai?"), asks a later step: the entry
for getting the permit is offered, not answered (see knowledge_base.known_leader).
Invented entries and messages."""

from __future__ import annotations

from knowledge_base.matcher import Intent
from tests.knowledge_base.invented_kb import invented_matcher

BUILDING = """
    - id: izin-bangunan-syarat
      agency: dpmptsp
      questions:
        - Apa syarat mengurus persetujuan bangunan gedung (PBG)?
        - syarat pbg rumah tinggal
      keywords: [pbg, persetujuan bangunan gedung, izin bangunan]
      answer: Ajukan lewat SIMBG dengan gambar teknis, sertifikat tanah dan KTP.
    - id: laik-fungsi
      agency: dpmptsp
      questions:
        - Bagaimana mengurus sertifikat laik fungsi (SLF) bangunan?
      keywords: [slf, sertifikat laik fungsi]
      answer: SLF diajukan lewat SIMBG setelah bangunan selesai, dengan laporan pengawasan.
    - id: ambulans
      agency: dinkes
      question: Nomor ambulans gratis berapa?
      keywords: [ambulans]
      answer: Hubungi 119.
    """


def test_a_permit_issued_and_a_building_done_asking_what_else_is_not_answered_the_permit() -> None:
    result = invented_matcher(BUILDING).match(
        "pbg sudah terbit dan bangunan sudah jadi, sekarang apa lagi yang harus diurus biar"
        " boleh dipakai"
    )
    assert result.entry_id != "izin-bangunan-syarat"


def test_asking_the_permit_itself_is_still_answered() -> None:
    result = invented_matcher(BUILDING).match("syarat pbg rumah tinggal apa saja")
    assert result.intent == Intent.FAQ and result.entry_id == "izin-bangunan-syarat"
