"""A foreigner's stay permit (KITAS), a plantation's registration and
its sustainability certificate and a tax return are documents of their own: asked of an
entry about another document, that entry is offered, not answered. The messages are
invented."""

from __future__ import annotations

import pytest

from knowledge_base.kinds import message_things
from knowledge_base.matcher import Intent, Matcher
from tests.knowledge_base.invented_kb import invented_matcher


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return invented_matcher(
        """
        - id: kk-baru-menikah
          agency: disdukcapil
          questions:
            - Bagaimana membuat Kartu Keluarga baru setelah menikah?
          keywords: [kk baru, kartu keluarga baru]
          answer: Bawa buku nikah dan KK lama orang tua ke Disdukcapil.
        - id: stdb-kebun
          agency: disbun
          questions:
            - Bagaimana cara membuat STDB untuk kebun sawit rakyat?
          keywords: [stdb, surat tanda daftar budidaya]
          answer: Ajukan ke dinas perkebunan dengan KTP, bukti hak atas tanah dan peta kebun.
        """
    )


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("cara dapat kitas", "kitas"),
        ("biaya sertifikat ispo", "ispo"),
        ("lapor spt tahunan", "spt pajak"),
    ],
)
def test_each_is_a_document(matcher: Matcher, text: str, thing: str) -> None:
    tokens = matcher.analyse(text).tokens
    assert thing in message_things(matcher.index, tokens)["document"]


@pytest.mark.parametrize(
    ("message", "entry_id"),
    [
        ("istri saya wna, setelah menikah cara dapat kitas bagaimana", "kk-baru-menikah"),
        ("biaya sertifikasi ispo untuk kebun sawit rakyat berapa", "stdb-kebun"),
    ],
)
def test_another_document_is_offered_not_answered(
    matcher: Matcher, message: str, entry_id: str
) -> None:
    result = matcher.match(message)
    assert result.entry_id != entry_id or result.intent is not Intent.FAQ


def test_the_entry_s_own_document_is_answered(matcher: Matcher) -> None:
    result = matcher.match("bikin stdb kebun sawit rakyat syaratnya apa")
    assert (result.intent, result.entry_id) == (Intent.FAQ, "stdb-kebun")
