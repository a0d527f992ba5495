"""A long cue word typed with one slip (a letter inside it left out or doubled, two
neighbours swapped) is still read: "kecelkaan", "unconcious", "tenggelamm". Shorter
words and changed letters are not: one letter away they are other words ("ditebak" is
no "ditembak", "bandung" no "bandang", "accidents at this junction" no accident now).

The messages are written for this test, not taken from the benchmark sets."""

from __future__ import annotations

import pytest

from knowledge_base.emergency import is_emergency


@pytest.mark.parametrize(
    "text",
    [
        "ada kecelkaan beruntun di jalan tol, korbannya terjepit",
        "kebakraan di gudang kertas, apinya makin besar",
        "anak tetangga tenggelamm di empang belakang",
        "a man is lying unconcious outside the pharmacy",
        "my uncle collpased in the garden and is not moving",
        "the old lady is unconsious on the kitchen floor",
    ],
)
def test_a_long_event_word_with_one_typing_slip_still_gets_the_112_pointer(text: str) -> None:
    assert is_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        "tebak-tebakan lomba tujuh belasan ditebak warga, hadiahnya apa",
        "banjir kiriman dari bandung katanya, kapan surut di sini?",
        "pengajian ibu-ibu di masjid pindah ke balai warga",
        "there are too many accidents at this junction, please add a traffic light",
        "sampah dilempar ke sungai oleh warga tiap pagi",
    ],
)
def test_a_word_one_letter_away_from_an_event_word_is_not_read_as_it(text: str) -> None:
    assert not is_emergency(text)
