"""The typed asking reading looks for its "or not" tags only when an "or not" word stands
in the message, and for getting a thing only when a word of getting is there: the same
verdicts, with or without those words, in any case and after any space."""

from __future__ import annotations

import pytest

from knowledge_base.typed_asking import is_asking


@pytest.mark.parametrize(
    "text",
    [
        "ribet ga sih ngurusnya",
        "lama GAK prosesnya",
        "perlu izin ga, bayar berapa",
        "masih ada ga min, kemarin kosong",
        "aman\u00a0nggak kayak gitu",
        "ga bisa dapat rujukan",
        "bisa dapet bantuan modal",
        "warga bs dpt kompos gratis",
    ],
)
def test_tags_and_getting_are_read_as_before(text: str) -> None:
    expected = {
        "ga bisa dapat rujukan": False,
    }.get(text, True)
    assert is_asking(text) is expected


@pytest.mark.parametrize(
    "text",
    [
        "jalan di depan rumah rusak sudah sebulan",
        "gang kami gelap tiap malam, lampunya mati " * 20,
        "tidak ada sih",
        "saya dapat surat dari kelurahan",
    ],
)
def test_a_message_without_a_tag_or_a_getting_asks_nothing(text: str) -> None:
    assert not is_asking(text)
