"""A short keyword found whole names the entry's thing, not its question: when the
leader's lead rests on such a keyword alone and the runner-up covers much more of the
message, the runner-up goes first (see knowledge_base.short_keywords). Invented
messages on the sample KB."""

from __future__ import annotations

from pathlib import Path

import pytest

import knowledge_base
from knowledge_base.coverage import VariantWeights, entry_coverage
from knowledge_base.loader import load_kb
from knowledge_base.matcher import Intent, Matcher
from knowledge_base.short_keywords import _only

SAMPLE_KB = Path(knowledge_base.__file__).parent / "sample"


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher(load_kb(SAMPLE_KB))


def test_a_street_vendor_asking_about_the_road_shoulder_gets_the_vendor_entry(
    matcher: Matcher,
) -> None:
    result = matcher.match("saya jualan cilok pakai gerobak di bahu jalan, sebenarnya boleh tidak")
    assert result.intent is Intent.FAQ
    assert result.entry_id == "pkl-lokasi-berjualan"


def test_asking_whether_a_birth_certificate_copy_needs_legalising_is_not_the_certificate_entry(
    matcher: Matcher,
) -> None:
    result = matcher.match("copy akta kelahiran perlu dilegalisir dukcapil tidak")
    assert result.entry_id == "dokumen-kependudukan-tanpa-legalisir"


def test_a_keyword_leader_no_sibling_covers_more_than_is_still_answered(
    matcher: Matcher,
) -> None:
    result = matcher.match("lampu pju di depan rumah mati sudah seminggu, lapor ke mana")
    assert result.intent is Intent.FAQ
    assert result.entry_id == "lampu-penerangan-jalan-mati"


def test_a_short_phrase_counts_for_nothing_when_only_the_longer_ones_are_read() -> None:
    # phrase 0 is a keyword of one term, phrase 1 a question of three
    table = VariantWeights((1.0, 3.0), {"pju": ((0, 1.0), (1, 1.0)), "tiang": ((1, 1.0),)})
    terms = frozenset({"pju"})
    assert entry_coverage(_only(table, {0, 1}), terms) == 1.0
    assert entry_coverage(_only(table, {1}), terms) == pytest.approx(1 / 3)
