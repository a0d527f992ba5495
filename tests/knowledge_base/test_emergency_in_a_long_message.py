"""An emergency told late in a page-long message is found as one told in its first
lines: the check reads a long message part by part (knowledge_base.overlapping_parts)."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge_base.emergency import is_emergency
from knowledge_base.loader import load_kb
from knowledge_base.matcher import Matcher
from knowledge_base.overlapping_parts import MESSAGE_CHARS, overlapping_parts

CALM = "Kami warga RT 04 sudah lama mengurus surat tanah dan menunggu kabar dari kantor desa. "
STORY = "Saya tinggal di gang kecil dekat pasar bersama keluarga dan dua anak saya. "
SAMPLE_KB = Path(__file__).resolve().parents[2] / "knowledge_base" / "sample"


def test_a_short_message_is_one_part() -> None:
    assert overlapping_parts("ada kebakaran", 2000, 1500) == ["ada kebakaran"]


def test_parts_overlap_start_at_a_word_and_cover_the_message() -> None:
    text = CALM * 40  # about 3,400 characters
    parts = overlapping_parts(text, 2000, 1500)
    assert len(parts) == 2
    assert all(len(part) <= 2000 for part in parts)
    assert all(part[0] != " " and text[text.index(part) - 1] == " " for part in parts[1:])
    assert text.endswith(parts[-1])


def test_only_a_message_s_first_4096_characters_are_read() -> None:
    parts = overlapping_parts("a " * 5000, 2000, 1500)
    assert sum(len(p) for p in parts) < 2 * MESSAGE_CHARS
    assert all(("a " * 5000).startswith(p) or p in "a " * 5000 for p in parts)


@pytest.mark.parametrize(
    "ending",
    [
        "Tolong, sekarang rumah tetangga kami kebakaran dan apinya sudah merambat!",
        "Help, my neighbour's house is on fire right now and the flames are spreading!",
    ],
)
def test_a_fire_told_at_the_end_of_a_long_letter_points_to_112(ending: str) -> None:
    letter = STORY * 40 + ending  # about 3,000 characters before the event
    assert not is_emergency(letter[:2000])  # what the first part alone tells
    assert is_emergency(letter)
    assert Matcher(load_kb(SAMPLE_KB)).match(letter).emergency


def test_a_long_calm_letter_is_no_emergency() -> None:
    letter = CALM * 30 + "Mohon informasi, berapa lama lagi surat tanah kami selesai?"
    assert not is_emergency(letter)
    assert not Matcher(load_kb(SAMPLE_KB)).match(letter).emergency
