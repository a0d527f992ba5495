from __future__ import annotations

from pathlib import Path

import pytest

from bot.config import sample_agencies_path
from domain.agencies import load_agencies
from domain.callbacks import pack, unpack
from domain.routing import suggest_agency
from handlers.emergency import looks_like_emergency


@pytest.fixture(scope="module")
def agencies():  # type: ignore[no-untyped-def]
    return load_agencies(sample_agencies_path())


def test_callback_data_round_trips() -> None:
    data = pack("cx", "ag", "pupr")
    assert data == "v1|cx|ag|pupr"
    callback = unpack(data)
    assert callback is not None and callback.action == "cx" and callback.args == ("ag", "pupr")


def test_callback_data_over_64_bytes_is_refused_when_packing() -> None:
    with pytest.raises(ValueError):
        pack("kb", "x" * 70)


@pytest.mark.parametrize("data", [None, "", "v2|m|ask", "m|ask", "v1|", "v1|" + "x" * 80])
def test_unknown_versions_and_garbage_do_not_unpack(data: str | None) -> None:
    assert unpack(data) is None


@pytest.mark.parametrize(
    ("text", "agency"),
    [
        ("jalan berlubang di depan pasar sudah lama", "pupr"),
        ("sampah menumpuk di TPS dekat sekolah, baunya menyengat", "dlh"),
        ("KTP saya hilang, mau bikin lagi", "disdukcapil"),
    ],
)
def test_complaints_are_routed_by_agency_keywords(agencies, text: str, agency: str) -> None:  # type: ignore[no-untyped-def]
    suggestion = suggest_agency(text, agencies)
    assert suggestion is not None and suggestion.code == agency


def test_no_keyword_means_no_suggestion(agencies) -> None:  # type: ignore[no-untyped-def]
    assert suggest_agency("saya kecewa dengan pelayanannya", agencies) is None


@pytest.mark.parametrize(
    "text", ["ada kebakaran di pasar!", "Kecelakaan motor di tikungan", "DARURAT tolong"]
)
def test_emergency_words_are_recognised(text: str) -> None:
    assert looks_like_emergency(text)


@pytest.mark.parametrize(
    "text", ["syarat bikin kk", "jalan rusak", "pemadam kebakaran-nya kapan latihan", "", None]
)
def test_ordinary_messages_are_not_emergencies(text: str | None) -> None:
    assert looks_like_emergency(text) is False


def test_the_sample_agencies_file_has_about_fourteen_agencies_and_a_default(agencies) -> None:  # type: ignore[no-untyped-def]
    assert 12 <= len(agencies.agencies) <= 16
    assert agencies.default.code == "diskominfo"
    assert agencies.supervisors_chat_id
    assert len(agencies.staff_chat_ids()) >= len(agencies.agencies)
    assert Path(sample_agencies_path()).is_file()
