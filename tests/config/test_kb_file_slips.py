"""What an operator types into a knowledge-base file that YAML reads otherwise than they
meant, and a file saved in another encoding or not a text file at all: one problem naming
the file, the line and what to change, in the operator's words rather than the parser's."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge_base.checker import check_kb
from tests.config.cli import Aduan
from tests.config.test_clumsy_files import ENTRY, kb_folder, only_problem

AGENCIES = frozenset({"disdukcapil"})


def problems_of(folder: Path, text: str | bytes) -> list[str]:
    folder.mkdir(exist_ok=True)
    path = folder / "layanan.yaml"
    path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
    return [str(problem).removeprefix(f"{path}:") for problem in check_kb(folder, AGENCIES)]


@pytest.mark.parametrize(
    ("answer", "start"),
    [
        ("*Penting*: bawa KTP asli", "*"),
        ("*Penting", "*"),
        ("@disdukcapil di Instagram", "@"),
        ("`KTP` asli", "`"),
        ("& KK asli", "&"),
    ],
)
def test_an_answer_starting_with_a_character_yaml_reserves_says_to_quote_it(
    tmp_path: Path, answer: str, start: str
) -> None:
    problems = problems_of(tmp_path, f"{ENTRY}  answer: {answer}\n")
    assert problems == [
        f"5: invalid YAML: a value that starts with '{start}': YAML reserves that character "
        "at the start of a value: put the text in quotes, or write it on the lines after "
        "'key: |', indented"
    ]


def test_text_after_a_closing_quote_says_to_quote_all_of_it(tmp_path: Path) -> None:
    problems = problems_of(tmp_path, f'{ENTRY}  answer: "Gratis" untuk semua warga\n')
    assert len(problems) == 1
    assert problems[0].startswith("5: invalid YAML: more text after a quoted one: put all of")
    assert "indented differently" not in problems[0]


@pytest.mark.parametrize(
    ("value", "read_as"),
    [("112", "a number"), ("2.5", "a number"), ("yes", "yes/no"), ("2026-01-02", "a date")],
)
def test_a_keyword_yaml_reads_as_no_text_says_to_quote_it(
    tmp_path: Path, value: str, read_as: str
) -> None:
    problems = problems_of(tmp_path, f"{ENTRY}  keywords: [ktp, {value}]\n  answer: x\n")
    assert len(problems) == 1
    assert problems[0].startswith(f"5: each keyword must be a string: YAML reads '{value}' as")
    assert read_as in problems[0] and problems[0].endswith(f"put it in quotes ('{value}')")


def test_an_answer_starting_with_an_exclamation_mark_is_told_to_be_quoted(
    tmp_path: Path,
) -> None:
    problems = problems_of(tmp_path, f"{ENTRY}  answer: !penting bawa KTP\n")
    assert problems == [
        "5: 'answer' must be a string: YAML reads a leading '!penting' as a tag, put the text "
        "in quotes"
    ]


def test_a_quoted_number_is_text(tmp_path: Path) -> None:
    assert problems_of(tmp_path, f"{ENTRY}  keywords: ['112']\n  answer: '112'\n") == []


def test_a_misspelt_field_names_the_field_meant(tmp_path: Path) -> None:
    problems = problems_of(tmp_path, ENTRY.replace("questions:", "question:") + "  answer: x\n")
    assert "3: unknown field 'question' (did you mean 'questions'?)" in problems


def test_a_field_like_no_other_lists_the_fields(tmp_path: Path) -> None:
    problems = problems_of(tmp_path, f"{ENTRY}  answer: x\n  catatan: y\n")
    assert problems == [
        "6: unknown field 'catatan' (fields: id, agency, questions, answer, keywords, "
        "answer_en, questions_en, title_en)"
    ]


def test_a_file_saved_as_latin_1_names_its_line_and_says_to_save_it_as_utf_8(
    aduan: Aduan,
) -> None:
    folder = kb_folder(aduan, layanan_yaml=ENTRY)
    text = f"{ENTRY}  answer: Biaya pengurusan nol rupiah, café di lantai 2.\n"
    (folder / "layanan.yaml").write_bytes(text.encode("latin-1"))
    assert only_problem(aduan) == (
        f"{folder / 'layanan.yaml'}:5: not UTF-8 text (byte 0xe9): save the file as UTF-8"
    )


@pytest.mark.parametrize(
    ("content", "line", "char"),
    [
        (b"PK\x03\x04\x00\x00binary", 1, "U+0003"),
        (f"{ENTRY}  answer: a\x07b\n".encode(), 5, "U+0007"),
    ],
)
def test_a_file_that_is_not_text_names_the_character_and_its_line(
    tmp_path: Path, content: bytes, line: int, char: str
) -> None:
    assert problems_of(tmp_path, content) == [
        f"{line}: invalid YAML: a control character ({char}) that no text file holds: save "
        "the file as plain UTF-8 text, or delete the character"
    ]
