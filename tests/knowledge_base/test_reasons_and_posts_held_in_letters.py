"""A letter gives the reason for its request after it ("... karena telah diangkat menjadi
PNS", "... soalnya dimutasi sebagai ASN"): a service named there is why the resident
asks, as a purpose is, and a post told as held ("sudah jadi PNS", "diangkat menjadi
ASN") asks no way to become one. Invented entries and messages."""

from __future__ import annotations

import pytest

from knowledge_base.errands import asserted
from knowledge_base.purpose import purpose_services
from knowledge_base.weighting import salient_terms
from tests.knowledge_base.invented_kb import invented_matcher

TOWN = """
    - id: ubah-data-ktp
      agency: dukcapil
      questions:
        - Bagaimana cara mengubah data pekerjaan atau pendidikan di KTP?
        - Dokumen apa untuk memperbarui data KTP?
      keywords: [ubah data ktp, perbarui data]
      answer: Bawa KK, KTP lama dan surat keterangan dari tempat kerja ke kantor dukcapil.
    - id: rekam-ktp-pemula
      agency: dukcapil
      questions:
        - Bagaimana cara membuat KTP pertama kali?
      keywords: [rekam ktp, ktp pemula]
      answer: Datang ke kecamatan membawa KK untuk perekaman setelah berumur 17 tahun.
    """


def _purpose(text: str) -> frozenset[str]:
    matcher = invented_matcher(TOWN)
    tokens = matcher.analyse(text).tokens
    salient = salient_terms(matcher.index, tokens)
    return purpose_services(matcher.index.normaliser, tokens, salient)


@pytest.mark.parametrize(
    "text",
    [
        "mau ubah data pekerjaan di ktp karena sudah diangkat jadi pns",
        "perbarui data ktp soalnya saya sekarang pns",
        "update data ktp sebab sudah lulus seleksi cpns",
    ],
)
def test_a_service_in_the_reason_after_the_request_is_why_it_is_asked(text: str) -> None:
    assert _purpose(text) & {"pns", "cpns"}


def test_a_service_in_a_reason_opening_the_message_is_still_its_subject() -> None:
    assert not _purpose("karena sudah jadi pns, syarat ubah datanya apa")


@pytest.mark.parametrize(
    ("words", "kept"),
    [
        ("sudah jadi pns", "sudah pns"),
        ("telah angkat jadi asn", "telah angkat asn"),
        ("mau jadi pns", "mau jadi pns"),
    ],
)
def test_a_post_told_as_held_is_no_errand_of_becoming(words: str, kept: str) -> None:
    assert " ".join(asserted(words.split())) == kept


def test_a_letter_updating_a_card_after_an_appointment_is_answered() -> None:
    text = (
        "Dengan hormat, saya bermaksud memperbarui data pekerjaan pada KTP saya karena telah "
        "diangkat menjadi PNS. Mohon informasi dokumen yang diperlukan."
    )
    assert invented_matcher(TOWN).match(text).entry_id == "ubah-data-ktp"
