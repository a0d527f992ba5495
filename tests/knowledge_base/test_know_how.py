"""Asking how to tend a thing at home (care for it, wash it, grow it, cook it) is a
household's know-how: an entry naming the thing but never the tending is offered, not
answered; an entry that teaches the tending, and care as a service ("rawat inap"), are
answered. The messages are invented."""

from __future__ import annotations

import pytest

from knowledge_base.decision import Thresholds
from knowledge_base.matcher import Intent, Matcher, MatcherConfig
from tests.knowledge_base.invented_kb import invented_kb

ENTRIES = """
- id: pelatihan-songket
  agency: disperindag
  questions:
    - Apakah ada pelatihan menenun songket untuk warga?
    - pelatihan tenun songket gratis daftar di mana
  keywords: [pelatihan songket, tenun songket]
  answer: Pelatihan menenun songket dibuka tiap tahun di balai kerajinan; daftar di dinas.
- id: sekolah-lapang-jagung
  agency: distan
  questions:
    - Bagaimana ikut sekolah lapang cara menanam jagung?
  keywords: [sekolah lapang, tanam jagung]
  answer: Penyuluh mengajarkan cara menanam jagung, memupuk dan mengendalikan hama.
- id: rawat-inap-puskesmas
  agency: dinkes
  questions:
    - Puskesmas mana yang melayani rawat inap?
  keywords: [rawat inap, puskesmas rawat inap]
  answer: Puskesmas Kota dan Puskesmas Pantai melayani rawat inap dengan BPJS.
"""


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher(invented_kb(ENTRIES))


@pytest.mark.parametrize(
    "message",
    [
        "cara merawat tenun songket biar awet",
        "bagaimana cara mencuci tenun songket biar warnanya awet",
        "how to wash tenun songket",
    ],
)
def test_asking_how_to_tend_a_thing_is_offered_not_answered(matcher: Matcher, message: str) -> None:
    result = matcher.match(message)
    assert result.intent is not Intent.FAQ
    off = Matcher(invented_kb(ENTRIES), MatcherConfig(thresholds=Thresholds(know_how=False)))
    assert off.match(message).intent is Intent.FAQ


@pytest.mark.parametrize(
    ("message", "entry_id"),
    [
        ("cara menanam jagung biar tongkolnya besar, ada sekolah lapang?", "sekolah-lapang-jagung"),
        ("cara rawat inap di puskesmas pakai bpjs", "rawat-inap-puskesmas"),
    ],
)
def test_an_entry_teaching_the_tending_or_care_as_a_service_is_answered(
    matcher: Matcher, message: str, entry_id: str
) -> None:
    result = matcher.match(message)
    assert (result.intent, result.entry_id) == (Intent.FAQ, entry_id)
