"""Which files make a knowledge base, and the error raised when it cannot be used."""

from __future__ import annotations

from pathlib import Path


class KnowledgeBaseError(Exception):
    """The knowledge base cannot be loaded; the message says where."""


def kb_files(folder: Path) -> list[Path]:
    if folder.is_file():
        return [folder]
    if not folder.is_dir():
        raise KnowledgeBaseError(f"ADUAN_KB: {folder} is not a folder")
    return sorted(p for p in folder.rglob("*") if p.suffix in (".yaml", ".yml") and p.is_file())
