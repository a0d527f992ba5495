"""A writer saying what they want to do, or asking what is to be done with a thing, asks;
an official refusing, a price set on a wish, or a thing about to break is still told; a
bad state and how long it has lasted, with no question, is a report (messages invented;
the sample KB)."""

from __future__ import annotations

import pytest

from knowledge_base.complaint import default_signals
from knowledge_base.complaint_shape import ends_requesting
from knowledge_base.complaint_told import tells_elapsed
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


def test_how_long_a_bad_state_has_lasted_is_read_right_after_it() -> None:
    signals = default_signals()
    assert tells_elapsed(" air mati 3 hari ", signals)
    assert tells_elapsed(" sampah belum diangkut 2 minggu ", signals)
    assert not tells_elapsed(" ktp jadi 14 hari ", signals)
    assert not tells_elapsed(" izin cuti 3 hari ", signals)
    assert not tells_elapsed(" air mati 3 hari ")  # without the signals: "sudah" needed


@pytest.mark.parametrize("report", ["air pdam mati 3 hari", "lampu jalan di gang mati 2 minggu"])
def test_a_short_report_of_a_bad_state_and_how_long_is_a_complaint(
    matcher: Matcher, report: str
) -> None:
    assert matcher.match(report).intent == Intent.COMPLAINT


def test_asking_what_to_do_about_a_state_that_lasted_is_no_complaint(matcher: Matcher) -> None:
    assert matcher.match("bansos belum cair 3 bulan, harus ke mana?").intent != Intent.COMPLAINT
