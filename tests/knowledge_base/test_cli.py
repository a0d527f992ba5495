from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from typer.testing import CliRunner

from bot.cli.kb import kb_app


def run_match(kb_dir: Path, stdin: str) -> list[dict[str, object]]:
    result = CliRunner().invoke(kb_app, ["match", "--kb", str(kb_dir)], input=stdin)
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_match_writes_one_json_object_per_input_line_in_order(kb_dir: Path) -> None:
    records = run_match(
        kb_dir, "syarat ktp pemula apa\nmakasih min\njalan depan rumah rusak parah\n"
    )
    assert [r["intent"] for r in records] == ["faq", "smalltalk", "complaint"]
    assert records[0]["entry"] == "ktp-pemula"
    assert records[1]["entry"] is None


def test_each_record_has_exactly_the_contract_fields(kb_dir: Path) -> None:
    (record,) = run_match(kb_dir, "syarat akte lahir\n")
    assert set(record) == {"query", "intent", "entry", "score", "suggestions"}
    assert record["query"] == "syarat akte lahir"
    assert isinstance(record["score"], float) and 0 <= record["score"] <= 100
    assert isinstance(record["suggestions"], list) and len(record["suggestions"]) <= 3


def test_match_with_emergency_adds_whether_to_point_to_112(kb_dir: Path) -> None:
    result = CliRunner().invoke(
        kb_app,
        ["match", "--kb", str(kb_dir), "--emergency"],
        input="ada kebakaran di pasar sekarang\nsyarat akte lahir\n",
    )
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["emergency"] for r in records] == [True, False]


def test_blank_long_and_odd_unicode_lines_each_get_a_record(kb_dir: Path) -> None:
    lines = ["", "ktp " * 20000, "\u200b\u200f\u202ekk\u200d hilang", "🙏", "مرحبا", "\x00\x07"]
    records = run_match(kb_dir, "\n".join(lines) + "\n")
    assert len(records) == len(lines)
    assert records[0] == {
        "query": "",
        "intent": "none",
        "entry": None,
        "score": 0.0,
        "suggestions": [],
    }


def test_match_as_a_process_flushes_valid_utf8_json_per_line(kb_dir: Path) -> None:
    code = "from bot.cli.kb import kb_app; kb_app()"
    data = "syarat ktp pemula\n\ufeffhalo\u200b min\n".encode() + b"bad byte \xff here\n"
    completed = subprocess.run(
        [sys.executable, "-c", code, "match", "--kb", str(kb_dir)],
        input=data,
        capture_output=True,
        check=True,
        timeout=300,  # a hang fails; a loaded machine (Python start-up, the KB built) does not
    )
    lines = completed.stdout.decode("utf-8").splitlines()
    assert [json.loads(line)["intent"] for line in lines] == ["faq", "smalltalk", "none"]


def test_match_with_a_missing_kb_fails_with_a_message(tmp_path: Path) -> None:
    result = CliRunner().invoke(kb_app, ["match", "--kb", str(tmp_path / "nope")], input="x\n")
    assert result.exit_code == 2
    assert "no such folder" in result.output
