"""A YAML syntax error in the words of someone who edits a configuration file.

PyYAML says what its parser met ("found character '\\t' that cannot start any token",
"mapping values are not allowed here"); the agencies file and the knowledge base are
edited by operators who need what to change. Shared by both readers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import yaml

QUOTE_IT = "put the text in quotes, or write it on the lines after 'key: |', indented"
RESERVED_START = f"YAML reserves that character at the start of a value: {QUOTE_IT}"
_UNSTARTABLE = re.compile(r"found character '(.)' that cannot start any token")


@dataclass(frozen=True)
class YamlProblem:
    line: int
    column: int
    message: str


def _advice(exc: yaml.MarkedYAMLError) -> str:
    problem, context = exc.problem or "", exc.context or ""
    if "'\\t'" in problem:
        return "a tab character: YAML indents with spaces only, replace the tab with spaces"
    if "undefined alias" in problem:  # '*Penting*: ...' reads as a reference to an anchor
        return f"a value that starts with '*': {RESERVED_START}"
    if "scanning an alias" in context or "scanning an anchor" in context:
        return f"a value that starts with '{'*' if 'alias' in context else '&'}': {RESERVED_START}"
    unstartable = _UNSTARTABLE.search(problem)
    if unstartable:  # '@' and '`' begin no YAML token
        return f"a value that starts with '{unstartable[1]}': {RESERVED_START}"
    if "mapping values are not allowed" in problem:
        return f"a ': ' inside a value: {QUOTE_IT}"
    if "quoted scalar" in context and exc.context_mark is not None:
        return f"the quote opened at line {exc.context_mark.line + 1} is never closed"
    if context.startswith("while parsing a flow"):
        return f"a text inside [ ] or {{ }} with a , : ? or # in it: {QUOTE_IT}"
    if "but found '<scalar>'" in problem:  # answer: "Gratis" untuk warga
        return f"more text after a quoted one: {QUOTE_IT.replace('the text', 'all of it')}"
    if "expected <block end>" in problem or "did not find expected key" in problem:
        return "this line is indented differently from the lines around it: align it"
    if "could not find expected ':'" in problem:
        return f"a line that is neither 'key: value' nor '- item' (a long text: {QUOTE_IT})"
    return problem or str(exc)


def describe_yaml_error(exc: yaml.YAMLError, text: str = "") -> YamlProblem:
    """Where the parser stopped (1-based line and column) and what to do about it; a
    character no text file holds (a binary file, a control character pasted in) is
    found in ``text``, the file's content."""
    if isinstance(exc, yaml.reader.ReaderError):
        line = text.count("\n", 0, exc.position) + 1
        char = exc.character if isinstance(exc.character, int) else ord(exc.character)
        return YamlProblem(
            line,
            exc.position - text.rfind("\n", 0, exc.position),
            f"a control character (U+{char:04X}) that no text file holds: save the file "
            "as plain UTF-8 text, or delete the character",
        )
    if isinstance(exc, yaml.MarkedYAMLError):
        mark = exc.problem_mark or exc.context_mark
        if mark is not None:
            return YamlProblem(mark.line + 1, mark.column + 1, _advice(exc))
        return YamlProblem(1, 1, _advice(exc))
    return YamlProblem(1, 1, str(exc))
