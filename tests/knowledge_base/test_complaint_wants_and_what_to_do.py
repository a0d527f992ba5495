"""A writer saying what they want to do, or asking what is to be done with a thing, asks;
an official refusing, a price set on a wish, or a thing about to break is still told
(messages invented; the sample KB)."""

from __future__ import annotations

import pytest

from knowledge_base.complaint import default_signals
from knowledge_base.complaint_shape import ends_requesting
from knowledge_base.matcher import Intent, Matcher
from knowledge_base.phrases import spaced


@pytest.mark.parametrize(
    "wanted",
    [
        "saya mau pasang meteran air baru di rumah",
        "rumah sudah lunas sekarang mau pindah nama sertifikat",
        "i want to open a food stall near the market",
    ],
)
def test_the_writer_saying_what_they_want_to_do_asks_how(wanted: str) -> None:
    assert ends_requesting(spaced(wanted.split(" ")), default_signals())


@pytest.mark.parametrize(
    "told",
    [
        "petugas kelurahan tidak mau melayani warga",
        "kalau mau dapat bantuan harus setor dulu ke ketua",
        "dahan pohon di depan sekolah mau patah ke kabel",
        "saya mau protes soal antrean di kecamatan",
        "kami mau jalan kampung segera diaspal",
        "saya mau sampahnya diangkut",
    ],
)
def test_a_refusal_a_price_a_thing_about_to_break_or_a_demand_is_no_wish_to_act(
    told: str,
) -> None:
    assert not ends_requesting(spaced(told.split(" ")), default_signals())


def test_asking_what_is_to_be_done_with_a_wound_is_no_complaint(matcher: Matcher) -> None:
    message = "tangan adik saya dicakar kucing liar tadi siang, lukanya harus diapakan"
    assert matcher.match(message).intent != Intent.COMPLAINT


def test_an_official_refusing_is_still_a_complaint(matcher: Matcher) -> None:
    message = "operator desa tidak mau memasukkan nama ibu saya ke data bansos padahal miskin"
    assert matcher.match(message).intent == Intent.COMPLAINT
