"""A document a short message says the resident already has (see knowledge_base.given)
is no other thing the asked entry lacks (see knowledge_base.kinds): the scope guards
read the words asked. Invented entries and messages."""

from __future__ import annotations

from knowledge_base.matcher import Intent
from tests.knowledge_base.invented_kb import invented_matcher

PERMITS = """
    - id: skck-buat
      agency: polres
      questions:
        - Bagaimana cara membuat SKCK?
        - bikin skck di mana
      keywords: [skck, surat keterangan catatan kepolisian]
      answer: SKCK dibuat di polres dengan KTP, KK dan pas foto.
    - id: paspor-kerja
      agency: imigrasi
      questions:
        - Dokumen apa saja untuk membuat paspor bagi yang mau kerja ke luar negeri?
        - paspor kerja luar negeri syaratnya apa
      keywords: [paspor kerja, paspor luar negeri]
      answer: Paspor dibuat di kantor imigrasi dengan KTP, KK, akta lahir dan rekomendasi dinas.
    - id: sim-buat
      agency: polres
      question: Bagaimana cara membuat SIM baru?
      keywords: [sim baru]
      answer: SIM dibuat di Satpas polres setelah ujian teori dan praktik.
    """


def test_a_police_record_already_had_does_not_keep_the_passport_entry_back() -> None:
    matcher = invented_matcher(PERMITS)
    result = matcher.match("skck sudah punya, tapi mau kerja ke luar negeri, dokumen apa saja")
    assert (result.intent, result.entry_id) == (Intent.FAQ, "paspor-kerja")


def test_a_police_record_asked_about_still_guards_the_passport_entry() -> None:
    matcher = invented_matcher(PERMITS)
    result = matcher.match("mau kerja ke luar negeri, skck nya bikin di mana")
    assert result.entry_id != "paspor-kerja"
