"""A thing said to be already in a bad state ("pohonnya udah lapuk", "atapnya sudah
bocor") is the thing asked about, not something the resident has done or has: "sudah"
before a bad-state word tells no given part (see knowledge_base.given). Invented
entries and messages."""

from __future__ import annotations

from knowledge_base.given import given_reading
from tests.knowledge_base.invented_kb import invented_matcher

TREES = """
    - id: tebang-pohon-rawan
      agency: x
      questions:
        - Bagaimana meminta penebangan pohon lapuk yang rawan tumbang?
        - pohon lapuk depan rumah bisa ditebang dinas?
      keywords: [tebang pohon, pohon lapuk]
      answer: Ajukan permohonan penebangan ke DLH dengan foto pohon dan alamatnya.
    - id: jadwal-pangkas-pohon
      agency: x
      questions:
        - Kapan jadwal pemangkasan pohon di jalan kota?
        - pangkas dahan pohon jalan kapan
      keywords: [pangkas pohon, jadwal pangkas]
      answer: Pemangkasan pohon jalan kota dilakukan tiap bulan Oktober sebelum musim hujan.
    """


def _background(text: str) -> frozenset[str]:
    matcher = invented_matcher(TREES)
    found = given_reading(text, matcher.analyse(text), matcher.index.normaliser)
    return frozenset() if found is None else found.background


def test_a_thing_already_rotten_stays_the_topic() -> None:
    text = "punya pohon mangga udah lapuk, mau ditebang tapi gak ada gergaji, "
    text += "ada layanan tebang dinas?"
    assert "pohon" not in _background(text)


def test_a_thing_already_had_is_still_given() -> None:
    background = _background("surat rt sudah ada, sekarang pangkas pohon jalan jadwalnya kapan?")
    assert "rt" in background
