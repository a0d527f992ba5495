"""Asking which one is good or cheap ("... yang murah di mana", "sekolah mana yang
bagus", "where can I buy a good ...") asks the market, not the public service whose
entry shares the thing's name; praise with no which ("pupuk yang murah dari pemerintah
itu ...") and an entry naming the praise ("pasar murah") are still answered."""

from __future__ import annotations

import pytest

from knowledge_base.decision import Thresholds
from knowledge_base.matcher import Intent, Matcher, MatcherConfig
from tests.knowledge_base.invented_kb import invented_kb

ENTRIES = """
- id: bantuan-tongkat
  agency: dinsos
  questions:
    - Bagaimana mengajukan bantuan tongkat dan kacamata untuk lansia?
    - bantuan tongkat lansia dari dinsos
  keywords: [tongkat lansia, kacamata lansia]
  answer: Keluarga mengajukan surat dari kelurahan ke Dinas Sosial dengan fotokopi KTP.
- id: pupuk-bersubsidi
  agency: distan
  questions:
    - Siapa yang boleh menebus pupuk bersubsidi?
    - pupuk subsidi dari pemerintah boleh ditebus siapa
  keywords: [pupuk subsidi, pupuk bersubsidi]
  answer: Petani yang terdaftar dalam kelompok tani dan e-RDKK menebus di kios resmi.
- id: pasar-murah-jadwal
  agency: disperindag
  questions:
    - Kapan dan di mana ada pasar murah dari pemkab?
  keywords: [pasar murah, operasi pasar]
  answer: Pasar murah digelar tiap bulan di balai kecamatan; jadwalnya diumumkan dinas.
"""


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher(invented_kb(ENTRIES))


@pytest.mark.parametrize(
    "message",
    [
        "tongkat lansia yang murah di toko mana",
        "kacamata lansia yang bagus di mana",
        "where can I buy a good walking stick for the elderly",
    ],
)
def test_asking_which_one_is_good_or_cheap_is_offered_not_answered(
    matcher: Matcher, message: str
) -> None:
    result = matcher.match(message)
    assert result.intent is not Intent.FAQ
    off = Matcher(invented_kb(ENTRIES), MatcherConfig(thresholds=Thresholds(own_purchase=False)))
    assert off.match(message).intent is Intent.FAQ


@pytest.mark.parametrize(
    ("message", "entry_id"),
    [
        ("pupuk yang murah dari pemerintah itu boleh ditebus semua petani?", "pupuk-bersubsidi"),
        ("pasar murah yang paling dekat kapan dan di mana", "pasar-murah-jadwal"),
        ("bantuan tongkat lansia dari dinsos gimana ngajuinnya", "bantuan-tongkat"),
    ],
)
def test_praise_asking_no_which_or_named_by_the_entry_is_answered(
    matcher: Matcher, message: str, entry_id: str
) -> None:
    result = matcher.match(message)
    assert (result.intent, result.entry_id) == (Intent.FAQ, entry_id)


def test_a_which_sentences_away_from_the_praise_asks_no_choice(matcher: Matcher) -> None:
    message = (
        "Ibu saya sudah tua dan susah jalan, kami bingung harus ke mana karena rumah jauh "
        "dari kota. Apakah ada bantuan tongkat lansia yang murah atau gratis dari dinsos?"
    )
    result = matcher.match(message)
    assert (result.intent, result.entry_id) == (Intent.FAQ, "bantuan-tongkat")
