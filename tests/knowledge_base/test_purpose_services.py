"""A service named as the purpose of a document ("SKCK buat daftar CPNS") is what the
resident needs the document for, not the service asked about: it vetoes no entry, so a
KB answering the document but not the purpose answers the message. Invented entries and
messages."""

from __future__ import annotations

import pytest

from knowledge_base.purpose import purpose_services
from knowledge_base.weighting import salient_terms
from tests.knowledge_base.invented_kb import invented_matcher

TOWN = """
    - id: skck-pengantar
      agency: pemerintahan
      questions:
        - Bagaimana cara membuat SKCK?
        - Apa syarat mengurus SKCK?
      keywords: [skck, surat kelakuan baik]
      answer: Minta surat pengantar dari kelurahan, lalu datang ke Polsek dengan KTP dan KK.
    - id: surat-keterangan-sehat
      agency: kesehatan
      questions:
        - Bagaimana cara mendapatkan surat keterangan sehat?
        - Di mana bikin surat keterangan sehat?
      keywords: [surat keterangan sehat, surat sehat]
      answer: Surat keterangan sehat dibuat di puskesmas setelah pemeriksaan dokter.
    - id: ktp-hilang
      agency: dukcapil
      questions:
        - Bagaimana mengurus KTP yang hilang?
      keywords: [ktp hilang]
      answer: Bawa surat kehilangan dari polisi dan fotokopi KK ke kantor dukcapil.
    """


def _purpose(text: str) -> frozenset[str]:
    matcher = invented_matcher(TOWN)
    tokens = matcher.analyse(text).tokens
    salient = salient_terms(matcher.index, tokens)
    return purpose_services(matcher.index.normaliser, tokens, salient)


@pytest.mark.parametrize(
    "text",
    [
        "mau bikin SKCK buat daftar CPNS",
        "skck buat cpns bisa di mana",
        "syarat skck guna melamar pppk",
        "surat sehat untuk daftar cpns bikin dimana",
    ],
)
def test_a_service_after_a_word_of_purpose_is_the_purpose(text: str) -> None:
    assert _purpose(text) & {"cpns", "pppk"}


@pytest.mark.parametrize(
    "text",
    [
        "untuk cpns syaratnya apa aja",  # the purpose word fronts the topic
        "mau tanya untuk pendaftaran cpns kapan",
        "saya warga desa sukamaju, untuk cpns di mana",
        "daftar cpns buat skck dimana",  # "buat" before a service: make one
        "cpns untuk lulusan sma ada?",
    ],
)
def test_a_service_with_no_service_or_letter_before_the_purpose_is_the_subject(
    text: str,
) -> None:
    assert "cpns" not in _purpose(text)


@pytest.mark.parametrize(
    ("text", "entry"),
    [
        ("mau bikin SKCK buat daftar CPNS", "skck-pengantar"),
        ("syarat skck untuk melamar pppk apa aja", "skck-pengantar"),
        ("cara dapat surat keterangan sehat untuk daftar cpns", "surat-keterangan-sehat"),
    ],
)
def test_the_document_is_answered_though_the_kb_lacks_its_purpose(text: str, entry: str) -> None:
    assert invented_matcher(TOWN).match(text).entry_id == entry


@pytest.mark.parametrize(
    "text", ["syarat daftar cpns apa aja", "untuk cpns syaratnya apa", "kapan buka pppk"]
)
def test_a_service_the_kb_lacks_asked_for_itself_is_still_withheld(text: str) -> None:
    assert invented_matcher(TOWN).match(text).entry_id is None


def test_a_letters_as_a_requirement_of_names_the_purpose() -> None:
    assert _purpose("saya memerlukan SKCK sebagai syarat melamar PPPK") == {"pppk"}
    assert _purpose("surat keterangan sehat sebagai persyaratan seleksi CPNS") == {"cpns"}


def test_a_formal_letter_needing_a_document_for_an_application_is_answered() -> None:
    text = (
        "Dengan hormat, saya memerlukan SKCK sebagai syarat pendaftaran PPPK. Di mana mengurusnya?"
    )
    result = invented_matcher(TOWN).match(text)
    assert result.entry_id == "skck-pengantar"
