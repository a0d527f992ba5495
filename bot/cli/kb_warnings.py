"""A knowledge-base file with no entry among files that have some: emptied by mistake or
a copy that failed. The bot starts without that file's answers and nothing else says so;
a warning, not a problem, since a file kept empty for later is a choice too."""

from __future__ import annotations

from pathlib import Path

import typer

from knowledge_base.files import KnowledgeBaseError, compose_yaml, kb_files


def _without_entries(file: Path) -> bool:
    try:
        root = compose_yaml(file.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError):
        return False  # unreadable files are the checker's problems, not a warning
    return root is None or (isinstance(root.value, list) and not root.value)


def warn_about_empty_files(folder: Path) -> None:
    try:
        files = kb_files(folder)
    except KnowledgeBaseError:
        return
    empty = [file for file in files if _without_entries(file)]
    if empty and len(empty) < len(files):
        names = ", ".join(str(file) for file in empty[:5]) + (", ..." if len(empty) > 5 else "")
        typer.echo(
            f"warning: no entries in {names} (an empty file, emptied by mistake?): the "
            "bot answers nothing from it; delete it if that is meant",
            err=True,
        )
