"""Asking where to take a report ("lapor ke mana", "lapornya ke dinas apa", "melapor ke
siapa") after the problem asks the channel, a question the FAQ answers: the report verb
tells no report made and asks the resident's own step. Being at a loss after a story
("harus mengadu ke mana lagi") and "ke siapa siapa" (anyone) ask no channel.

The messages and the knowledge base are written for this test."""

from __future__ import annotations

import pytest

from knowledge_base.complaint_cues import asks_channel
from knowledge_base.complaint_shape import asks_own_step
from knowledge_base.matcher import Intent, Matcher
from tests.knowledge_base.invented_kb import invented_matcher

_KB = """
- id: lapor-limbah-usaha
  agency: dinas lingkungan hidup
  questions:
    - Ke mana melapor pencemaran limbah usaha?
  keywords: [limbah, pencemaran]
  answer: Pencemaran dilaporkan ke dinas lingkungan hidup lewat kanal aduan.
- id: lapor-lampu-jalan
  agency: dinas perhubungan
  questions:
    - Lampu jalan padam lapor ke mana?
  keywords: [lampu jalan]
  answer: Lampu jalan padam dilaporkan ke dinas perhubungan lewat kanal aduan.
"""


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return invented_matcher(_KB)


@pytest.mark.parametrize(
    "text",
    [
        "bengkel dekat sungai buang limbah sampai airnya bau, lapornya ke dinas apa",
        "lampu jalan depan gang padam terus, gelap banget, lapor ke mana ya",
    ],
)
def test_a_problem_then_where_to_report_it_is_no_complaint(matcher: Matcher, text: str) -> None:
    assert matcher.match(text).intent != Intent.COMPLAINT


@pytest.mark.parametrize(
    ("words", "asked"),
    [
        ("lapor ke mana", True),
        ("lapor ke dinas apa", True),
        ("lapor siapa", True),
        ("lapor ke siapa siapa", False),
        ("mengadu ke mana lagi", False),
        ("lapor ke rt", False),
    ],
)
def test_where_to_is_asked_only_by_a_place_or_office_question(words: str, asked: bool) -> None:
    assert asks_channel(words.split(" "), 1) is asked


def test_asking_where_to_report_is_the_residents_own_step() -> None:
    assert asks_own_step(["limbah", "bau", "lapornya", "ke", "dinas", "apa"])
    assert not asks_own_step(["kami", "bingung", "mengadu", "ke", "mana", "lagi"])
