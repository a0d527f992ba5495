"""A document the message names as a thing to bring ("bawa akte sama KK") is a
requirement it asks about, not the service it asks for: it vetoes no entry and weighs
as any word. Invented entries and messages."""

from __future__ import annotations

from knowledge_base.brought import brought_documents
from knowledge_base.head import frame_terms
from knowledge_base.weighting import salient_terms
from tests.knowledge_base.invented_kb import invented_matcher

TOWN = """
    - id: daftar-smp-negeri
      agency: pendidikan
      questions:
        - Bagaimana cara mendaftarkan anak ke SMP negeri?
        - Kapan pendaftaran SMP negeri dibuka?
      keywords: [ppdb smp, daftar smp negeri]
      answer: Daftar di sekolah dengan membawa akta kelahiran anak, KK dan pas foto.
    - id: akta-kelahiran-syarat
      agency: dukcapil
      questions:
        - Apa syarat membuat akta kelahiran?
        - Bikin akta kelahiran bawa apa?
      keywords: [akta kelahiran]
      answer: Bawa surat keterangan lahir, KK dan KTP orang tua.
    - id: kk-baru
      agency: dukcapil
      questions:
        - Bagaimana membuat KK baru?
        - Apa syarat mengurus kartu keluarga baru?
      keywords: [kk baru]
      answer: Bawa surat nikah dan KTP ke kantor dukcapil.
    """


def _brought(text: str) -> frozenset[str]:
    matcher = invented_matcher(TOWN)
    index = matcher.index
    tokens = matcher.analyse(text).tokens
    salient = salient_terms(index, tokens)
    return brought_documents(index.normaliser, tokens, salient, frame_terms(index))


def test_documents_after_a_verb_of_bringing_are_brought() -> None:
    assert _brought("daftar smp negeri bawa akte sama kk cukup ga") == {"akta", "kk"}


def test_a_document_not_needed_is_brought() -> None:
    assert "akta" in _brought("daftar smp negeri cukup kk aja kan, gak perlu akta?")


def test_a_message_naming_nothing_but_the_document_keeps_it_as_its_subject() -> None:
    assert _brought("harus bawa kk ga?") == frozenset()


def test_a_document_the_resident_needs_is_no_brought_document() -> None:
    assert _brought("saya perlu akta kelahiran anak, syaratnya apa") == frozenset()


def test_the_enrolment_is_answered_not_the_documents_brought_for_it() -> None:
    matcher = invented_matcher(TOWN)
    for text in (
        "anak masuk smp negeri bawa akte sama kk doang cukup ga sih",
        "masuk smp negeri cukup bawa kk kan? ga perlu akta?",
        "pendaftaran smp bawa akta kk cukup?",
    ):
        result = matcher.match(text)
        assert result.entry_id in (None, "daftar-smp-negeri"), text
        assert "daftar-smp-negeri" in (result.entry_id, *result.suggestions), text


def test_the_document_asked_for_is_still_answered() -> None:
    matcher = invented_matcher(TOWN)
    assert matcher.match("bikin akta kelahiran bawa apa aja").entry_id == "akta-kelahiran-syarat"
