"""What the README and docs/ say must be true: every relative link (and #anchor)
resolves to a file (and heading) inside the repository, nothing links outside it, and
every ``aduan …`` command they show exists in the CLI."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import typer

from bot.cli import build_app

ROOT = Path(__file__).resolve().parents[2]
DOCUMENTS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
LINK = re.compile(r"!?\[[^\]]*\]\(([^)\s]+)(?:\s+\"[^\"]*\")?\)")
CODE_SPAN = re.compile(r"`([^`\n]+)`")
FENCE = re.compile(r"^```.*?^```", re.S | re.M)
SHELL = {"$", "&&", "||", "|", ";", "(", "then", "do"}
ENV = re.compile(r"[A-Z_]+=\S*")
WORD = re.compile(r"[a-z][a-z|\\-]*")


def slug(heading: str) -> str:
    """GitHub's anchor for a heading."""
    text = re.sub(r"[`*_]", "", heading.strip().lower())
    text = re.sub(r"[^\w\- ]", "", text)
    return text.replace(" ", "-")


def anchors(document: Path) -> set[str]:
    text = FENCE.sub("", document.read_text(encoding="utf-8"))
    return {slug(m) for m in re.findall(r"^#{1,6} +(.+)$", text, re.M)}


def links(document: Path) -> list[str]:
    text = FENCE.sub("", document.read_text(encoding="utf-8"))
    return LINK.findall(text)


@pytest.mark.parametrize("document", DOCUMENTS, ids=lambda p: p.name)
def test_every_relative_link_resolves_inside_the_repository(document: Path) -> None:
    broken = []
    for target in links(document):
        if re.match(r"^(https?|mailto):", target):
            continue
        path, _, anchor = target.partition("#")
        file = (document.parent / path).resolve() if path else document
        if not file.is_relative_to(ROOT) or not file.exists():
            broken.append(f"{target}: no such file in the repository")
        elif anchor and file.suffix == ".md" and anchor not in anchors(file):
            broken.append(f"{target}: no heading with that anchor")
    assert broken == [], f"{document.name}: {broken}"


def _invocations(line: str) -> list[tuple[str, ...]]:
    """``aduan`` where a shell runs it (first word, after ``$``, ``&&``, ``|``, ``;``
    or ``VAR=value``), with up to two command words after it."""
    tokens = re.split(r"\s+#", line, maxsplit=1)[0].split()
    found = []
    for i, token in enumerate(tokens):
        before = tokens[i - 1] if i else ""
        if token != "aduan" or not (i == 0 or before in SHELL or ENV.fullmatch(before)):
            continue
        words = []
        for word in tokens[i + 1 : i + 3]:
            if not WORD.fullmatch(word):
                break
            words.append(word.replace("\\", ""))
        found.append(tuple(words))
    return found


def commands_shown(document: Path) -> set[tuple[str, ...]]:
    text = document.read_text(encoding="utf-8")
    code = [*CODE_SPAN.findall(FENCE.sub("", text)), *FENCE.findall(text)]
    return {
        words for snippet in code for line in snippet.splitlines() for words in _invocations(line)
    }


def missing(group: Any, words: tuple[str, ...]) -> list[str]:
    """The command paths among ``words`` (alternatives split on ``|``) the CLI lacks."""
    if not words:
        return []
    absent = []
    for name in filter(None, words[0].split("|")):
        command = group.commands.get(name)
        if command is None:
            absent.append(name)
        elif hasattr(command, "commands"):  # a group: the next word is its command
            absent += [f"{name} {m}" for m in missing(command, words[1:])]
    return absent


def test_every_aduan_command_in_the_documents_exists() -> None:
    cli = typer.main.get_command(build_app())
    found = {d.name: commands_shown(d) for d in DOCUMENTS}
    assert ("db", "backup") in found["README.md"]  # the parser sees what it should
    absent = sorted(
        f"{name}: aduan {' '.join(words)} ({m})"
        for name, shown in found.items()
        for words in shown
        if (m := ", ".join(missing(cli, words)))
    )
    assert absent == []


def test_the_checks_catch_what_they_are_for(tmp_path: Path) -> None:
    cli = typer.main.get_command(build_app())
    assert missing(cli, ("report", "monthly")) == ["report"]
    assert missing(cli, ("kb", "check|lint")) == ["kb lint"]
    assert slug("Delivery: flood control, failures, dead letters") == (
        "delivery-flood-control-failures-dead-letters"
    )
    assert slug("Personal data (UU 27/2022)") == "personal-data-uu-272022"


# set by the test command, CI and docker-compose.yml, not read by aduan's settings
NOT_SETTINGS = {"ADUAN_TEST_POSTGRES_URL", "ADUAN_REQUIRE_POSTGRES", "ADUAN_HOST_PORT"}


def test_every_setting_the_documents_name_exists() -> None:
    from bot.config import Settings

    known = {f"ADUAN_{name.upper()}" for name in Settings.model_fields}
    unknown = set()
    for document in DOCUMENTS:
        for name in re.findall(r"ADUAN_[A-Z0-9_]+", document.read_text(encoding="utf-8")):
            if name.endswith("_"):  # a family: ADUAN_SLA_*
                if not any(k.startswith(name) for k in known):
                    unknown.add(f"{document.name}: {name}*")
            elif name not in known | NOT_SETTINGS:
                unknown.add(f"{document.name}: {name}")
    assert sorted(unknown) == []
