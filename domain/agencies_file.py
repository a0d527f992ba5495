"""The one reader of the agencies file (``ADUAN_AGENCIES``): its YAML for each of its
readers (the agencies, the deadlines of ``sla:``, the PPID offices); an unreadable or
malformed file is one clear error.

A key given twice in one mapping is an error too: YAML keeps the last silently, so an
agency whose ``staff_chat_id`` was pasted twice, or a second ``agencies:`` list added
below the first, would lose data without a word."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import yaml

from domain.config_errors import AgenciesFileError
from domain.yaml_problems import describe_yaml_error

T = TypeVar("T")


def _constructed(path: Path, root: yaml.Node | None) -> Any:
    """The data of the file's node tree ``root``; a key given twice is an error."""
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
    except (ValueError, yaml.YAMLError) as exc:
        raise _unreadable_value(path, root, exc) from exc
    finally:
        loader.dispose()


def _compose(path: Path) -> Any:
    """The file's node tree; one error naming the file (and the line) when it has none."""
    if path.is_dir():
        raise AgenciesFileError(
            f"ADUAN_AGENCIES: {path} is a folder: name the agencies file itself "
            f"({path / 'agencies.yaml'})"
        )
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise AgenciesFileError(
            f"ADUAN_AGENCIES: cannot read {path}: {exc.strerror} (looked for {path.absolute()})"
        ) from exc
    except UnicodeDecodeError as exc:
        raise AgenciesFileError(
            f"ADUAN_AGENCIES: {path} is not UTF-8 text: save it as UTF-8 ({exc.reason})"
        ) from exc
    try:
        return yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as exc:
        problem = describe_yaml_error(exc)
        raise AgenciesFileError(
            f"ADUAN_AGENCIES: {path}:{problem.line}: invalid YAML: {problem.message}"
        ) from exc


def _unreadable_value(path: Path, root: yaml.Node, exc: Exception) -> AgenciesFileError:
    """A value the YAML loader cannot build (a date like 2026-12-32), with its line."""
    loader = yaml.SafeLoader("")
    stack = [root]
    try:
        while stack:
            node = stack.pop()
            if isinstance(node, yaml.ScalarNode):
                try:
                    loader.construct_object(node)
                except (ValueError, yaml.YAMLError) as bad:
                    line = node.start_mark.line + 1
                    return AgenciesFileError(
                        f"ADUAN_AGENCIES: {path}:{line}: {node.value!r} cannot be read ({bad}); "
                        "a date is written YYYY-MM-DD, e.g. 2026-12-24"
                    )
            elif isinstance(node, yaml.MappingNode):
                stack.extend(n for pair in reversed(node.value) for n in reversed(pair))
            elif isinstance(node, yaml.SequenceNode):
                stack.extend(reversed(node.value))
    finally:
        loader.dispose()
    return AgenciesFileError(f"ADUAN_AGENCIES: {path}: cannot be read: {exc}")


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


def read_with_lines(path: Path, parse: Callable[[Any], T]) -> T:
    """``parse`` of the file's data; its error names the line of the place it names
    (``agencies[3] (pupr).staff_chat_id`` → ``path:88: agencies[3] …``)."""
    root = _compose(path)
    data = _constructed(path, root)
    try:
        return parse(data)
    except AgenciesFileError as exc:
        raise _with_line(path, root, exc) from exc


_PLACE = re.compile(r"(?P<key>[a-z_]+)(?:\[(?P<index>\d+)\])?(?: \([^)]*\))?")


def _with_line(path: Path, root: yaml.Node | None, exc: AgenciesFileError) -> AgenciesFileError:
    """``exc`` naming the line of the place it names in the file's node tree ``root``."""
    message, prefix = str(exc), f"{path}: "
    if not message.startswith(prefix):
        return exc
    place = message[len(prefix) :]
    node = root
    line = None
    for part in place.split(":", 1)[0].split("."):
        found = _PLACE.fullmatch(part.strip())
        if found is None or not isinstance(node, yaml.MappingNode):
            break
        pair = next((p for p in node.value if str(p[0].value) == found["key"]), None)
        if pair is None:
            break
        line, node = pair[0].start_mark.line + 1, pair[1]
        if found["index"] is not None:
            if not isinstance(node, yaml.SequenceNode) or int(found["index"]) >= len(node.value):
                break
            node = node.value[int(found["index"])]
            line = node.start_mark.line + 1
    if line is None:
        return exc
    return type(exc)(f"{path}:{line}: {place}")
