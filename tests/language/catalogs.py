"""The catalogs as Fluent source: each message's placeholders, and its literal text."""

from __future__ import annotations

from dataclasses import dataclass
from importlib.resources import files

from fluent.syntax import ast, parse, visitor


@dataclass(frozen=True)
class Shape:
    """What a message needs and offers: its variables, terms, messages it refers to
    and attributes."""

    variables: frozenset[str]
    references: frozenset[str]
    attributes: frozenset[str]


class _Collector(visitor.Visitor):
    def __init__(self) -> None:
        super().__init__()
        self.variables: set[str] = set()
        self.references: set[str] = set()
        self.text: list[str] = []

    def visit_VariableReference(self, node: ast.VariableReference) -> None:
        self.variables.add(node.id.name)

    def visit_TermReference(self, node: ast.TermReference) -> None:
        self.references.add("-" + node.id.name)

    def visit_MessageReference(self, node: ast.MessageReference) -> None:
        self.references.add(node.id.name)

    def visit_TextElement(self, node: ast.TextElement) -> None:
        self.text.append(node.value)


def _entries(language: str) -> tuple[ast.Resource, list[ast.Message | ast.Term]]:
    source = (files("domain") / "locales" / f"{language}.ftl").read_text(encoding="utf-8")
    resource = parse(source)
    return resource, [e for e in resource.body if isinstance(e, ast.Message | ast.Term)]


def _key(entry: ast.Message | ast.Term) -> str:
    return ("-" if isinstance(entry, ast.Term) else "") + entry.id.name


def shapes(language: str) -> dict[str, Shape]:
    found = {}
    for entry in _entries(language)[1]:
        seen = _Collector()
        seen.visit(entry)
        found[_key(entry)] = Shape(
            frozenset(seen.variables),
            frozenset(seen.references),
            frozenset(a.id.name for a in entry.attributes),
        )
    return found


def texts(language: str) -> dict[str, str]:
    """Each message's literal words (placeholders left out), one string per message."""
    found = {}
    for entry in _entries(language)[1]:
        seen = _Collector()
        seen.visit(entry)
        found[_key(entry)] = " ".join(seen.text)
    return found


def junk(language: str) -> list[str]:
    """What the Fluent parser could not read (a broken line drops its message)."""
    resource, _ = _entries(language)
    return [e.content[:120] for e in resource.body if isinstance(e, ast.Junk)]
