"""The regency's offices, the tax notice, measures and time words a resident writes in
English are read as the Indonesian a knowledge base is written in: the health office as
the Dinas Kesehatan, a land tax notice as the SPPT, weekdays as ordinary days (not a count
of working days, the deadline of a reply). The messages are invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge_base.lexicon import default_lexicon
from knowledge_base.loader import load_kb
from knowledge_base.matcher import Matcher
from knowledge_base.normaliser import Normaliser


@pytest.fixture(scope="module")
def normaliser() -> Normaliser:
    return Normaliser(default_lexicon(), ["dinkes", "dlh", "disdik", "sppt", "siang"])


@pytest.mark.parametrize(
    ("english", "indonesian"),
    [
        ("does the health office check the well water", "dinkes"),
        ("can the environment agency pick up the rubbish", "dlh"),
        ("which education office handles high schools", "disdik"),
        ("the social affairs office never called back", "dinsos"),
        ("the fisheries office gives out nets", "dinas perikanan"),
        ("where is the office of religious affairs", "kua"),
        ("the civil service police took our stall", "satpolpp"),
    ],
)
def test_an_office_named_in_english_is_read_as_its_agency(
    normaliser: Normaliser, english: str, indonesian: str
) -> None:
    assert indonesian in normaliser.normalise(english)


@pytest.mark.parametrize(
    ("english", "indonesian"),
    [
        ("my land tax notice has the wrong name", "sppt"),
        ("the shop is 40 square metres", "meter persegi"),
        ("a flash flood hit the hamlet", "banjir bandang"),
        ("can the school reissue my diploma", "terbitkan ulang"),
        ("is the routine immunisation free", "rutin"),
        ("why is it unresolved", "belum selesai"),
        ("the complaint I filed last month", "diajukan"),
        ("it was closed even though the drain is blocked", "padahal"),
    ],
)
def test_a_domain_term_written_in_english_is_read_in_indonesian(
    normaliser: Normaliser, english: str, indonesian: str
) -> None:
    assert indonesian in normaliser.normalise(english)


def test_weekdays_are_ordinary_days_not_a_count_of_working_days(normaliser: Normaliser) -> None:
    read = normaliser.normalise("is the clinic open on weekdays")
    assert "hari biasa" in read
    assert "hari kerja" not in read


def test_before_noon_is_read_as_a_time_of_day(normaliser: Normaliser) -> None:
    assert "sebelum siang" in normaliser.normalise("can I come before noon")


SAMPLE_KB = Path(__file__).resolve().parents[2] / "knowledge_base" / "sample"


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher(load_kb(SAMPLE_KB))


def test_a_weekday_closing_time_asks_the_opening_hours_not_the_reply_deadline(
    matcher: Matcher,
) -> None:
    assert matcher.match("what time does the puskesmas shut on weekdays").entry_id == (
        "jam-layanan-puskesmas"
    )
