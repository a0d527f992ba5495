"""A service's other name (alternates.tsv) stands for it in an entry's questions: an
entry about BPJS does not lack the KIS a resident names."""

from __future__ import annotations

from knowledge_base.matcher import Intent
from tests.knowledge_base.invented_kb import invented_matcher

ENTRIES = """
    - id: pindah-faskes
      agency: dinkes
      question: Bagaimana cara pindah faskes BPJS ke puskesmas lain?
      answer: Peserta KIS atau BPJS pindah faskes lewat aplikasi Mobile JKN.
    - id: kis-hilang
      agency: dinsos
      question: Kartu KIS saya hilang, bagaimana cetak ulang?
      answer: Lapor ke dinas sosial dengan membawa KTP.
    - id: akta-lahir
      agency: disdukcapil
      question: Apa syarat akta kelahiran?
      answer: Surat keterangan lahir dan KK.
    """


def test_a_message_naming_the_card_gets_the_entry_that_names_the_scheme() -> None:
    result = invented_matcher(ENTRIES).match("cara pindah faskes kis ke puskesmas lain")
    assert (result.intent, result.entry_id) == (Intent.FAQ, "pindah-faskes")


def test_a_service_with_no_other_name_in_the_entry_is_still_missing() -> None:
    result = invented_matcher(ENTRIES).match("cara pindah faskes paspor")
    assert result.intent is not Intent.FAQ
