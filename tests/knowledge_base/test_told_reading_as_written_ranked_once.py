"""A long message's readings that are one and the same (a told reading keeping the
whole story in the question is the message as written) are ranked once per message
(see :mod:`knowledge_base.rankings`), and the message's reading is the one ranking
each of them afresh gives."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge_base.loader import load_kb
from knowledge_base.matcher import Matcher
from knowledge_base.rankings import Rankings
from tests.knowledge_base.counted_rankings import read_counting_rankings

SAMPLE = Path(__file__).resolve().parents[2] / "knowledge_base" / "sample"

STORY = (
    "pak, anak saya baru lahir minggu lalu di bidan dekat rumah dan suami saya kerja di "
    "luar kota jadi saya yang urus semuanya sendiri"
)
# invented long messages: a story of one clause, a question naming no topic of its own
MESSAGES = (
    f"{STORY}, syaratnya apa saja?",
    f"{STORY}, apa saja yang harus dibawa?",
    f"{STORY}. berapa lama jadinya?",
    "bu, dompet saya hilang waktu naik angkot ke pasar minggu kemarin dan ktp saya ikut "
    "hilang, sudah lapor polisi juga. urusnya di mana ya?",
)


def test_readings_ranked_once_read_as_readings_ranked_afresh(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    matcher = Matcher(load_kb(SAMPLE))
    saved = 0
    for text in MESSAGES:
        with monkeypatch.context() as patched:
            patched.setattr(Rankings, "ranked", lambda _self, _a, _k, rank: rank())
            expected, afresh = read_counting_rankings(matcher, text)
        reading, once = read_counting_rankings(matcher, text)
        assert reading == expected, text
        saved += afresh - once
    assert saved >= 2


def test_a_ranking_is_not_lent_to_another_message() -> None:
    matcher = Matcher(load_kb(SAMPLE))
    for text in MESSAGES:
        body, analysis = matcher.read(text)
        first = matcher.reading(body, analysis)
        matcher.reading(*matcher.read("ktp saya hilang, bikin lagi syaratnya apa?"))
        assert matcher.reading(body, analysis) == first
