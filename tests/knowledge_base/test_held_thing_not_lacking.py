"""A resident who says they hold the thing ("masih ada di tangan", "sudah di tangan")
is not asking the entry about not having it ("... hilang", "... belum diterima"): the
next entry within reach is put first (see knowledge_base.known_part). Invented entries
and messages."""

from __future__ import annotations

from tests.knowledge_base.invented_kb import invented_matcher

CARDS = """
    - id: kartu-nelayan-hilang
      agency: x
      questions:
        - Kartu nelayan saya hilang, bagaimana mengurus kartu pengganti?
        - kartu nelayan hilang perlu surat kehilangan dari polisi?
      keywords: [kartu nelayan hilang, surat kehilangan kartu nelayan]
      answer: Bawa surat kehilangan dari polisi dan KTP ke dinas perikanan.
    - id: kartu-nelayan-rusak
      agency: x
      questions:
        - Kartu nelayan saya rusak, bagaimana menggantinya?
        - kartu nelayan patah gimana
      keywords: [kartu nelayan rusak]
      answer: Bawa kartu yang rusak dan KTP ke dinas perikanan, tanpa surat kehilangan.
    """


def test_a_card_still_in_hand_but_broken_gets_the_broken_card() -> None:
    matcher = invented_matcher(CARDS)
    text = "kartu nelayan masih ada di tangan tapi patah, apa tetap harus bikin surat "
    text += "kehilangan dari polisi juga?"
    assert matcher.match(text).entry_id == "kartu-nelayan-rusak"


def test_a_card_already_in_hand_asking_the_loss_letter_gets_the_broken_card() -> None:
    matcher = invented_matcher(CARDS)
    text = "kartu nelayan sudah di tangan tapi patah, perlu surat kehilangan?"
    assert matcher.match(text).entry_id == "kartu-nelayan-rusak"


def test_a_card_in_hand_disowned_as_lost_is_not_put_back_as_lost() -> None:
    matcher = invented_matcher(CARDS)
    text = "kartu nelayan ada di tangan tapi patah, bukan hilang. perlu surat kehilangan juga kah?"
    assert matcher.match(text).entry_id == "kartu-nelayan-rusak"
