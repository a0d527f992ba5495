"""A long message's question reading whose ranking cannot hold any of the story
reading's first three entries is not ranked (see :mod:`knowledge_base.reach`): on a
large knowledge base, where a common word names hundreds of entries, the message's
reading is the very one that ranking every question reading gives, with fewer rankings."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

import knowledge_base.story_readings as story_readings_module
from knowledge_base.entries import KbEntry, KnowledgeBase
from knowledge_base.loader import load_kb
from knowledge_base.matcher import Matcher
from tests.knowledge_base.counted_rankings import read_counting_rankings

SAMPLE = Path(__file__).resolve().parents[2] / "knowledge_base" / "sample"

# invented long messages: a story, something told, a question on another errand
STORIES = (
    "selamat pagi min, anak kedua saya baru lahir minggu lalu di bidan dekat rumah, "
    "suami saya kerja di luar kota.",
    "bu, rumah kami kemarin kebanjiran dan dokumen banyak yang basah, ktp dan kk juga rusak.",
    "halo kak, saya baru pindah ke kota ini bulan lalu bersama istri dan dua anak.",
)
TOLD = (
    "sekarang tagihan pbb-nya masih satu atas nama bapak saya.",
    "tetangga bilang ada program dari pemerintah.",
)
QUESTIONS = (
    "apakah bisa diurus online?",
    "syaratnya apa saja ya?",
    "kapan jalannya diperbaiki dan lapornya ke mana?",
    "biayanya berapa dan berapa lama jadinya?",
)


def _large(kb: KnowledgeBase, copies: int) -> KnowledgeBase:
    """Each entry ``copies`` times, each copy's questions naming a made-up place."""
    rng = random.Random(7)
    entries = [
        KbEntry(
            id=f"{entry.id}-{n}",
            agency=entry.agency,
            questions=tuple(f"{q} di {_word(rng)}" for q in entry.questions),
            answer=entry.answer,
            keywords=entry.keywords,
        )
        for n in range(copies)
        for entry in kb.entries
    ]
    return KnowledgeBase(entries=tuple(entries))


def _word(rng: random.Random) -> str:
    return "".join(rng.choice("bdgklmnprst") + rng.choice("aiueo") for _ in range(3))


def test_a_reading_left_unranked_changes_no_message_reading(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    matcher = Matcher(_large(load_kb(SAMPLE), 12))
    saved = 0
    parts = zip(STORIES * 2, TOLD * 3, QUESTIONS[:3] * 2, strict=True)
    for text in (" ".join(told) for told in parts):
        with monkeypatch.context() as patched:
            patched.setattr(story_readings_module, "reachable", lambda *_: None)
            expected, every = read_counting_rankings(matcher, text)
        reading, fewer = read_counting_rankings(matcher, text)
        assert reading == expected, text
        saved += every - fewer
    assert saved >= 1
