"""A state the message denies before a contrast ("tidak hilang, cuma ...", "ga ilang,
saya memang ...") is disowned as "bukan hilang" is, and a later part asking about it
besides ("perlu surat kehilangan juga?") keeps it disowned (see
knowledge_base.disowning). Invented entries and messages."""

from __future__ import annotations

from knowledge_base.disowning import denied_first
from tests.knowledge_base.invented_kb import invented_matcher

LIBRARY = """
    - id: kartu-perpus-hilang
      agency: x
      questions:
        - Kartu perpustakaan saya hilang, bagaimana cara menggantinya?
        - kartu perpus hilang gimana
      keywords: [kartu perpustakaan hilang]
      answer: Lapor kehilangan ke loket perpustakaan dengan membawa surat kehilangan.
    - id: kartu-perpus-rusak
      agency: x
      questions:
        - Kartu perpustakaan saya rusak, bagaimana cara menggantinya?
        - kartu perpus patah gimana
      keywords: [kartu perpustakaan rusak]
      answer: Bawa kartu yang rusak ke loket perpustakaan untuk dicetak ulang.
    - id: kartu-perpus-baru
      agency: x
      questions:
        - Bagaimana cara membuat kartu perpustakaan untuk pertama kali?
        - daftar jadi anggota perpustakaan
      keywords: [kartu perpustakaan baru, anggota perpustakaan]
      answer: Daftar anggota di loket perpustakaan dengan membawa KTP.
    """


def test_a_state_denied_before_a_contrast_reads_as_disowned() -> None:
    parts = [("kartu", "saya", "tidak", "hilang"), ("cuma", "patah")]
    assert denied_first(parts)[0] == ("kartu", "saya", "bukan", "hilang")


def test_a_negated_want_or_question_is_no_denied_state() -> None:
    parts = [("pajak", "tidak", "tanya"), ("cuma", "mau", "tau", "jadwal")]
    assert denied_first(parts) == parts


def test_a_card_never_lost_is_not_answered_with_the_lost_card() -> None:
    matcher = invented_matcher(LIBRARY)
    text = "kartu perpus saya ga hilang, saya memang belum pernah punya, cara bikinnya gmn"
    assert matcher.match(text).entry_id != "kartu-perpus-hilang"


def test_a_card_not_lost_but_broken_gets_the_broken_card() -> None:
    matcher = invented_matcher(LIBRARY)
    text = "kartu perpus saya tidak hilang, cuma patah, cara gantinya gimana?"
    assert matcher.match(text).entry_id == "kartu-perpus-rusak"


def test_a_card_not_lost_asking_the_loss_letter_too_gets_the_broken_card() -> None:
    matcher = invented_matcher(LIBRARY)
    text = "kartu perpus masih ada, tidak hilang, cuma patah. perlu surat kehilangan juga?"
    assert matcher.match(text).entry_id == "kartu-perpus-rusak"
