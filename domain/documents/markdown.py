"""Tables as Markdown (GitHub-flavoured pipe tables), for reports pasted into a wiki,
an e-mail or a repository: a heading per table, cells as text, pipes escaped."""

from __future__ import annotations

from collections.abc import Sequence

from domain.documents.table import Table, cell_text, numeric


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def table_markdown(table: Table, level: int = 2) -> str:
    lines = [f"{'#' * level} {table.title}", ""]
    lines.append("| " + " | ".join(_cell(h) for h in table.headers) + " |")
    lines.append("|" + "|".join("---:" if n else "---" for n in numeric(table)) + "|")
    lines += [
        "| " + " | ".join(_cell(cell_text(v, table.language)) for v in row) + " |"
        for row in table.rows
    ]
    return "\n".join(lines)


def write_markdown(title: str, tables: Sequence[Table], notes: Sequence[str] = ()) -> bytes:
    """A document: its title, notes (paragraphs), then each table under a heading."""
    parts = [f"# {title}", *notes, *(table_markdown(t) for t in tables)]
    return ("\n\n".join(parts) + "\n").encode("utf-8")
