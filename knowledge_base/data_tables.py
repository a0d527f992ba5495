"""The general tables shipped in ``knowledge_base/data/``: read as lines or tab-separated
rows, blank lines and ``#`` comments left out. Every table reader goes through here."""

from __future__ import annotations

from importlib.resources import files


def data_lines(name: str) -> list[str]:
    """The table's lines that carry data."""
    text = (files("knowledge_base") / "data" / name).read_text(encoding="utf-8")
    return [line.rstrip("\n") for line in text.splitlines() if line.strip() and line[0] != "#"]


def data_rows(name: str) -> list[list[str]]:
    """The table's data lines split on tabs, each cell stripped."""
    return [[cell.strip() for cell in line.split("\t")] for line in data_lines(name)]
