"""Asking which shop or provider is cheapest or best ("yang paling murah", "harganya
miring", "ada rekomendasi toko?") asks the market, not the public service whose entry
shares the thing's name; the guard off, the entry answers."""

from __future__ import annotations

import pytest

from knowledge_base.decision import Thresholds
from knowledge_base.matcher import Intent, Matcher, MatcherConfig
from tests.knowledge_base.invented_kb import invented_kb

ENTRIES = """
- id: internet-desa
  agency: diskominfo
  questions:
    - Bagaimana desa mengajukan internet gratis di balai desa?
    - internet gratis balai desa ngajuin gimana
  keywords: [internet desa, internet gratis]
  answer: Kepala desa mengajukan surat ke Diskominfo; titik internet dipasang di balai
    desa.
- id: galeri-kerajinan
  agency: disperindag
  questions:
    - Jam buka galeri kerajinan daerah dan harga tiket masuknya berapa?
  keywords: [galeri kerajinan, tiket galeri]
  answer: Galeri kerajinan buka pukul 09.00-16.00, tiket masuk Rp5.000.
"""


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher(invented_kb(ENTRIES))


@pytest.mark.parametrize(
    "message",
    [
        "internet gratis balai desa yang paling bagus apa",
        "toko kerajinan yang harganya miring di mana? buat oleh-oleh",
        "mau beli kerajinan di galeri kerajinan, ada rekomendasi toko?",
    ],
)
def test_asking_the_cheapest_or_best_shop_is_offered_not_answered(
    matcher: Matcher, message: str
) -> None:
    result = matcher.match(message)
    assert result.intent is not Intent.FAQ
    off = Matcher(invented_kb(ENTRIES), MatcherConfig(thresholds=Thresholds(own_purchase=False)))
    assert off.match(message).intent is Intent.FAQ


@pytest.mark.parametrize(
    ("message", "entry_id"),
    [
        ("internet gratis buat balai desa ngajuinnya gimana", "internet-desa"),
        ("galeri kerajinan buka jam berapa", "galeri-kerajinan"),
    ],
)
def test_the_service_itself_is_answered(matcher: Matcher, message: str, entry_id: str) -> None:
    result = matcher.match(message)
    assert (result.intent, result.entry_id) == (Intent.FAQ, entry_id)
