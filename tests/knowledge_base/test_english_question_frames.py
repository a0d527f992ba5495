"""An English question's frame asks what it asks: "what do I need for ..." asks the
requirements, as "syaratnya apa" does, and "what do I need to do ..." the way. Invented
entries and messages."""

from __future__ import annotations

from tests.knowledge_base.invented_kb import invented_matcher

BIRTHS = """
    - id: akta-lahir-syarat
      agency: disdukcapil
      questions:
        - Apa saja syarat membuat akta kelahiran?
        - syarat akta lahir bayi
      keywords: [syarat akta kelahiran]
      answer: Bawa surat keterangan lahir, KK dan KTP kedua orang tua.
    - id: akta-lahir-lama
      agency: disdukcapil
      questions:
        - Berapa lama akta kelahiran jadi?
        - akta lahir selesai berapa hari
      keywords: [lama proses akta kelahiran]
      answer: Akta kelahiran selesai dalam tiga hari kerja.
    - id: ktp-hilang
      agency: disdukcapil
      questions:
        - Bagaimana cara mengurus KTP yang hilang?
      keywords: [ktp hilang]
      answer: Lapor kehilangan ke polsek, lalu bawa suratnya ke Disdukcapil.
    """


def test_what_do_i_need_for_a_certificate_reads_as_its_requirements() -> None:
    matcher = invented_matcher(BIRTHS)
    assert "syarat" in matcher.normalise("what do I need for my baby's birth certificate")
    assert "syarat" in matcher.normalise("what do we need to bring for a birth certificate")


def test_what_do_i_need_to_do_reads_as_the_way_not_the_requirements() -> None:
    matcher = invented_matcher(BIRTHS)
    reading = matcher.normalise("what do I need to do now that my ID card is lost")
    assert "cara" in reading
    assert "syarat" not in reading


def test_a_requirements_question_in_english_is_answered_with_the_requirements_entry() -> None:
    matcher = invented_matcher(BIRTHS)
    result = matcher.match("what do I need for my baby's birth certificate?")
    assert result.entry_id == "akta-lahir-syarat"
