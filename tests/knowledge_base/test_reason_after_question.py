"""A chat question typed without a question mark and followed by its reason ("... bawa apa
aja soalnya kemarin ...", "... because he turns seventeen ...") is cut before the reason,
so the story after the question weighs as a story, as it does when a "?" ends the question."""

from __future__ import annotations

from pathlib import Path

import pytest

import knowledge_base
from knowledge_base.focus import clauses
from knowledge_base.loader import load_kb
from knowledge_base.matcher import Intent, Matcher


@pytest.fixture(scope="module")
def sample() -> Matcher:
    return Matcher(load_kb(Path(knowledge_base.__file__).parent / "sample"))


def test_the_reason_after_a_question_is_a_clause_of_its_own(sample: Matcher) -> None:
    text = (
        "pak syarat bikin KTP pertama kali apa aja soalnya anak saya bulan depan umurnya "
        "tujuh belas dan sekolahnya minta fotokopi KTP buat daftar kuliah tahun depan"
    )
    parts = clauses(text, sample.index.normaliser)
    assert [c.asks for c in parts] == [True, False]


def test_an_english_question_with_its_reason_after_it_is_answered(sample: Matcher) -> None:
    text = (
        "how do i get a first id card for my son because he turns seventeen next month and "
        "his school asks for a copy before the university registration opens next year"
    )
    result = sample.match(text)
    assert (result.intent, result.entry_id) == (Intent.FAQ, "ktp-el-pertama-kali")


NEIGHBOURLY_STORY = (
    "Saya tinggal di ujung gang dekat masjid bersama istri dan dua anak, sehari-hari saya "
    "kerja serabutan dan istri jualan gorengan di depan rumah. Kemarin sore ada tetangga "
    "yang cerita waktu kami ngobrol di pos ronda. "
)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        (
            "Pajak tahunan mobil pikap saya dibayar ke kantor pajak kabupaten atau ke tempat lain?",
            "pajak-kendaraan-bukan-kabupaten",
        ),
        (
            "Anak sulung saya bulan depan genap tujuh belas, apa saja yang perlu dibawa untuk "
            "membuat kartu identitasnya?",
            "ktp-el-pertama-kali",
        ),
    ],
)
def test_the_question_read_with_its_clause_before_answers_an_entry_the_story_ranks_close(
    sample: Matcher, question: str, entry: str
) -> None:
    # the story reading put another entry a little ahead; the question with the clause
    # before it covers this one on both sides
    result = sample.match(NEIGHBOURLY_STORY + question)
    assert (result.intent, result.entry_id) == (Intent.FAQ, entry)
