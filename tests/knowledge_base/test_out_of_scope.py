"""Messages a knowledge base does not answer, though they share a word with an entry:
a resident trying the line ("test 123", "is it working?"), in English as typed, is
chatter, not the vehicle-test or job entry the bridge's reading of "test" or "works"
points to."""

from __future__ import annotations

import pytest

from knowledge_base.entries import KbEntry, KnowledgeBase
from knowledge_base.matcher import Intent, Matcher, Smalltalk


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    entries = [
        KbEntry(
            id="uji-kendaraan",
            agency="dinas",
            questions=("Apa syarat uji kendaraan angkutan barang?",),
            keywords=("uji kir", "uji kendaraan"),
            answer="Bawa STNK dan buku uji ke UPT pengujian kendaraan.",
        ),
        KbEntry(
            id="kartu-pencari-kerja",
            agency="dinas",
            questions=("Bagaimana cara membuat kartu pencari kerja?",),
            keywords=("kartu kuning", "pencari kerja"),
            answer="Daftar di dinas tenaga kerja dengan KTP dan ijazah.",
        ),
        KbEntry(
            id="jam-kerja-kantor",
            agency="dinas",
            questions=("Jam kerja kantor pelayanan sampai jam berapa?",),
            keywords=("jam kerja",),
            answer="Senin sampai Jumat pukul 08.00 sampai 15.00.",
        ),
    ]
    return Matcher(KnowledgeBase(entries))


@pytest.mark.parametrize(
    "message",
    ["test 1 2 3", "testing testing", "is it working?", "just checking if it works", "coba tes"],
)
def test_trying_the_line_is_chatter(matcher: Matcher, message: str) -> None:
    result = matcher.match(message)
    assert (result.intent, result.smalltalk, result.entry_id) == (
        Intent.SMALLTALK,
        Smalltalk.ACK,
        None,
    )


@pytest.mark.parametrize(
    ("message", "entry_id"),
    [("test kir truk syaratnya apa", "uji-kendaraan"), ("uji kir truk bawa apa", "uji-kendaraan")],
)
def test_a_test_the_knowledge_base_names_is_still_asked(
    matcher: Matcher, message: str, entry_id: str
) -> None:
    result = matcher.match(message)
    assert (result.intent, result.entry_id) == (Intent.FAQ, entry_id)
