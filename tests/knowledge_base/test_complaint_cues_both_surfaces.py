"""A complaint cue written with a word the English bridge reads as another ("tidak bisa
login": "login" becomes "masuk") is found whether the message is read normalised or as
typed. The messages are invented."""

from __future__ import annotations

from knowledge_base.complaint import complaint_features
from knowledge_base.complaint_cues import either_surface_cue_score
from knowledge_base.lexicon import build_lexicon, default_lexicon
from knowledge_base.normaliser import Normaliser
from knowledge_base.tokens import words_of


def _cues(text: str) -> float:
    normaliser = Normaliser(default_lexicon(), ["aplikasi", "akun", "gerbang", "sekolah"])
    tokens = normaliser.tokens(text)
    return complaint_features(tokens, False, default_lexicon(), typed=words_of(text))["cues"]


def test_a_login_that_fails_is_a_cue_though_the_bridge_reads_login_as_entering() -> None:
    assert _cues("akun aplikasi kepegawaian gak bisa login dari senin") > 0


def test_the_bridged_reading_alone_is_no_cue() -> None:
    # "masuk" is what "login" reads as, but a gate one cannot drive into is no login
    assert _cues("gerbang sekolah tidak bisa masuk mobil") == 0


def test_a_cue_of_any_bridged_word_is_found_as_typed() -> None:
    lexicon = build_lexicon(
        domain=[],
        generic=set(),
        slang=[("gk", "tidak")],
        english=[("upload", "unggah")],
        function_words=[],
        smalltalk=[],
        complaint_cues=[("tidak bisa upload", "1.5")],
    )
    assert lexicon.rewritten_cue_words == {"upload"}
    normalised = ["berkas", "tidak", "bisa", "unggah"]
    typed = ("berkas", "gk", "bisa", "upload")
    assert either_surface_cue_score(normalised, typed, lexicon) == 1.5
    assert either_surface_cue_score(normalised, ("berkas",), lexicon) == 0
