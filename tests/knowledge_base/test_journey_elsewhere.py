"""A journey to a region the knowledge base never names ("kapal dari Pelabuhan Teluk ke
Surabaya", "bus ke Semarang dari terminal") asks another operator's route: the KB's own
boat or bus entry is offered, not answered. A resident coming from such a region
("rombongan dari Bandung mau ke pantai") still asks the KB's own service."""

from __future__ import annotations

import pytest

from knowledge_base.elsewhere import names_elsewhere
from knowledge_base.matcher import Intent, Matcher
from tests.knowledge_base.invented_kb import invented_matcher


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return invented_matcher(
        """
        - id: kapal-pulau
          agency: dishub
          questions:
            - Kapan jadwal kapal dari Pelabuhan Teluk ke Pulau Karang?
            - kapal ke pulau karang jam berapa
          keywords: [jadwal kapal, pelabuhan teluk, pulau karang]
          answer: Kapal berangkat dari Pelabuhan Teluk ke Pulau Karang pukul 08.00 dan
            14.00 setiap hari.
        - id: bus-kota
          agency: dishub
          questions:
            - Jam berapa bus kota beroperasi dari terminal?
          keywords: [bus kota, terminal]
          answer: Bus kota beroperasi dari terminal pukul 05.00 sampai 21.00.
        - id: tiket-pantai
          agency: dispar
          questions:
            - Berapa harga tiket masuk pantai?
          keywords: [tiket pantai]
          answer: Tiket masuk pantai Rp10.000 per orang.
        """
    )


@pytest.mark.parametrize(
    "message",
    [
        "jadwal kapal dari pelabuhan teluk ke surabaya bulan depan",
        "bus ke semarang dari terminal paling pagi jam berapa",
        "kapal dari pelabuhan teluk ke pulau sumbawa ada?",
        "is there a boat from Bali to Pulau Karang",
    ],
)
def test_a_journey_to_or_from_a_region_the_kb_never_names_is_not_answered(
    matcher: Matcher, message: str
) -> None:
    result = matcher.match(message)
    assert result.intent is not Intent.FAQ
    assert result.suggestions


@pytest.mark.parametrize(
    ("message", "entry_id"),
    [
        ("kapal dari pelabuhan teluk ke pulau karang jam berapa", "kapal-pulau"),
        ("tiket masuk pantai berapa, kami rombongan dari bandung", "tiket-pantai"),
    ],
)
def test_the_kb_s_own_route_or_a_visitor_from_elsewhere_is_answered(
    matcher: Matcher, message: str, entry_id: str
) -> None:
    result = matcher.match(message)
    assert (result.intent, result.entry_id) == (Intent.FAQ, entry_id)


def test_a_letter_from_a_village_far_before_the_region_is_no_journey(matcher: Matcher) -> None:
    text = "mau kirim barang ke jakarta lewat kapal, surat dari desa perlu apa"
    assert not names_elsewhere(matcher.index, matcher.analyse(text).tokens)
