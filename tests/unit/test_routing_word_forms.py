from __future__ import annotations

from functools import cache

import pytest

from bot.config import sample_agencies_path, sample_kb_path
from domain.agencies import AgencyDirectory, load_agencies
from domain.routing import suggest_agency
from knowledge_base.loader import load_kb
from knowledge_base.matcher import Matcher


@cache
def matcher() -> Matcher:
    return Matcher(load_kb(sample_kb_path()))


@pytest.fixture
def directory() -> AgencyDirectory:
    return load_agencies(sample_agencies_path())


@pytest.mark.parametrize(
    ("text", "agency"),
    [
        ("ada lubang besar di jalan depan sd", "pupr"),  # "lubang" ~ keyword "berlubang"
        ("the street light near the mosque is off", "perkim"),
        ("pothole near the market, motorbikes fall", "pupr"),
        ("garbage has not been collected for a week", "dlh"),
        ("penerangan jalannya padam", "perkim"),
    ],
)
def test_word_forms_and_english_find_the_agency(
    directory: AgencyDirectory, text: str, agency: str
) -> None:
    assert suggest_agency(text, directory) is None  # the keywords alone miss it
    suggestion = suggest_agency(text, directory, words=matcher().word_forms)
    assert suggestion is not None and suggestion.code == agency


def test_without_word_forms_routing_is_as_before(directory: AgencyDirectory) -> None:
    suggestion = suggest_agency("jalan berlubang di desa", directory)
    assert suggestion is not None and suggestion.code == "pupr"
