"""Run ``aduan`` commands in-process (typer's runner) with a clean ``ADUAN_*``
environment in a folder of the test's own."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from bot.cli import build_app

GOOD_TOKEN = "123456789:AAFakeTokenForTestsOnly_abcdefghijkl"


class Aduan:
    def __init__(self, monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
        for name in list(os.environ):
            if name.startswith("ADUAN_") and not name.startswith("ADUAN_TEST"):
                monkeypatch.delenv(name)
        monkeypatch.chdir(folder)
        self._monkeypatch = monkeypatch
        self.folder = folder

    def set(self, **settings: str) -> Aduan:
        for name, value in settings.items():
            self._monkeypatch.setenv(f"ADUAN_{name.upper()}", value)
        return self

    def __call__(self, *args: str) -> Result:
        return CliRunner().invoke(build_app(), list(args))


@pytest.fixture
def aduan(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Aduan:
    return Aduan(monkeypatch, tmp_path)
