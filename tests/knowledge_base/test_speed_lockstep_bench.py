"""``bench/kb_speed_lockstep.py`` times two trees message by message in two workers."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "bench" / "kb_speed_lockstep.py"


def _data(folder: Path) -> Path:
    shutil.copytree(ROOT / "knowledge_base" / "sample", folder / "kb")
    queries = ["syarat bikin kk", "jam buka dukcapil", "ktp saya hilang gimana ngurusnya"]
    lines = [json.dumps({"q": q, "expect": "none"}) for q in queries]
    (folder / "queries.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": f"{ROOT}{os.pathsep}{ROOT / 'bench'}"}
    return subprocess.run(
        [sys.executable, str(SCRIPT), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        cwd=ROOT,
    )


def test_both_trees_are_timed_on_the_same_queries_and_compared(tmp_path: Path) -> None:
    data = _data(tmp_path)
    done = _run(str(ROOT), str(ROOT), "--data", str(data), "--variants", "200", "--rounds", "2")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert sum(line.startswith(f"{ROOT}: CPU p50 ") for line in lines) == 2
    ratios = next(line for line in lines if line.startswith("B/A: "))
    figures = [float(part.split()[-1]) for part in ratios[len("B/A: ") :].split(", ")]
    assert len(figures) == 3 and all(figure > 0 for figure in figures)


def test_a_folder_that_is_no_checkout_is_refused_by_name(tmp_path: Path) -> None:
    data = _data(tmp_path / "data")
    empty = tmp_path / "empty"
    empty.mkdir()
    done = _run(str(ROOT), str(empty), "--data", str(data), "--variants", "200")
    assert done.returncode != 0
    assert f"the worker in {empty} did not start" in done.stderr
