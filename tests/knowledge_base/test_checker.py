from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from bot.cli.kb import kb_app
from knowledge_base.checker import check_kb

AGENCIES = frozenset({"disdukcapil", "bapenda"})

GOOD = """\
- id: ktp-pemula
  agency: disdukcapil
  questions: ["Apa syarat KTP pemula?"]
  answer: Bawa KK.
"""


def write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def messages(folder: Path) -> list[str]:
    return [str(p) for p in check_kb(folder, AGENCIES)]


def test_a_clean_kb_has_no_problems(tmp_path: Path) -> None:
    write(tmp_path, "a.yaml", GOOD)
    assert messages(tmp_path) == []


def test_a_duplicate_id_is_reported_at_the_second_file_and_line(tmp_path: Path) -> None:
    write(tmp_path, "a.yaml", GOOD)
    b = write(tmp_path, "b.yaml", "# again\n" + GOOD)
    assert messages(tmp_path) == [
        f"{b}:2: duplicate id 'ktp-pemula' (first at {tmp_path / 'a.yaml'}:1)"
    ]


def test_an_unknown_agency_is_reported_at_its_line(tmp_path: Path) -> None:
    a = write(tmp_path, "a.yaml", GOOD.replace("agency: disdukcapil", "agency: dukcapilx"))
    assert messages(tmp_path) == [
        f"{a}:2: unknown agency 'dukcapilx' (did you mean 'disdukcapil'?)"
    ]


def test_an_empty_question_and_an_empty_answer_are_reported(tmp_path: Path) -> None:
    text = "- id: a\n  agency: bapenda\n  questions:\n    - ''\n  answer: ''\n"
    a = write(tmp_path, "a.yaml", text)
    assert messages(tmp_path) == [f"{a}:4: empty question", f"{a}:5: 'answer' is empty"]


def test_bad_yaml_is_reported_with_its_line(tmp_path: Path) -> None:
    a = write(tmp_path, "a.yaml", GOOD + "- id: [unclosed\n")
    problems = messages(tmp_path)
    assert len(problems) == 1
    assert problems[0].startswith(f"{a}:6: invalid YAML")


def test_an_id_that_is_not_kebab_case_is_reported(tmp_path: Path) -> None:
    a = write(tmp_path, "a.yaml", GOOD.replace("id: ktp-pemula", "id: KTP_Pemula"))
    assert messages(tmp_path) == [f"{a}:1: id 'KTP_Pemula' is not kebab-case"]


def test_wrong_types_and_missing_fields_are_reported(tmp_path: Path) -> None:
    text = (
        "- id: 12\n"
        "  agency: bapenda\n"
        "  questions: Apa itu PBB?\n"
        "  keywords: [pbb, [nested]]\n"
        "  answer: [not, text]\n"
        "- agency: bapenda\n"
        "  questions: ['Apa?']\n"
        "  anwser: typo\n"
        "- just a string\n"
    )
    a = write(tmp_path, "a.yaml", text)
    assert messages(tmp_path) == [
        f"{a}:1: 'id' must be a string: YAML reads '12' as a number, put it in quotes ('12')",
        f"{a}:3: 'questions' must be a list of strings",
        f"{a}:4: each keyword must be a string",
        f"{a}:5: 'answer' must be a string",
        f"{a}:8: unknown field 'anwser' (did you mean 'answer'?)",
        f"{a}:6: missing 'id'",
        f"{a}:6: missing 'answer'",
        f"{a}:9: an entry must be a mapping",
    ]


def test_a_file_that_is_not_a_list_is_reported(tmp_path: Path) -> None:
    a = write(tmp_path, "a.yaml", "id: x\n")
    assert messages(tmp_path) == [f"{a}:1: expected a list of entries"]


def test_every_problem_in_every_file_is_reported(tmp_path: Path) -> None:
    write(tmp_path, "a.yaml", GOOD.replace("agency: disdukcapil", "agency: nope"))
    write(tmp_path, "b.yaml", GOOD.replace("answer: Bawa KK.", "answer: ''"))
    assert len(messages(tmp_path)) == 3  # unknown agency, duplicate id, empty answer


def test_the_check_command_exits_0_when_clean(tmp_path: Path, agencies_file: Path) -> None:
    write(tmp_path / "kb", "a.yaml", GOOD)
    result = CliRunner().invoke(
        kb_app, ["check", "--kb", str(tmp_path / "kb"), "--agencies", str(agencies_file)]
    )
    assert result.exit_code == 0, result.output


def test_the_check_command_lists_problems_one_per_line_and_exits_1(
    tmp_path: Path, agencies_file: Path
) -> None:
    a = write(tmp_path / "kb", "a.yaml", GOOD.replace("disdukcapil", "nope") + GOOD)
    result = CliRunner().invoke(
        kb_app, ["check", "--kb", str(tmp_path / "kb"), "--agencies", str(agencies_file)]
    )
    assert result.exit_code == 1
    lines = [line for line in result.stdout.splitlines() if line]
    assert lines == [
        f"{a}:2: unknown agency 'nope' (use a code from the agencies file)",
        f"{a}:5: duplicate id 'ktp-pemula' (first at {a}:1)",
    ]


def test_a_field_given_twice_in_one_entry_is_reported_at_the_second(tmp_path: Path) -> None:
    text = (
        "- id: a\n  agency: bapenda\n  questions:\n    - bayar pbb\n"
        "  answer: Di bank.\n  questions:\n    - pbb lewat hp\n"
    )
    a = write(tmp_path, "a.yaml", text)
    assert messages(tmp_path) == [f"{a}:6: 'questions' given twice (first at line 3)"]
