"""Read a knowledge-base folder of YAML files into a :class:`KnowledgeBase`.

A knowledge base that ``aduan kb check`` rejects is refused here too (with the same
problems), so the bot never answers residents from an entry without an answer, with a
misspelt field, a duplicate id or an agency that does not exist."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from knowledge_base.checker import Problem, check_kb, read_kb
from knowledge_base.entries import KbEntry, KnowledgeBase
from knowledge_base.files import KnowledgeBaseError, construct_yaml, kb_files

__all__ = ["KnowledgeBaseError", "kb_files", "load_kb"]
SHOWN_PROBLEMS = 10


def _entry(raw: dict[str, Any], source: str, line: int) -> KbEntry:
    def strings(value: Any) -> tuple[str, ...]:
        if value is None:
            return ()
        if isinstance(value, str):
            return (value.strip(),)
        return tuple(str(v).strip() for v in value if str(v).strip())

    answer_en = raw.get("answer_en")
    title_en = raw.get("title_en")
    return KbEntry(
        id=str(raw.get("id", "")).strip(),
        agency=str(raw.get("agency", "")).strip(),
        questions=strings(raw.get("questions")),
        answer=str(raw.get("answer") or "").strip(),
        answer_en=str(answer_en).strip() if answer_en else None,
        keywords=strings(raw.get("keywords")),
        source=source,
        line=line,
        questions_en=strings(raw.get("questions_en")),
        title_en=str(title_en).strip() if title_en else None,
    )


def _refuse(folder: Path, problems: list[Problem]) -> None:
    if problems:
        shown = [str(p) for p in problems[:SHOWN_PROBLEMS]]
        if len(problems) > SHOWN_PROBLEMS:
            shown.append(f"… and {len(problems) - SHOWN_PROBLEMS} more (aduan kb check)")
        raise KnowledgeBaseError(
            f"knowledge base {folder} has {len(problems)} problem(s):\n  " + "\n  ".join(shown)
        )


def refuse_problems(folder: Path, agencies: frozenset[str] | None) -> None:
    """Raise :class:`KnowledgeBaseError` listing what ``aduan kb check`` finds."""
    _refuse(folder, check_kb(folder, agencies))


def load_kb(folder: Path, agencies: frozenset[str] | None = None) -> KnowledgeBase:
    """Load every ``*.yaml`` under ``folder``, refusing (:class:`KnowledgeBaseError`)
    anything ``aduan kb check`` reports; ``agencies`` None skips the agency check.
    Each file is parsed once: the checker's node tree is what the entries are built from."""
    documents, problems = read_kb(folder, agencies)
    _refuse(folder, problems)
    entries: list[KbEntry] = []
    for path, root in documents:
        try:
            data = construct_yaml(root)
        except yaml.YAMLError as exc:
            raise KnowledgeBaseError(f"{path}: invalid YAML: {exc}") from exc
        for item_node, raw in zip(root.value, data, strict=True):
            line = item_node.start_mark.line + 1
            if not isinstance(raw, dict):
                raise KnowledgeBaseError(f"{path}:{line}: an entry must be a mapping")
            entries.append(_entry(raw, str(path), line))
    return KnowledgeBase(entries=tuple(entries))
