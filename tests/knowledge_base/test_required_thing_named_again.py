"""A thing told as required by another service ("izin keramaian minta skck",
"syaratnya skck") and named again by the question ("skck itu bikinnya di mana") is
what is asked how to get: the service requiring it is background (see
knowledge_base.given). Invented entries and messages."""

from __future__ import annotations

from tests.knowledge_base.invented_kb import invented_matcher

EVENTS = """
    - id: izin-keramaian
      agency: x
      questions:
        - Bagaimana cara mengurus izin keramaian untuk hajatan atau konser?
        - izin keramaian syaratnya apa
      keywords: [izin keramaian, izin acara]
      answer: Izin keramaian diurus di polsek dengan KTP, surat pengantar desa dan SKCK panitia.
    - id: skck-buat
      agency: x
      questions:
        - Bagaimana cara membuat SKCK?
        - skck bikin di mana
      keywords: [skck, surat keterangan catatan kepolisian]
      answer: SKCK dibuat di polres dengan KTP, KK dan pas foto, biaya Rp30.000.
    """


def test_a_certificate_a_permit_asks_for_named_again_gets_the_certificate() -> None:
    matcher = invented_matcher(EVENTS)
    found = matcher.match("izin keramaian minta skck, skck itu bikinnya di mana")
    assert found.entry_id == "skck-buat"


def test_a_requirement_told_then_named_again_with_syaratnya_gets_the_requirement() -> None:
    matcher = invented_matcher(EVENTS)
    found = matcher.match("buat izin keramaian syaratnya skck, skck itu dibuat di mana")
    assert found.entry_id == "skck-buat"


def test_a_requirement_asked_as_its_own_question_stays_the_permit() -> None:
    matcher = invented_matcher(EVENTS)
    found = matcher.match("izin keramaian syaratnya apa aja, bikinnya di mana")
    assert found.entry_id == "izin-keramaian"
