from __future__ import annotations

from pathlib import Path

import pytest

from knowledge_base.checker import check_kb
from knowledge_base.entries import KnowledgeBase
from knowledge_base.language import language_of
from knowledge_base.loader import load_kb
from knowledge_base.matcher import Intent, Matcher

ENGLISH_KB = """\
- id: akta-kematian
  agency: disdukcapil
  questions:
    - Bagaimana cara mengurus akta kematian?
  title_en: How do I get a death certificate?
  questions_en:
    - what documents do I need to register a death
  keywords: [akta kematian]
  answer: Bawa surat keterangan kematian dan KK.
  answer_en: Bring the death notice and the Family Card.
- id: izin-keramaian
  agency: dishub
  questions:
    - Bagaimana mengurus izin penutupan jalan untuk acara warga?
  title_en: How do I get a permit to close a road for an event?
  keywords: [tutup jalan, hajatan]
  answer: Ajukan ke kepolisian dengan pengantar RT/RW.
"""


@pytest.fixture
def english_kb(tmp_path: Path) -> Path:
    (tmp_path / "kb.yaml").write_text(ENGLISH_KB, encoding="utf-8")
    return tmp_path


def test_english_questions_and_title_are_loaded_and_checked(english_kb: Path) -> None:
    entry = load_kb(english_kb).get("akta-kematian")
    assert entry is not None
    assert entry.title_in("en") == "How do I get a death certificate?"
    assert entry.title_in("id") == "Bagaimana cara mengurus akta kematian?"
    assert entry.questions_en == ("what documents do I need to register a death",)
    assert check_kb(english_kb, None) == []


@pytest.mark.parametrize(
    ("message", "entry_id"),
    [
        ("what documents are needed to register a death?", "akta-kematian"),
        ("permit to close the street for a wedding", "izin-keramaian"),
    ],
)
def test_an_english_message_gets_the_same_entry(
    english_kb: Path, message: str, entry_id: str
) -> None:
    result = Matcher(load_kb(english_kb)).match(message)
    assert (result.intent, result.entry_id, result.language) == (Intent.FAQ, entry_id, "en")


def test_the_bilingual_bridge_helps_a_kb_without_english_questions(kb: KnowledgeBase) -> None:
    result = Matcher(kb).match("how to pay land and building tax online")
    assert (result.intent, result.entry_id) == (Intent.FAQ, "pbb-bayar")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("what documents do I need to register a death", "en"),
        ("there is a fire at the market", "en"),
        ("bayar pbb lewat e-wallet bisa ga", "id"),
        ("first time bikin ktp, bawa dokumen apa aja", "id"),
    ],
)
def test_the_language_of_a_message_is_english_only_when_mostly_english(
    text: str, language: str
) -> None:
    assert language_of(text) == language
