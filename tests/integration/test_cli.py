"""The operator's commands: clear errors naming the setting, migrations, checks. In-process
(typer's runner); :func:`aduan` runs ``python -m bot`` for tests that need the process
(the delivery tests run ``python -m bot run`` as processes too)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.config.cli import Aduan

TOKEN = "123456789:AAFakeTokenForTestsOnly_abcdefghijkl"


def aduan(
    *args: str, env: dict[str, str] | None = None, cwd: Path
) -> subprocess.CompletedProcess[str]:
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("ADUAN_")}
    full_env.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=full_env,
        cwd=cwd,
        check=False,
    )


@pytest.fixture
def cli(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Aduan:
    return Aduan(monkeypatch, tmp_path)


def test_db_upgrade_and_downgrade_report_the_revision(cli: Aduan, tmp_path: Path) -> None:
    cli.set(database_url=f"sqlite:///{tmp_path}/ops.db")
    up = cli("db", "upgrade")
    assert up.exit_code == 0, up.stderr
    assert "database at revision" in up.stdout and "None" not in up.stdout
    down = cli("db", "downgrade", "base")
    assert down.exit_code == 0 and "revision None" in down.stdout


def test_check_config_counts_agencies_and_entries(cli: Aduan) -> None:
    result = cli.set(telegram_token=TOKEN)("check-config")
    assert result.exit_code == 0, result.stderr
    assert "15 agencies" in result.stdout and "KB entries" in result.stdout


def test_run_without_a_token_names_the_setting(cli: Aduan, tmp_path: Path) -> None:
    result = cli.set(database_url=f"sqlite:///{tmp_path}/x.db")("run")
    assert result.exit_code == 2
    assert "ADUAN_TELEGRAM_TOKEN" in result.stderr


def test_a_malformed_setting_is_named(cli: Aduan) -> None:
    result = cli.set(database_url="mysql://nope")("check-config")
    assert result.exit_code == 2
    assert "ADUAN_DATABASE_URL" in result.stderr


def test_a_missing_agencies_file_is_named(cli: Aduan, tmp_path: Path) -> None:
    result = cli.set(agencies=str(tmp_path / "none.yaml"))("check-config")
    assert result.exit_code == 1
    assert "problem: ADUAN_AGENCIES" in result.stdout


def test_health_is_ok_on_a_quiet_database(cli: Aduan, tmp_path: Path) -> None:
    cli.set(database_url=f"sqlite:///{tmp_path}/h.db")
    assert cli("db", "upgrade").exit_code == 0
    result = cli("health")
    assert result.exit_code == 0, result.stderr
    assert "outbox pending 0" in result.stdout


def test_check_config_warns_of_agencies_whose_objections_reach_no_superior(
    cli: Aduan, tmp_path: Path
) -> None:
    import yaml

    from bot.config import sample_agencies_path

    data = yaml.safe_load(sample_agencies_path().read_text(encoding="utf-8"))
    del data["ppid"]
    path = tmp_path / "agencies.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    result = cli.set(telegram_token=TOKEN, agencies=str(path))("check-config")
    assert result.exit_code == 0, result.stderr
    assert "warning: no PPID superior chat" in result.stderr and "pupr" in result.stderr
