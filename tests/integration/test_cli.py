"""The operator's commands: clear errors naming the setting, migrations, checks."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


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


def test_db_upgrade_and_downgrade_report_the_revision(tmp_path: Path) -> None:
    env = {"ADUAN_DATABASE_URL": f"sqlite:///{tmp_path}/ops.db"}
    up = aduan("db", "upgrade", env=env, cwd=tmp_path)
    assert up.returncode == 0, up.stderr
    assert "database at revision" in up.stdout and "None" not in up.stdout
    down = aduan("db", "downgrade", "base", env=env, cwd=tmp_path)
    assert down.returncode == 0 and "revision None" in down.stdout


def test_check_config_counts_agencies_and_entries(tmp_path: Path) -> None:
    token = {"ADUAN_TELEGRAM_TOKEN": "123456789:AAFakeTokenForTestsOnly_abcdefghijkl"}
    result = aduan("check-config", env=token, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "15 agencies" in result.stdout and "KB entries" in result.stdout


def test_run_without_a_token_names_the_setting(tmp_path: Path) -> None:
    result = aduan("run", env={"ADUAN_DATABASE_URL": f"sqlite:///{tmp_path}/x.db"}, cwd=tmp_path)
    assert result.returncode == 2
    assert "ADUAN_TELEGRAM_TOKEN" in result.stderr


def test_a_malformed_setting_is_named(tmp_path: Path) -> None:
    result = aduan("check-config", env={"ADUAN_DATABASE_URL": "mysql://nope"}, cwd=tmp_path)
    assert result.returncode == 2
    assert "ADUAN_DATABASE_URL" in result.stderr


def test_a_missing_agencies_file_is_named(tmp_path: Path) -> None:
    result = aduan(
        "check-config", env={"ADUAN_AGENCIES": str(tmp_path / "none.yaml")}, cwd=tmp_path
    )
    assert result.returncode == 1
    assert "problem: ADUAN_AGENCIES" in result.stdout


def test_health_is_ok_on_a_quiet_database(tmp_path: Path) -> None:
    env = {"ADUAN_DATABASE_URL": f"sqlite:///{tmp_path}/h.db"}
    aduan("db", "upgrade", env=env, cwd=tmp_path)
    result = aduan("health", env=env, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "outbox pending 0" in result.stdout


def test_check_config_warns_of_agencies_whose_objections_reach_no_superior(
    tmp_path: Path,
) -> None:
    import yaml

    from bot.config import sample_agencies_path

    data = yaml.safe_load(sample_agencies_path().read_text(encoding="utf-8"))
    del data["ppid"]
    path = tmp_path / "agencies.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    token = {"ADUAN_TELEGRAM_TOKEN": "123456789:AAFakeTokenForTestsOnly_abcdefghijkl"}
    result = aduan("check-config", env={**token, "ADUAN_AGENCIES": str(path)}, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "warning: no PPID superior chat" in result.stderr and "pupr" in result.stderr
