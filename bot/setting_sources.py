"""Where each ``ADUAN_*`` setting came from, and the names that are no setting at all.

pydantic-settings reads the environment and ``.env`` but cannot say which one gave a
value, and ignores a name it does not know: ``ADUAN_TELEGRAM_TOKN=…`` or
``ADUAN_TIMEZON=Asia/Makassar`` in ``.env`` would leave the bot on the default without
a word. This module reads ``.env`` with python-dotenv's parser (the one pydantic-settings
reads it with, so ``export``, quotes and comments mean the same to both) to name the
line a setting is on, and lists every ``ADUAN_*`` name that is not a setting, with the
setting it probably meant.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from difflib import get_close_matches
from pathlib import Path
from typing import Any

from dotenv.parser import parse_stream

ENV_FILE = Path(".env")
PREFIX = "ADUAN_"
# ADUAN_* names read by something other than the bot: docker compose (the host port)
# and the test suite. They are not settings, but they are not mistakes either.
READ_ELSEWHERE = frozenset({"ADUAN_HOST_PORT", "ADUAN_REQUIRE_POSTGRES", "ADUAN_CHROMIUM"})
READ_ELSEWHERE_PREFIXES = ("ADUAN_TEST_",)
_SECRET = re.compile(r"TOKEN|SECRET|PASSWORD")
_PASSWORD_IN_URL = re.compile(r":[^:/@]*@")


def env_file_lines(path: Path = ENV_FILE) -> dict[str, int]:
    """Each ``ADUAN_*`` name assigned in ``path`` (upper-cased) and the line its last
    assignment starts on (a quoted value may run over several lines)."""
    try:
        with path.open(encoding="utf-8-sig", errors="replace") as stream:
            bindings = list(parse_stream(stream))
    except OSError:
        return {}
    return {
        binding.key.upper(): binding.original.line
        for binding in bindings
        if binding.key and binding.value is not None and binding.key.upper().startswith(PREFIX)
    }


def source_of(name: str, environ: Mapping[str, str], env_lines: Mapping[str, int]) -> str:
    """``environment`` or ``.env line N``: where the value of ``name`` came from (the
    environment wins over ``.env``, as in pydantic-settings)."""
    if any(key.upper() == name for key in environ):
        return "environment"
    if name in env_lines:
        return f"{ENV_FILE} line {env_lines[name]}"
    return "default"


def shown_value(name: str, value: object) -> str:
    """``value`` as it may appear in a message: never a token, a secret or a password."""
    if _SECRET.search(name):
        return "(hidden)"
    return repr(_PASSWORD_IN_URL.sub(":***@", str(value)))


def _read_elsewhere(name: str) -> bool:
    return name in READ_ELSEWHERE or name.startswith(READ_ELSEWHERE_PREFIXES)


def unknown_names(
    known: Iterable[str], environ: Mapping[str, str], env_lines: Mapping[str, int]
) -> list[str]:
    """One message per ``ADUAN_*`` name in the environment or ``.env`` that is not a
    setting, naming the nearest setting when one is close enough to be a typo."""
    valid = sorted(known)
    given = {key.upper() for key in environ if key.upper().startswith(PREFIX)} | set(env_lines)
    problems = []
    for name in sorted(given):
        if name in valid or _read_elsewhere(name):
            continue
        guess = get_close_matches(name, valid, n=1, cutoff=0.75)
        fix = f"did you mean {guess[0]}?" if guess else "see the Configuration table in README.md"
        where = source_of(name, environ, env_lines)
        problems.append(f"{name} ({where}) is not a setting of aduan: {fix}")
    return problems


def _plain(error: Mapping[str, Any]) -> str:
    """pydantic's complaint in an operator's words."""
    kind, ctx = error["type"], error.get("ctx") or {}
    if kind in ("int_parsing", "int_from_float"):
        return "must be a whole number"
    if kind == "float_parsing":
        return "must be a number"
    if kind == "bool_parsing":
        return "must be true or false"
    bounds = {
        "greater_than_equal": ("at least", "ge"),
        "greater_than": ("more than", "gt"),
        "less_than_equal": ("at most", "le"),
        "less_than": ("less than", "lt"),
    }
    if kind in bounds:
        words, key = bounds[kind]
        return f"must be {words} {ctx.get(key)}"
    if kind == "value_error" and "error" in ctx:
        return str(ctx["error"])
    return str(error["msg"])


def setting_problem(
    error: Mapping[str, Any],
    hints: Mapping[str, str],
    environ: Mapping[str, str],
    env_lines: Mapping[str, int],
) -> str:
    """One line for one of pydantic's errors: the variable, its value unless secret,
    where it was set, what is wrong, and (for a malformed pattern) what is expected."""
    field = "_".join(str(part) for part in error["loc"])
    name = PREFIX + field.upper()
    message = _plain(error)
    if error["type"] == "string_pattern_mismatch" and field in hints:
        message = f"expected {hints[field]}"
    value = shown_value(name, error.get("input"))
    shown = f"{name}" if value == "(hidden)" else f"{name}={value}"
    return f"{shown} ({source_of(name, environ, env_lines)}): {message}"
