"""A lost card and a damaged one are two entries: the state the message tells picks one,
a denied or likened state is none, and a message telling both gets "did you mean".
Invented entries and messages."""

from __future__ import annotations

from knowledge_base.card_states import state_words, told_states
from knowledge_base.facets import word_forms
from knowledge_base.matcher import Intent
from tests.knowledge_base.invented_kb import invented_matcher

CARDS = """
    - id: kartu-pertama
      agency: dukcapil
      questions:
        - Bagaimana membuat kartu penduduk pertama kali?
        - umur 17 bikin kartu penduduk di mana
      keywords: [kartu penduduk baru, rekam kartu penduduk]
      answer: Bawa KK ke kantor dukcapil untuk perekaman.
    - id: kartu-hilang
      agency: dukcapil
      questions:
        - Bagaimana mengurus kartu penduduk yang hilang?
        - kartu penduduk saya hilang di terminal, gantinya gimana
      keywords: [kartu penduduk hilang, cetak ulang kartu penduduk]
      answer: Minta surat kehilangan dari polsek, lalu bawa ke dukcapil dengan KK.
    - id: kartu-rusak
      agency: dukcapil
      questions:
        - Bagaimana mengganti kartu penduduk yang rusak atau patah?
        - kartu penduduk luntur tulisannya urus ganti di mana
      keywords: [kartu penduduk rusak, ganti kartu penduduk]
      answer: Serahkan kartu yang rusak dan fotokopi KK di dukcapil, tanpa surat polisi.
    """


def _told(text: str) -> frozenset[str]:
    matcher = invented_matcher(CARDS)
    normaliser = matcher.index.normaliser
    return told_states(word_forms(normaliser, normaliser.tokens(text)), state_words(normaliser))


def test_a_purse_gone_under_water_with_the_card_is_a_lost_card() -> None:
    result = invented_matcher(CARDS).match(
        "perahu kami terbalik dan dompet saya tenggelam bersama kartu penduduk, "
        "bagaimana dapat kartu pengganti?"
    )
    assert (result.intent, result.entry_id) == (Intent.FAQ, "kartu-hilang")


def test_a_card_whose_loss_is_denied_is_a_damaged_card() -> None:
    result = invented_matcher(CARDS).match(
        "kartu penduduk ibu saya warnanya pudar dan ujungnya retak, kartunya tidak hilang, "
        "masih ada di lemari. cara menggantinya bagaimana?"
    )
    assert (result.intent, result.entry_id) == (Intent.FAQ, "kartu-rusak")


def test_letters_gone_from_the_card_are_damage_not_loss() -> None:
    assert _told("hurufnya hilang kena air") == {"damaged"}


def test_a_state_only_likened_to_is_not_told() -> None:
    assert _told("kartunya tercuci, apa harus lapor polisi seperti kalau hilang") == {"damaged"}


def test_the_police_loss_letter_named_tells_no_loss() -> None:
    assert _told("kartu masih ada tapi patah, perlu surat kehilangan juga?") == {"damaged"}


def test_a_card_snatched_with_the_bag_is_lost() -> None:
    assert _told("tas saya dijambret di pasar, isinya kartu penduduk") == {"lost"}


def test_a_message_telling_both_states_answers_neither() -> None:
    result = invented_matcher(CARDS).match(
        "kartu penduduk saya patah, kartu penduduk istri hilang dicopet, ganti gimana?"
    )
    assert result.intent == Intent.NONE
    assert {"kartu-hilang", "kartu-rusak"} <= set(result.suggestions)


def test_a_damaged_card_asked_in_the_first_cards_words_answers_the_damaged_card() -> None:
    result = invented_matcher(CARDS).match(
        "kartu penduduk saya kecuci sampai tulisannya luntur, bikin kartu penduduk baru gimana"
    )
    assert (result.intent, result.entry_id) == (Intent.FAQ, "kartu-rusak")


def test_a_lost_sibling_is_no_rival_to_the_damaged_card_the_message_tells() -> None:
    result = invented_matcher(CARDS).match(
        "kartu penduduk masih ada tapi tulisannya luntur, bukan hilang. bisa bikin yang baru?"
    )
    assert (result.intent, result.entry_id) == (Intent.FAQ, "kartu-rusak")


def test_a_first_card_asked_beside_a_loss_denied_stays_the_first_card() -> None:
    result = invented_matcher(CARDS).match(
        "sy belum pernah punya kartu penduduk, bukan ganti yg hilang, mau bikin dari awal"
    )
    assert (result.intent, result.entry_id) == (Intent.FAQ, "kartu-pertama")


MOVING = (
    CARDS
    + """
    - id: pindah-datang
      agency: dukcapil
      questions:
        - Bagaimana mengurus surat pindah datang dari luar kabupaten?
        - baru datang dari provinsi lain mau jadi penduduk sini
      keywords: [surat pindah, pindah datang, skpwni]
      answer: Bawa SKPWNI dari daerah asal ke dukcapil.
    """
)


def test_a_card_with_an_address_elsewhere_is_not_answered_as_a_first_card() -> None:
    result = invented_matcher(MOVING).match(
        "baru pindah dari Jayapura ke sini, alamat di kartu penduduk masih yang lama, "
        "harus lapor ke mana"
    )
    assert result.intent == Intent.NONE


def test_a_first_card_asked_with_the_family_cards_address_stays_the_first_card() -> None:
    result = invented_matcher(MOVING).match(
        "anak saya umur 17, belum pernah punya kartu penduduk, alamatnya ikut KK, rekam di mana"
    )
    assert (result.intent, result.entry_id) == (Intent.FAQ, "kartu-pertama")
