"""A fire or a flood that was over and comes back is happening now; a fire at home told
in Acehnese, Balinese or Sasak is one; and the same words told after the fact or as
news stay calm (the shipped cue table; messages invented)."""

from __future__ import annotations

import pytest

from knowledge_base.emergency import is_emergency

HAPPENING_NOW = [
    "tadi kebakaran sudah padam tapi sekarang menyala lagi, asap tebal",
    "banjir sudah surut tapi sekarang naik lagi, air masuk rumah, nenek di dalam",
    "the flood went down this morning but the water is rising again and grandma is inside",
    "rumoh teutunu, aneuk mit lam rumoh",
    "umah tetangga puun, anak cenik enu di tengah",
    "bale tetangga tetunu, inaq masih lek dalem",
]

CALM = [
    "tadi pagi ada kebakaran kecil di dapur, sudah padam sendiri, perlu lapor?",
    "sekarang banjir sudah surut, kapan pembagian bantuan kebersihan",
    "kemarin banjir, sekarang harga sayur naik lagi di pasar",
    "barusan baca berita ada kapal tenggelam di laut jawa, semoga selamat semua",
    "umah adat ini dibangun tahun berapa",
    "rumoh geudong peninggalan sejarah ada pemandu?",
    "umah tetangga puun bulan lalu, bantuan bedah rumah daftar di mana",
]


@pytest.mark.parametrize("text", HAPPENING_NOW)
def test_a_danger_back_again_or_a_fire_told_in_an_eastern_language_gets_the_pointer(
    text: str,
) -> None:
    assert is_emergency(text)


@pytest.mark.parametrize("text", CALM)
def test_the_same_words_told_after_the_fact_or_as_news_get_no_pointer(text: str) -> None:
    assert not is_emergency(text)
