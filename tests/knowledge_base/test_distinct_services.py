"""A service that shares a word with a nearby one is a service of its own: a question
about it is not answered with its neighbour's entry when the knowledge base lacks it
(issue 13, near-domain messages). Messages and the knowledge base are invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge_base.decision import Intent
from knowledge_base.loader import load_kb
from knowledge_base.matcher import Matcher

SCHOOL_KB = """\
- id: pip-sekolah
  agency: disdik
  questions:
    - Bagaimana cara mencairkan dana Program Indonesia Pintar (PIP) untuk siswa?
    - Siapa yang berhak menerima KIP?
  keywords: [pip, kip, kartu indonesia pintar]
  answer: Dana PIP dicairkan di bank penyalur dengan membawa KIP dan rapor.

- id: daftar-sd-smp
  agency: disdik
  questions:
    - Apa syarat pendaftaran murid baru SD dan SMP negeri?
  keywords: [pendaftaran sekolah, murid baru]
  answer: Bawa akta kelahiran dan KK ke sekolah tujuan.
"""


@pytest.fixture(scope="module")
def matcher(tmp_path_factory: pytest.TempPathFactory) -> Matcher:
    folder: Path = tmp_path_factory.mktemp("kb")
    (folder / "kb.yaml").write_text(SCHOOL_KB, encoding="utf-8")
    return Matcher(load_kb(folder))


@pytest.mark.parametrize(
    "message",
    [
        "dana kip kuliah cairnya kapan",
        "siapa yang berhak menerima kip kuliah",
        "berapa dana kip kuliah per semester",
    ],
)
def test_a_neighbouring_service_the_kb_lacks_is_not_answered(
    matcher: Matcher, message: str
) -> None:
    assert matcher.match(message).intent != Intent.FAQ


def test_the_school_card_itself_is_still_answered(matcher: Matcher) -> None:
    result = matcher.match("dana kip anak saya cairnya di mana")
    assert (result.intent, result.entry_id) == (Intent.FAQ, "pip-sekolah")
