"""A negation opening a clause after a comma is no "or not" tag of the clause before it
("karcis parkir resmi, ga ada cap dinasnya" tells a stamp missing); a tag alone after a
comma ("bisa bayar pakai qris, ga?") still asks.

The messages are written for this test."""

from __future__ import annotations

import pytest

from knowledge_base.clause_negation import without_clause_negations
from knowledge_base.matcher import Intent
from tests.knowledge_base.invented_kb import invented_matcher
from tests.knowledge_base.test_complaint_stalled_or_reproached import _KB


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("karcis parkir resmi, ga ada cap dinasnya", "karcis parkir resmi, ada cap dinasnya"),
        ("bisa daftar sendiri; belum ada petugas", "bisa daftar sendiri; ada petugas"),
        ("sudah bayar, tidak dikasih kuitansi", "sudah bayar, dikasih kuitansi"),
    ],
)
def test_a_negation_opening_a_clause_is_read_apart_from_the_clause_before(
    text: str, read: str
) -> None:
    assert without_clause_negations(text) == read


@pytest.mark.parametrize(
    "text",
    [
        "bisa bayar pakai qris, ga?",
        "bisa bayar pakai qris ga, atau harus tunai",
        "tiket masuk taman resmi tidak ada karcisnya",
        "tanpa koma sama sekali",
    ],
)
def test_a_tag_alone_after_a_comma_or_a_message_without_one_is_left_as_it_is(
    text: str,
) -> None:
    assert without_clause_negations(text) is None


def test_a_ticket_told_missing_after_official_is_a_complaint_and_asking_official_is_not() -> None:
    matcher = invented_matcher(_KB)
    told = "penjaga taman wisata tarik lima belas ribu di luar tiket resmi, tidak ada karcis"
    asked = "tiket masuk taman wisata yang lima ribu itu resmi, tidak?"
    assert matcher.match(told).intent is Intent.COMPLAINT
    assert matcher.match(asked).intent is not Intent.COMPLAINT
