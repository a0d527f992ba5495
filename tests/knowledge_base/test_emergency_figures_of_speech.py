"""A figure of speech is no emergency. An event word after a likeness ("kayak",
"seperti", "feels like") is only a comparison, a head "about to explode" is stress, a
game, a song, a price or a market names no danger; but a smell, a sound or a sight "like"
an event perceives a real one.

The messages are written for this test, not taken from the benchmark sets."""

from __future__ import annotations

import pytest

from knowledge_base.emergency import is_emergency


@pytest.mark.parametrize(
    "text",
    [
        "macet di flyover parah, serasa dirampok waktu",
        "dompetku kayak kebakaran tiap tanggal tua",
        "kamarku panas bagaikan kebakaran, ac kantor mati",
        "skripsi belum kelar, kepala mau pecah",
        "harga beras sekarang bikin warga pingsan",
        "lagi ngegame, base ku meledak terus",
        "that new album is fire",
        "losing that match felt like being robbed",
        "crypto crashed again, investors are bleeding",
    ],
)
def test_a_figure_of_speech_gets_no_pointer(text: str) -> None:
    assert not is_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        "di lorong kos bau seperti gas bocor, ada yang pusing",
        "kayak ada yang terbakar di ruko sebelah, asap hitam keluar dari jendela",
        "it smells like something is burning in the basement",
        "it looks like a cyclist collapsed at the crossing",
        "terdengar seperti ledakan, sekarang pabrik sebelah berasap tebal",
    ],
)
def test_a_smell_sound_or_sight_like_an_event_gets_the_pointer(text: str) -> None:
    assert is_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        "kiat supaya lansia tidak jatuh pingsan saat antre bansos",
        "pintu kolam dikunci agar si kecil tidak tenggelam",
        "what railings are needed so that children do not drown in the canal",
    ],
)
def test_an_event_to_be_prevented_gets_no_pointer(text: str) -> None:
    assert not is_emergency(text)


def test_a_call_for_help_to_prevent_worse_still_gets_the_pointer() -> None:
    assert is_emergency("tolong cepat kirim damkar agar api tidak merembet, kios sebelah terbakar")


@pytest.mark.parametrize(
    "text",
    [
        "kayaknya pak rt pingsan di pos ronda, dipanggil tidak menyahut",
        "sepertinya gudang beras di ujung jalan terbakar, asapnya hitam pekat",
        "keknya adik saya kejang, matanya mendelik",
    ],
)
def test_a_hedge_that_seems_is_no_likeness(text: str) -> None:
    assert is_emergency(text)
