"""Chat writes the suffix "-kan" without its vowel ("alihkn", "daftarkn"): no Indonesian
word ends in "kn", so a word so written is the "-kan" form of its root when the root is
known. The messages are invented."""

from __future__ import annotations

from knowledge_base.lexicon import default_lexicon
from knowledge_base.matcher import Intent
from knowledge_base.normaliser import Normaliser
from knowledge_base.word_forms import chat_kan
from tests.knowledge_base.invented_kb import invented_matcher


def test_a_kn_ending_is_the_kan_form_of_a_known_root() -> None:
    known = {"alih", "daftar", "kirim"}.__contains__
    assert chat_kan("alihkn", known) == "alihkan"
    assert chat_kan("daftarkn", known) == "daftarkan"


def test_a_kn_ending_on_an_unknown_root_is_left_to_the_other_readings() -> None:
    assert chat_kan("zqwkn", {"alih"}.__contains__) is None
    assert chat_kan("kn", {"alih"}.__contains__) is None


def test_a_message_with_kn_reads_the_kan_word() -> None:
    normaliser = Normaliser(default_lexicon(), ["pengalihan", "alihkan", "kios", "pasar"])
    assert normaliser.normalise("alihkn kios pasar") == "alihkan kios pasar"


def test_a_question_with_a_kn_word_finds_its_entry() -> None:
    matcher = invented_matcher(
        """
        - id: kios-alih-nama
          agency: disperindag
          question: Bagaimana mengalihkan hak pakai kios pasar kepada anak?
          keywords: [alihkan kios, balik nama kios pasar]
          answer: Ajukan permohonan pengalihan ke kantor pengelola pasar dengan KTP dan KK.
        - id: kios-sewa-baru
          agency: disperindag
          question: Bagaimana menyewa kios pasar yang kosong?
          keywords: [sewa kios baru]
          answer: Daftar di kantor pengelola pasar.
        """
    )
    result = matcher.match("mau alihkn kios pasar ke anak, syaratnya apa")
    assert (result.intent, result.entry_id) == (Intent.FAQ, "kios-alih-nama")
