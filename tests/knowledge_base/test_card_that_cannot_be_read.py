"""A card that can no longer be read asks for a replacement as a lost or damaged one
does. Invented entries and messages."""

from __future__ import annotations

from knowledge_base.matcher import Intent
from tests.knowledge_base.invented_kb import invented_matcher

CARDS = """
    - id: kartu-pertama
      agency: dukcapil
      questions:
        - Bagaimana membuat kartu identitas pertama kali?
        - bikin kartu identitas baru
      keywords: [kartu identitas baru, kartu pertama]
      answer: Bawa akta kelahiran dan KK ke kantor dukcapil.
    - id: kartu-rusak
      agency: dukcapil
      questions:
        - Bagaimana mengganti kartu identitas yang hilang atau rusak?
      keywords: [kartu hilang, kartu rusak, ganti kartu]
      answer: Bawa kartu lama atau surat kehilangan ke kantor dukcapil.
    """


def test_a_card_whose_chip_cannot_be_read_is_a_damaged_card() -> None:
    result = invented_matcher(CARDS).match(
        "the chip on my identity card cannot be read anymore, can i get a new card"
    )
    assert (result.intent, result.entry_id) == (Intent.FAQ, "kartu-rusak")
