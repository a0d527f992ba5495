"""A message longer than the matcher reads is cut to its question, not to its beginning."""

from __future__ import annotations

from knowledge_base.condense import condensed
from knowledge_base.matcher import MAX_QUERY_CHARS, Intent, Matcher

# invented: a resident's page-long story, its question last
STORY = (
    "Saya tinggal di kampung dekat pasar sejak kecil dan bekerja sebagai tukang ojek. "
    "Tahun lalu kami pindah kontrakan dua kali karena pemiliknya menjual rumahnya. "
    "Barang-barang kami sempat berantakan dan banyak berkas yang terselip di kardus. "
    "Istri saya berjualan sayur di depan rumah setiap pagi sebelum anak-anak sekolah. "
    "Minggu kemarin motor saya mogok sehingga dua hari saya tidak bisa narik penumpang. "
)
QUESTION = "Pertanyaan saya, untuk membuat akta kelahiran bayi kami dokumen apa yang dibawa?"


def _asks(piece: str) -> bool:
    return "?" in piece or "mohon" in piece.lower()


def test_a_message_within_the_limit_is_kept_whole() -> None:
    text = STORY + QUESTION
    assert condensed(text, _asks, len(text)) is text


def test_a_page_long_story_keeps_its_closing_question() -> None:
    text = STORY * 6 + QUESTION
    kept = condensed(text, _asks, 500)
    assert len(kept) <= 500
    assert kept.endswith(QUESTION)
    assert kept.startswith("Saya tinggal di kampung")  # the opening sentence stays


def test_kept_sentences_stay_in_the_order_they_were_written() -> None:
    first = "Mohon info jam buka kantor kecamatan."
    text = STORY * 4 + first + " " + STORY * 4 + QUESTION
    kept = condensed(text, _asks, 400)
    assert first in kept and QUESTION in kept
    assert kept.index(first) < kept.index(QUESTION)


def test_a_long_story_with_no_question_is_left_as_it_is() -> None:
    text = STORY * 8
    assert condensed(text, _asks, 300) is text


def test_a_long_run_of_commas_is_cut_at_its_commas() -> None:
    run_on = STORY.replace(". ", ", ") * 5 + "kalau mau bikin akta lahir bawa apa aja?"
    kept = condensed(run_on, _asks, 300)
    assert len(kept) <= 300
    assert kept.endswith("kalau mau bikin akta lahir bawa apa aja?")


def test_a_page_long_message_is_answered_from_its_closing_question(matcher: Matcher) -> None:
    text = "Selamat pagi admin. " + STORY * 6 + QUESTION + " Terima kasih banyak."
    assert len(text) > 2 * MAX_QUERY_CHARS
    result = matcher.match(text)
    assert result.intent is Intent.FAQ
    assert result.entry_id == "akta-lahir"
