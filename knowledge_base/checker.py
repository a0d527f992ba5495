"""``aduan kb check``: every problem in a knowledge-base folder, with file and line."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import yaml

from domain.known_keys import nearest
from domain.yaml_problems import describe_yaml_error
from knowledge_base.files import KnowledgeBaseError, compose_yaml, kb_files

KEBAB = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
REQUIRED = ("id", "agency", "questions", "answer")
OPTIONAL = ("keywords", "answer_en", "questions_en", "title_en")


@dataclass(frozen=True)
class Problem:
    path: str
    line: int
    message: str

    def __str__(self) -> str:
        if self.line <= 0:  # the folder or the whole file, not one line of it
            return f"{self.path}: {self.message}"
        return f"{self.path}:{self.line}: {self.message}"


def _line(node: yaml.Node) -> int:
    return node.start_mark.line + 1


def _scalar_text(node: yaml.Node) -> str | None:
    """The value of a plain string scalar, or None for any other node."""
    if isinstance(node, yaml.ScalarNode) and node.tag == "tag:yaml.org,2002:str":
        return str(node.value)
    return None


def _not_text(node: yaml.Node) -> str:
    """Why a value is not text, when YAML read the operator's words as something else: a
    number (``112``), a yes/no (``yes``, ``no``), a date, or a tag (``!penting``)."""
    if not isinstance(node, yaml.ScalarNode) or node.style:  # quoted: "" is plain (libyaml)
        return ""
    if node.tag.startswith("!"):
        return f": YAML reads a leading {node.tag!r} as a tag, put the text in quotes"
    read_as = {"int": "a number", "float": "a number", "bool": "yes/no", "null": "nothing"}
    kind = read_as.get(node.tag.rsplit(":", 1)[-1], "a date or time")
    return f": YAML reads {node.value!r} as {kind}, put it in quotes ('{node.value}')"


def _check_string(path: str, name: str, node: yaml.Node, out: list[Problem]) -> str | None:
    text = _scalar_text(node)
    if text is None:
        out.append(Problem(path, _line(node), f"'{name}' must be a string{_not_text(node)}"))
        return None
    if not text.strip():
        out.append(Problem(path, _line(node), f"'{name}' is empty"))
    return text.strip()


def _check_list(path: str, name: str, node: yaml.Node, out: list[Problem], required: bool) -> None:
    if not isinstance(node, yaml.SequenceNode):
        out.append(Problem(path, _line(node), f"'{name}' must be a list of strings"))
        return
    if required and not node.value:
        out.append(Problem(path, _line(node), f"'{name}' is empty"))
    singular = name.rstrip("s")
    for item in node.value:
        text = _scalar_text(item)
        if text is None:
            message = f"each {singular} must be a string{_not_text(item)}"
            out.append(Problem(path, _line(item), message))
        elif not text.strip():
            out.append(Problem(path, _line(item), f"empty {singular}"))


def _dropped_anchors(path: str, root: yaml.Node, lines: list[str]) -> list[Problem]:
    """Text that starts with ``&`` unquoted: YAML reads ``&word`` as an anchor's name and
    drops it from the text without a word (``answer: &ndash; ...``, ``- &x pertanyaan``)."""
    seen: set[int] = set()
    stack, found = [root], []
    while stack:
        node = stack.pop()
        if id(node) in seen:  # an alias (*name) is the anchored node itself
            continue
        seen.add(id(node))
        if isinstance(node, yaml.MappingNode):
            stack.extend(value for _, value in node.value)
        elif isinstance(node, yaml.SequenceNode):
            stack.extend(node.value)
        elif isinstance(node, yaml.ScalarNode) and not node.style:
            mark = node.start_mark
            line = lines[mark.line] if mark.line < len(lines) else ""
            if line[mark.column : mark.column + 1] == "&":
                anchor = line[mark.column :].split(maxsplit=1)[0]
                message = f"YAML reads {anchor!r} as an anchor and drops it: put the text in quotes"
                found.append(Problem(path, mark.line + 1, message))
    return sorted(found, key=lambda problem: problem.line)


def _check_entry(
    path: str,
    node: yaml.Node,
    agencies: frozenset[str] | None,
    seen: dict[str, str],
    out: list[Problem],
) -> None:
    if not isinstance(node, yaml.MappingNode):
        out.append(Problem(path, _line(node), "an entry must be a mapping"))
        return
    fields: dict[str, yaml.Node] = {}
    key_lines: dict[str, int] = {}
    for key, value in node.value:
        name = str(key.value)
        if name not in REQUIRED and name not in OPTIONAL:
            out.append(Problem(path, _line(key), _unknown_field(name)))
        if name in fields:
            # YAML keeps the last of two equal keys: the first block would vanish unseen
            first = key_lines[name]
            out.append(Problem(path, _line(key), f"'{name}' given twice (first at line {first})"))
        fields[name] = value
        key_lines.setdefault(name, _line(key))
    for name in REQUIRED:
        if name not in fields:
            out.append(Problem(path, _line(node), f"missing '{name}'"))
    if "id" in fields:
        entry_id = _check_string(path, "id", fields["id"], out)
        if entry_id:
            where = f"{path}:{_line(fields['id'])}"
            if not KEBAB.match(entry_id):
                out.append(Problem(path, _line(fields["id"]), f"id '{entry_id}' is not kebab-case"))
            if entry_id in seen:
                message = f"duplicate id '{entry_id}' (first at {seen[entry_id]})"
                out.append(Problem(path, _line(fields["id"]), message))
            else:
                seen[entry_id] = where
    if "agency" in fields:
        agency = _check_string(path, "agency", fields["agency"], out)
        if agency and agencies is not None and agency not in agencies:
            out.append(Problem(path, _line(fields["agency"]), _unknown_agency(agency, agencies)))
    if "questions" in fields:
        _check_list(path, "questions", fields["questions"], out, required=True)
    if "keywords" in fields and not _is_null(fields["keywords"]):
        _check_list(path, "keywords", fields["keywords"], out, required=False)
    if "answer" in fields:
        _check_string(path, "answer", fields["answer"], out)
    for name in ("answer_en", "title_en"):
        if name in fields and not _is_null(fields[name]):
            _check_string(path, name, fields[name], out)
    if "questions_en" in fields and not _is_null(fields["questions_en"]):
        _check_list(path, "questions_en", fields["questions_en"], out, required=False)


def _unknown_field(name: str) -> str:
    guess = nearest(name, REQUIRED + OPTIONAL)
    fix = f"did you mean '{guess}'?" if guess else f"fields: {', '.join(REQUIRED + OPTIONAL)}"
    return f"unknown field '{name}' ({fix})"


def _unknown_agency(code: str, agencies: frozenset[str]) -> str:
    guess = nearest(code, agencies)
    fix = f"did you mean '{guess}'?" if guess else "use a code from the agencies file"
    return f"unknown agency '{code}' ({fix})"


def _is_null(node: yaml.Node) -> bool:
    return isinstance(node, yaml.ScalarNode) and node.tag == "tag:yaml.org,2002:null"


def read_files(
    files: Iterable[Path], agencies: frozenset[str] | None
) -> tuple[list[tuple[Path, yaml.SequenceNode]], list[Problem]]:
    """Each file's list of entries (parsed once, for the loader to build from) and all
    problems found in ``files``; ``agencies`` None skips the agency check."""
    documents: list[tuple[Path, yaml.SequenceNode]] = []
    problems: list[Problem] = []
    seen: dict[str, str] = {}
    for file in files:
        path = str(file)
        raw, text = b"", ""
        try:
            raw = file.read_bytes()
            text = raw.decode("utf-8")
            root = compose_yaml(text)
        except (yaml.MarkedYAMLError, yaml.reader.ReaderError) as exc:
            problem = describe_yaml_error(exc, text)
            problems.append(Problem(path, problem.line, f"invalid YAML: {problem.message}"))
            continue
        except UnicodeDecodeError as exc:  # saved by an editor in Windows-1252 or Latin-1
            line, byte = raw.count(b"\n", 0, exc.start) + 1, raw[exc.start]
            message = f"not UTF-8 text (byte 0x{byte:02x}): save the file as UTF-8"
            problems.append(Problem(path, line, message))
            continue
        except (yaml.YAMLError, OSError) as exc:
            problems.append(Problem(path, 1, f"cannot read: {exc}"))
            continue
        if root is None:
            continue
        if not isinstance(root, yaml.SequenceNode):
            problems.append(Problem(path, _line(root), "expected a list of entries"))
            continue
        documents.append((file, root))
        problems.extend(_dropped_anchors(path, root, text.splitlines()))
        for node in root.value:
            _check_entry(path, node, agencies, seen, problems)
    return documents, problems


def check_files(files: Iterable[Path], agencies: frozenset[str] | None) -> list[Problem]:
    """All problems found in ``files``; ``agencies`` None skips the agency check."""
    return read_files(files, agencies)[1]


def read_kb(
    folder: Path, agencies: frozenset[str] | None
) -> tuple[list[tuple[Path, yaml.SequenceNode]], list[Problem]]:
    """:func:`read_files` on the knowledge base in ``folder``; a folder with no entry
    at all is a problem too (a bot that can answer nothing)."""
    try:
        files = kb_files(folder)
    except KnowledgeBaseError as exc:
        return [], [Problem(str(folder), 0, str(exc))]
    if not files:
        return [], [Problem(str(folder), 0, _no_files(folder))]
    documents, problems = read_files(files, agencies)
    if not problems and not any(root.value for _, root in documents):
        problems.append(Problem(str(folder), 0, "no entries: its .yaml files are empty"))
    return documents, problems


def _no_files(folder: Path) -> str:
    others = sorted(p.name for p in folder.iterdir() if not p.name.startswith("."))[:3]
    held = f" (it holds {', '.join(others)}: only .yaml and .yml files are read)" if others else ""
    return f"no .yaml files{held}; to start, copy the sample's: knowledge_base/sample/*.yaml"


def check_kb(folder: Path, agencies: frozenset[str] | None) -> list[Problem]:
    return read_kb(folder, agencies)[1]
