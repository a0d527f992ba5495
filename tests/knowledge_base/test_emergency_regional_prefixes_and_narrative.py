"""Emergencies told with a regional variety's own prefixes and words (Madurese "è-",
Malay "be-"/"ta-"), parents as the east calls them, English narrative of someone pulled
under, a house broken into as the writer watches; and calm messages that name an event
only as a season or as a word (the shipped cue table; messages invented)."""

from __future__ import annotations

import pytest

from knowledge_base.emergency import is_emergency
from knowledge_base.emergency_affixes import standard_prefix

HAPPENING_NOW = [
    "bâdâ orèng ètabrak motor è jhâlân samangkèn",
    "aèng masok ka romah, ana' ghi' è dhâlem",
    "anak tetangga tabawa arus di kali",
    "opa jatuh dari tangga, kepala bedarah",
    "papa jatuh di kebun, nyanda bangun",
    "my brother got pulled under by a wave and we can't see him anymore",
    "a kid was dragged under by the current near the pier",
    "ada orang sedang membobol rumah kosong di depan",
    "pintu rumah tetangga lagi dicongkel orang, kami lihat dari atas",
]

ONLY_A_WORD = [
    'istilah "darurat" ada di surat edaran bupati, apa kantor tutup?',
    'the term "emergency" is in the new regulation, does it apply to us?',
    'the word "emergency" is printed on the school letter, are classes cancelled?',
    "alat pemadam kebakaran di balai desa rusak, mau diperbaiki sebelum musim api, ajukan ke mana",
    "selang damkar desa bocor, mau diganti sebelum musim kebakaran hutan",
    "rekening saya dibobol orang, lapor ke mana",
    "mama mau bikin ktp baru, syaratnya apa",
    "kapal nelayan kami mau diperbaiki, ada bantuan?",
]


@pytest.mark.parametrize("text", HAPPENING_NOW)
def test_an_emergency_told_in_regional_words_or_english_narrative_gets_the_pointer(
    text: str,
) -> None:
    assert is_emergency(text)


@pytest.mark.parametrize("text", ONLY_A_WORD)
def test_a_season_or_a_word_named_after_an_event_is_no_emergency(text: str) -> None:
    assert not is_emergency(text)


def test_a_regional_prefix_is_read_as_the_standard_one_only_for_an_event_word() -> None:
    events = frozenset({"dirampok", "berdarah", "terbakar", "terbawa"})
    assert standard_prefix("erampok", events) == "dirampok"
    assert standard_prefix("bedarah", events) == "berdarah"
    assert standard_prefix("kebakar", events) == "terbakar"
    assert standard_prefix("tabawa", events) == "terbawa"
    assert standard_prefix("kapal", events) is None
    assert standard_prefix("berdarah", events) is None
