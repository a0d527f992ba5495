"""A complaint told by what a problem does, with no word of complaint: smoke of burnt
rubbish getting into homes, a crossing people are afraid to use, traders' goods seized.
The messages are invented."""

from __future__ import annotations

import pytest

from knowledge_base.complaint import complaint_features, default_signals
from knowledge_base.complaint_shape import ends_requesting
from knowledge_base.lexicon import default_lexicon
from knowledge_base.normaliser import Normaliser
from knowledge_base.phrases import spaced
from knowledge_base.tokens import words_of


def _found(text: str) -> dict[str, float]:
    normaliser = Normaliser(default_lexicon(), ["pasar", "jembatan", "sawah", "sekolah"])
    tokens = normaliser.tokens(text)
    return complaint_features(tokens, False, default_lexicon(), typed=words_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "tetangga bakar sampah tiap malam, asapnya masuk ke kamar anak",
        "jembatan kayu ke sekolah sudah lapuk, anak anak takut lewat",
        "the neighbours keep burning rubbish and the smoke comes into our kitchen",
    ],
)
def test_a_nuisance_told_by_its_effect_on_people_is_a_bad_state(text: str) -> None:
    assert _found(text)["bad"]


def test_goods_seized_by_an_official_is_conduct() -> None:
    assert _found("petugas pasar menyita gerobak bapak saya")["conduct_by_official"]


def test_asking_for_someone_to_come_and_check_is_a_request_not_a_report() -> None:
    signals = default_signals()
    asked = "kami butuh petugas datang memeriksa instalasi listrik di sekolah"
    told = "kami butuh petugas sampah sudah seminggu tidak diangkut"
    assert ends_requesting(spaced(asked.split(" ")), signals)
    assert not ends_requesting(spaced(told.split(" ")), signals)


@pytest.mark.parametrize(
    "text",
    [
        "the headmaster makes parents pay for the free books",
        "the social worker favours families from her own village",
        "the hamlet head only lists his own relatives for the aid",
    ],
)
def test_an_english_report_of_a_school_or_hamlet_head_favouring_or_charging_is_conduct(
    text: str,
) -> None:
    assert _found(text)["conduct_by_official"]


@pytest.mark.parametrize(
    "text",
    [
        "surat pengantar saya ditolak kantor desa tanpa alasan",
        "nama bapak saya dicoret dari penerima bantuan tanpa pemberitahuan",
        "cucu saya tidak dilayani di posyandu karena lupa bawa buku",
        "kartu identitas anak saya jadi tapi datanya salah orang",
        "the rubbish piles up at the corner every week",
    ],
)
def test_a_service_refused_or_taken_away_without_reason_is_reported(text: str) -> None:
    found = _found(text)
    assert found["bad"] or found["conduct"]
