"""CI runs the test command the README gives, character for character."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_ci_runs_the_readme_s_test_command() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8").splitlines()
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    command = next(line for line in ci if line.startswith("python3 -m venv") and "pytest" in line)
    assert command in readme
    assert "pytest -q -n" in command  # the suite runs on several workers (pytest-xdist)
