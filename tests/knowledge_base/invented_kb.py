"""Invented knowledge bases for the matcher tests, written as the KB's own YAML files are
(each entry's id, agency, questions, keywords and answer), so that a test reads as the
KB it invents, the message and the outcome rather than as the KbEntry plumbing. An entry
with one question may write it as ``question: ...`` on one line.

The entries are built here directly, not through the loader, so a test's KB holds
exactly the fields written and nothing the loader would add or check."""

from __future__ import annotations

import textwrap

import yaml

from knowledge_base.entries import KbEntry, KnowledgeBase
from knowledge_base.matcher import Matcher

_FIELDS = frozenset({"id", "agency", "question", "questions", "keywords", "answer"})


def _text(value: object, where: str) -> str:
    # YAML reads a bare "yes" or "2024" as a bool or a number: refuse it, so that an
    # invented entry holds exactly the words written.
    if not isinstance(value, str):
        raise TypeError(f"{where}: {value!r} is not text (quote it)")
    return value


def _texts(value: object, where: str) -> tuple[str, ...]:
    if not isinstance(value, list):
        raise TypeError(f"{where}: write a list, [like, this]")
    return tuple(_text(item, where) for item in value)


def _questions(raw: dict[str, object], entry_id: str) -> tuple[str, ...]:
    if ("question" in raw) == ("questions" in raw):
        raise ValueError(f"{entry_id}: write either question (one) or questions (a list)")
    if "question" in raw:
        return (_text(raw["question"], entry_id),)
    return _texts(raw["questions"], entry_id)


def _entry(raw: object) -> KbEntry:
    if not isinstance(raw, dict) or not {"id", "agency", "answer"} <= set(raw):
        raise ValueError(f"an invented entry needs id, agency, questions, answer: {raw!r}")
    if set(raw) - _FIELDS:
        raise ValueError(f"unknown fields {sorted(set(raw) - _FIELDS)} in {raw['id']!r}")
    entry_id = _text(raw["id"], "id")
    return KbEntry(
        id=entry_id,
        agency=_text(raw["agency"], entry_id),
        questions=_questions(raw, entry_id),
        keywords=_texts(raw.get("keywords", []), entry_id),
        answer=_text(raw["answer"], entry_id),
    )


def _entries(entries_yaml: str) -> list[KbEntry]:
    raw = yaml.safe_load(textwrap.dedent(entries_yaml))
    if not isinstance(raw, list):
        raise TypeError("write the invented entries as a YAML list (- id: ...)")
    return [_entry(item) for item in raw]


def invented_entry(
    entry_id: str,
    questions: str | tuple[str, ...],
    *,
    answer: str | None = None,
    keywords: tuple[str, ...] = (),
    agency: str = "x",
) -> KbEntry:
    """One entry built in code, for a test that varies an entry's fields one at a time
    (a question, a keyword, the answer's wording). Unless written, the answer is
    "Jawaban tentang <first question>", which adds no words of its own."""
    asked = (questions,) if isinstance(questions, str) else questions
    return KbEntry(
        id=entry_id,
        agency=agency,
        questions=asked,
        answer=f"Jawaban tentang {asked[0]}" if answer is None else answer,
        keywords=keywords,
    )


def invented_kb(*entries_yaml: str) -> KnowledgeBase:
    """The knowledge base of the entries written in each of ``entries_yaml`` (YAML
    lists, in order: a test can add an entry of its own to a shared one)."""
    return KnowledgeBase(tuple(entry for text in entries_yaml for entry in _entries(text)))


def invented_matcher(*entries_yaml: str) -> Matcher:
    """The matcher over the invented knowledge base of ``entries_yaml``."""
    return Matcher(invented_kb(*entries_yaml))
