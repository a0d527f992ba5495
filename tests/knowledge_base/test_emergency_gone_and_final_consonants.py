"""A danger that has left by now is over, while a person who left is no sign of it; a
drowning spelt with a final b and Malay water rising into a house are still reported."""

from __future__ import annotations

import pytest

from knowledge_base.emergency import is_emergency

STILL_HAPPENING = [
    "Abdi nyungkeun tulung, aya budak leutik kaleleb di situ!",
    "ada bocah keleleb di kali, tolong cepat",
    "aek sungai lah masuk ke dalam umah kami, setinggi lutut dan terus naek",
    "suami saya pingsan, dokter sudah pergi",
    "anak saya sudah pergi dari rumah sejak pagi belum pulang, hp tidak aktif",
]

GONE_BY_NOW = [
    "Kata tetangga tadi pagi ada ular di selokan, sekarang sudah pergi sih, perlu lapor ke mana?",
    "ada ular kobra masuk dapur, sekarang sudah pergi sih",
]


@pytest.mark.parametrize("text", STILL_HAPPENING)
def test_a_danger_still_there_is_reported(text: str) -> None:
    assert is_emergency(text)


@pytest.mark.parametrize("text", GONE_BY_NOW)
def test_a_danger_that_has_left_by_now_is_over(text: str) -> None:
    assert not is_emergency(text)
