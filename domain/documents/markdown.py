"""Tables as Markdown (GitHub-flavoured pipe tables), for reports pasted into a wiki,
an e-mail or a repository: a heading per table, cells as text, pipes escaped."""

from __future__ import annotations

from collections.abc import Sequence

from domain.documents.table import Cell, Table, cell_text


def _cell(value: Cell) -> str:
    return " ".join(cell_text(value).split()).replace("|", "\\|")


def _numeric(value: Cell) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def table_markdown(table: Table, level: int = 2) -> str:
    numeric = [
        bool(table.rows) and all(_numeric(row[i]) or row[i] is None for row in table.rows)
        for i in range(len(table.headers))
    ]
    lines = [f"{'#' * level} {table.title}", ""]
    lines.append("| " + " | ".join(_cell(h) for h in table.headers) + " |")
    lines.append("|" + "|".join("---:" if n else "---" for n in numeric) + "|")
    lines += ["| " + " | ".join(_cell(v) for v in row) + " |" for row in table.rows]
    return "\n".join(lines)


def write_markdown(title: str, tables: Sequence[Table], notes: Sequence[str] = ()) -> bytes:
    """A document: its title, notes (paragraphs), then each table under a heading."""
    parts = [f"# {title}", *notes, *(table_markdown(t) for t in tables)]
    return ("\n\n".join(parts) + "\n").encode("utf-8")
