"""A knowledge-base file with no entry among files that have some: emptied by mistake or
a copy that failed. The bot starts without that file's answers and nothing else says so;
a warning, not a problem, since a file kept empty for later is a choice too."""

from __future__ import annotations

from pathlib import Path

import typer
import yaml

from knowledge_base.checker import read_kb
from knowledge_base.files import KnowledgeBaseError, kb_files

Documents = list[tuple[Path, yaml.SequenceNode]]


def warn_about_empty_files(folder: Path, documents: Documents | None = None) -> None:
    """Warn about the files in ``folder`` that hold no entry while others do.
    ``documents``: the checker's reading of ``folder`` when the caller has it (read
    again otherwise; a knowledge base with problems is the checker's to report)."""
    if documents is None:
        documents, problems = read_kb(folder, None)
        if problems:
            return
    try:
        files = kb_files(folder)
    except KnowledgeBaseError:
        return
    with_entries = {path for path, root in documents if root.value}
    empty = [file for file in files if file not in with_entries]
    if empty and len(empty) < len(files):
        names = ", ".join(str(file) for file in empty[:5]) + (", ..." if len(empty) > 5 else "")
        typer.echo(
            f"warning: no entries in {names} (an empty file, emptied by mistake?): the "
            "bot answers nothing from it; delete it if that is meant",
            err=True,
        )
