"""A complaint signal phrase is found in a message typed with it, however the normaliser
reads its words: the table is read at load time as messages are ("saudaranya sendiri"
is "saudara sendiri", "main hp" is "main ponsel"), and the normaliser corrects no word
of it into another ("dibanting" is no "dibanding"). The messages are invented."""

from __future__ import annotations

import pytest

from knowledge_base.complaint import KINDS, complaint_features, default_signals
from knowledge_base.complaint_told import TOLD
from knowledge_base.data_tables import data_rows
from knowledge_base.english_forms import english_base_form
from knowledge_base.lexicon import build_lexicon, default_lexicon
from knowledge_base.normaliser import Normaliser
from knowledge_base.phrases import spaced
from knowledge_base.signal_readings import phrase_readings, with_readings
from knowledge_base.stemmer import strip_particle
from knowledge_base.tokens import words_of

KB_WORDS = ["bantuan", "daftar", "penerima", "pintu", "kantor", "tembok", "sekolah", "jalan"]


def _normaliser() -> Normaliser:
    return Normaliser(default_lexicon(), KB_WORDS)


def _found(text: str) -> dict[str, float]:
    tokens = _normaliser().tokens(text)
    return complaint_features(tokens, False, default_lexicon(), typed=words_of(text))


def _english(phrase: str) -> bool:
    english = default_lexicon().english_words
    return any(w in english or english_base_form(w, english) != w for w in phrase.split())


def _general(phrase: str) -> bool:
    """A phrase the normaliser reads as function words only ("doang" is "saja")."""
    lexicon = default_lexicon()
    return all(w in lexicon.function_words for w in _normaliser().tokens(phrase))


def test_every_indonesian_signal_phrase_is_found_in_its_own_normalised_words() -> None:
    normaliser, signals = _normaliser(), default_signals()
    lost = []
    for row in data_rows("complaint_signals.tsv"):
        kind, phrase = row[0], row[1] if len(row) > 1 else ""
        if kind not in KINDS or "*" in phrase or _english(phrase):
            continue  # an English phrase is read as typed too (see complaint_told)
        read = [strip_particle(t) for t in normaliser.tokens(phrase)]
        if not signals.has(kind, spaced(read)) and not _general(phrase):
            lost.append(f"{kind}: {phrase} -> {' '.join(read)}")
    assert lost == []


def test_a_relative_favoured_with_nya_is_conduct_though_the_particle_is_stripped() -> None:
    assert _found("kepala dusun cuma daftarkan saudaranya sendiri jadi penerima bantuan")[
        "conduct_by_official"
    ]


def test_a_chat_word_for_a_phone_keeps_an_official_playing_with_it_conduct() -> None:
    assert _found("petugas di kantor kelurahan malah main hp terus")["conduct"]


def test_papers_slammed_down_are_no_comparison() -> None:
    assert _normaliser().tokens("berkas saya dibanting petugas")[2] == "dibanting"
    assert _found("berkas saya dibanting petugas di loket")["conduct_by_official"]


def test_a_leaning_pole_and_peeling_paint_are_bad_states_not_other_words() -> None:
    assert _found("tiang di jalan depan sekolah doyong ke arah rumah")["bad"]
    assert _found("cat tembok sekolah sudah kelupas semua")["bad"]


def test_a_chat_form_of_another_word_still_reads_as_that_word() -> None:
    assert "tolak" in _normaliser().tokens("kantor nolak berkas saya")


def test_an_english_report_of_nobody_coming_reads_as_the_bridge_reads_it() -> None:
    assert _found("nobody came to fix the lamp on our street")["bad"]
    assert _found("nobody came to fix the lamp on our street")["place"]


def test_a_reading_made_only_of_function_words_is_not_kept() -> None:
    lexicon = build_lexicon(
        domain=[],
        generic=set(),
        slang=[("doang", "saja"), ("hp", "ponsel")],
        english=[("fees", "biaya")],
        function_words=["saja"],
        smalltalk=[],
        complaint_cues=[],
    )
    assert list(phrase_readings("doang", lexicon)) == []
    assert list(phrase_readings("main hp", lexicon)) == ["main ponsel"]
    # an English word the bridge reads as an everyday one is no report's word
    assert list(phrase_readings("fees", lexicon, told=True)) == []
    assert list(phrase_readings("fees", lexicon)) == ["biaya"]


def test_the_readings_follow_the_phrases_of_each_kind() -> None:
    lexicon = build_lexicon(
        domain=[],
        generic=set(),
        slang=[("hp", "ponsel")],
        english=[],
        function_words=[],
        smalltalk=[],
        complaint_cues=[],
    )
    readings = with_readings({"conduct": ["main hp", "kerabatnya"]}, lexicon)
    assert readings == {"conduct": ["main hp", "kerabatnya", "main ponsel", "kerabat"]}
    assert "conduct" in TOLD


def test_a_hamlet_head_is_an_official_and_his_hamlet_no_place_of_the_problem() -> None:
    found = _found("kepala dusun minta uang ke warga")
    assert found["official"] and not found["place"]


def test_a_resident_not_asked_is_no_question_tag() -> None:
    from knowledge_base.typed_asking import is_asking

    assert not is_asking("kepala dusun pilih sendiri penerimanya, warga lain tidak ditanya")
    assert not is_asking("bantuan dibagi ke kerabat, kami yang miskin ga punya")
    assert is_asking("urus surat pindah ribet ga prosesnya")


def test_a_gaping_hole_is_a_bad_state_not_split_into_other_words() -> None:
    assert "menganga" in _normaliser().tokens("lubang bekas galian di jalan menganga")
    assert _found("lubang bekas galian di jalan menganga")["bad"]


@pytest.mark.parametrize(
    "text",
    [
        "pendaftaran online gagal terus dari pagi",
        "banner toko dipaku ke pohon sepanjang jalan sekolah",
        "spanduk bekas menutupi trotoar depan kantor",
        "tagihan air naik tiga kali lipat bulan ini",
        "my electricity bill doubled after the new meter",
    ],
)
def test_a_state_told_by_its_effect_is_a_bad_state(text: str) -> None:
    assert _found(text)["bad"]


def test_a_prohibition_told_and_a_failure_told_ask_nothing() -> None:
    assert not _found("petugas di loket bilang jangan banyak tanya")["ask"]
    assert not _found("tidak bisa masuk aplikasi sekolah, tombolnya tidak muncul")["ask"]
    assert _found("aplikasi sekolah bisa dibuka di laptop tidak")["ask"]
