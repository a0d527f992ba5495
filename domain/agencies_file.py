"""The one reader of the agencies file (``ADUAN_AGENCIES``): its YAML for each of its
readers (the agencies, the deadlines of ``sla:``, the PPID offices); an unreadable or
malformed file is one clear error.

A key given twice in one mapping is an error too: YAML keeps the last silently, so an
agency whose ``staff_chat_id`` was pasted twice, or a second ``agencies:`` list added
below the first, would lose data without a word."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from domain.config_errors import AgenciesFileError


def read_agencies_file(path: Path) -> Any:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise AgenciesFileError(f"ADUAN_AGENCIES: cannot read {path}: {exc.strerror}") from exc
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as exc:
        raise AgenciesFileError(f"ADUAN_AGENCIES: {path} is not valid YAML: {exc}") from exc
    if root is None:
        return None
    repeated = _repeated_key(root)
    if repeated is not None:
        key, line, first = repeated
        raise AgenciesFileError(
            f"ADUAN_AGENCIES: {path}:{line}: '{key}' is given twice in the same place "
            f"(first at line {first}); keep one"
        )
    loader = yaml.SafeLoader("")
    try:
        return loader.construct_document(root)
    finally:
        loader.dispose()


def _repeated_key(node: yaml.Node) -> tuple[str, int, int] | None:
    """The first key found twice in one mapping: (key, its second line, its first line)."""
    stack = [node]
    while stack:
        current = stack.pop()
        if isinstance(current, yaml.MappingNode):
            seen: dict[str, int] = {}
            for key, value in current.value:
                name = str(key.value)
                line = key.start_mark.line + 1
                if name in seen:
                    return name, line, seen[name]
                seen[name] = line
                stack.append(value)
        elif isinstance(current, yaml.SequenceNode):
            stack.extend(reversed(current.value))
    return None
