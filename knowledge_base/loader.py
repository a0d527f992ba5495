"""Read a knowledge-base folder of YAML files into a :class:`KnowledgeBase`."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from knowledge_base.entries import KbEntry, KnowledgeBase


class KnowledgeBaseError(Exception):
    """The knowledge base cannot be loaded; the message says where."""


def kb_files(folder: Path) -> list[Path]:
    if folder.is_file():
        return [folder]
    if not folder.is_dir():
        raise KnowledgeBaseError(f"ADUAN_KB: {folder} is not a folder")
    return sorted(p for p in folder.rglob("*") if p.suffix in (".yaml", ".yml") and p.is_file())


def _entry(raw: dict[str, Any], source: str, line: int) -> KbEntry:
    def strings(value: Any) -> tuple[str, ...]:
        if value is None:
            return ()
        if isinstance(value, str):
            return (value.strip(),)
        return tuple(str(v).strip() for v in value if str(v).strip())

    answer_en = raw.get("answer_en")
    return KbEntry(
        id=str(raw.get("id", "")).strip(),
        agency=str(raw.get("agency", "")).strip(),
        questions=strings(raw.get("questions")),
        answer=str(raw.get("answer") or "").strip(),
        answer_en=str(answer_en).strip() if answer_en else None,
        keywords=strings(raw.get("keywords")),
        source=source,
        line=line,
    )


def load_kb(folder: Path) -> KnowledgeBase:
    """Load every ``*.yaml`` under ``folder``. Raises on bad YAML or a bad entry shape;
    content problems (duplicates, unknown agencies) are reported by ``aduan kb check``."""
    entries: list[KbEntry] = []
    for path in kb_files(folder):
        try:
            node = yaml.compose(path.read_text(encoding="utf-8"))
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
        except yaml.YAMLError as exc:
            raise KnowledgeBaseError(f"{path}: invalid YAML: {exc}") from exc
        if data is None:
            continue
        if not isinstance(data, list) or node is None or not isinstance(node, yaml.SequenceNode):
            raise KnowledgeBaseError(f"{path}:1: expected a list of entries")
        for item_node, raw in zip(node.value, data, strict=True):
            line = item_node.start_mark.line + 1
            if not isinstance(raw, dict):
                raise KnowledgeBaseError(f"{path}:{line}: an entry must be a mapping")
            entries.append(_entry(raw, str(path), line))
    return KnowledgeBase(entries=tuple(entries))
