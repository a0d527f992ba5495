"""Asking words a report uses without asking: a resident at a loss closing a story ("Kami
tidak tahu lagi harus bagaimana.", before "Tolong bantu kami"), a permission told as the
condition met first ("paksa kami beli obat rumput juga baru boleh tebus"), and a channel
named after a part of a place ("di tengah alur sungai", read "di tengah prosedur
sungai"). Asking how to do a thing, where to go, or when, still asks.

The messages and the knowledge base are written for this test."""

from __future__ import annotations

import pytest

from knowledge_base.complaint import default_signals
from knowledge_base.complaint_kinds import kinds_found
from knowledge_base.matcher import Intent, Matcher
from knowledge_base.phrases import spaced
from tests.knowledge_base.invented_kb import invented_matcher

_KB = """
- id: air-bersih
  agency: pdam
  questions:
    - Bagaimana cara pasang sambungan air baru?
    - jadwal air mengalir di perumahan
  keywords: [air pdam, sambungan air]
  answer: Sambungan baru diajukan di kantor PDAM dengan KTP dan KK.
- id: pupuk-tebus
  agency: dinas pertanian
  questions:
    - Bagaimana cara tebus pupuk subsidi di kios?
    - harga pupuk subsidi urea
  keywords: [pupuk subsidi, kios pupuk]
  answer: Pupuk subsidi ditebus di kios resmi dengan kartu tani sesuai harga eceran tertinggi.
- id: izin-keramba
  agency: dinas perikanan
  questions:
    - Syarat izin pasang keramba di sungai?
  keywords: [izin keramba, keramba ikan]
  answer: Izin keramba diajukan ke dinas perikanan dengan denah lokasi.
"""


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return invented_matcher(_KB)


def _asked(matcher: Matcher, text: str) -> float:
    tokens = matcher.index.normaliser.tokens(text)
    return kinds_found(tokens, spaced(tokens), (), default_signals())["ask"]


@pytest.mark.parametrize(
    "text",
    [
        "air tidak mengalir sudah sebulan, kami tidak tahu lagi harus bagaimana",
        "sponsornya menghindar terus, kami tidak tahu harus bagaimana, tolong bantu kami",
        "anak saya tidak bisa dihubungi, kami bingung harus berbuat apa lagi",
    ],
)
def test_a_resident_at_a_loss_asks_no_way(matcher: Matcher, text: str) -> None:
    assert _asked(matcher, text) == 0


@pytest.mark.parametrize(
    "text",
    [
        "ktp saya hilang, tidak tahu harus bagaimana mengurusnya",
        "pipa bocor, bingung harus ke mana lapornya",
        "tidak tahu harus bagaimana, syaratnya apa saja",
    ],
)
def test_asking_how_or_where_after_being_at_a_loss_still_asks(matcher: Matcher, text: str) -> None:
    assert _asked(matcher, text) > 0


@pytest.mark.parametrize(
    "text",
    [
        "kios paksa kami beli obat rumput juga baru boleh tebus pupuk",
        "petugas minta uang rokok dulu baru boleh ambil surat",
    ],
)
def test_a_permission_told_as_the_condition_met_first_asks_nothing(
    matcher: Matcher, text: str
) -> None:
    assert _asked(matcher, text) == 0


def test_asking_when_a_thing_may_be_taken_still_asks(matcher: Matcher) -> None:
    assert _asked(matcher, "kapan baru boleh ambil pupuk subsidi") > 0


@pytest.mark.parametrize(
    "text",
    [
        "keramba dipasang di tengah alur sungai, speedboat hampir tabrakan",
        "batang kayu melintang di ujung alur masuk dermaga",
        "rumpon dipasang sepanjang alur pelayaran, perahu susah lewat",
    ],
)
def test_a_channel_named_after_a_part_of_a_place_asks_nothing(matcher: Matcher, text: str) -> None:
    assert _asked(matcher, text) == 0


def test_a_question_word_after_a_part_of_a_place_still_asks(matcher: Matcher) -> None:
    assert _asked(matcher, "keramba boleh dipasang di tengah sungai mana saja") > 0


@pytest.mark.parametrize(
    "text",
    [
        "Sudah hampir sebulan air PDAM di perumahan kami hanya mengalir jam dua pagi. "
        "Banyak lansia akhirnya beli air galon setiap hari. Kami tidak tahu lagi harus "
        "bagaimana.",
        "keramba orang luar desa dipasang di tengah alur sungai, speedboat harus zig-zag "
        "dan hampir tabrakan",
    ],
)
def test_such_reports_are_complaints(matcher: Matcher, text: str) -> None:
    assert matcher.match(text).intent is Intent.COMPLAINT


def test_asking_how_to_get_a_connection_stays_a_question(matcher: Matcher) -> None:
    text = "air PDAM belum masuk ke rumah baru kami, bagaimana cara pasang sambungan air?"
    assert matcher.match(text).intent is not Intent.COMPLAINT
