"""Regional words for common things and acts (round 20): "umah" (house), "aek"
(water), "ari" (day) before a day's name, Gorontalo "binte" (maize),
Sundanese "urug" (a landslide), Javanese "edan" (mad), "nyambut damel" (to work), "blas"
(at all), Batak "inang" (mother) and Banjar "baduit" (to have money). The messages are
invented."""

from __future__ import annotations

import pytest

from knowledge_base.lexicon import default_lexicon
from knowledge_base.normaliser import Normaliser


@pytest.fixture(scope="module")
def normaliser() -> Normaliser:
    return Normaliser(default_lexicon(), ["tanah", "jagung", "bantuan", "sabtu"])


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("umah kami", "rumah kami"),
        ("aek sungai", "air sungai"),
        ("buka ari sabtu", "buka hari sabtu"),
        ("binte rusak", "jagung rusak"),  # Gorontalo
        ("ada urug", "ada longsor"),  # Sundanese
        ("wong edan", "odgj"),  # Javanese: as "orang gila"
        ("sampun nyambut damel", "sudah bekerja"),
        ("durung blas", "belum sama sekali"),
        ("inang kami", "ibu kami"),  # Batak
        ("kada baduit", "tidak punya uang"),  # Banjar
    ],
)
def test_a_regional_word_for_a_common_thing_reads_as_its_indonesian(
    normaliser: Normaliser, written: str, read: str
) -> None:
    assert normaliser.normalise(written) == read
