"""An operator's slips in the agencies file and the knowledge-base folder are one
``problem:`` line naming the file, the line and what to do, never a traceback and never
a bot that starts with nothing to answer."""

from __future__ import annotations

import errno
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.config import sample_agencies_path, sample_kb_path
from knowledge_base import files as kb_files_module
from tests.config.cli import GOOD_TOKEN, Aduan


def own_agencies(aduan: Aduan, old: str = "", new: str = "") -> Path:
    """The sample agencies file copied to the operator's folder, ``old`` replaced once."""
    text = sample_agencies_path().read_text(encoding="utf-8")
    assert old in text
    path = aduan.folder / "agencies.yaml"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    aduan.set(telegram_token=GOOD_TOKEN, agencies=str(path))
    return path


def line_of(path: Path, text: str, occurrence: int = 1) -> int:
    lines = [n for n, line in enumerate(path.read_text().splitlines(), 1) if text in line]
    return lines[occurrence - 1]


def only_problem(aduan: Aduan) -> str:
    result = aduan("check-config")
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    problems = [line for line in result.stdout.splitlines() if line.startswith("problem: ")]
    assert len(problems) == 1, result.stdout
    return problems[0].removeprefix("problem: ")


def test_a_tab_in_the_agencies_file_names_its_line_and_says_to_use_spaces(aduan: Aduan) -> None:
    path = own_agencies(aduan, "    short_name: Disdukcapil", "\tshort_name: Disdukcapil")
    line = line_of(path, "\tshort_name")
    assert only_problem(aduan) == (
        f"ADUAN_AGENCIES: {path}:{line}: invalid YAML: a tab character: YAML indents with "
        "spaces only, replace the tab with spaces"
    )


def test_an_impossible_day_off_names_its_line_instead_of_a_traceback(aduan: Aduan) -> None:
    path = own_agencies(
        aduan, "default_agency: diskominfo", "default_agency: diskominfo\nsla:\n"
        "  extra_days_off: [2026-12-24, 2026-12-32]"
    )  # fmt: skip
    problem = only_problem(aduan)
    assert problem.startswith(f"ADUAN_AGENCIES: {path}:{line_of(path, '2026-12-32')}: '2026-12-32'")
    assert "YYYY-MM-DD" in problem


def test_a_second_agency_with_the_same_code_is_named_at_its_own_line(aduan: Aduan) -> None:
    path = own_agencies(aduan, "  - code: dinkes", "  - code: disdukcapil")
    line = line_of(path, "- code: disdukcapil", occurrence=2)
    assert only_problem(aduan).startswith(f"{path}:{line}: ")
    assert "duplicate code 'disdukcapil'" in only_problem(aduan)


def test_a_field_of_an_agency_is_named_at_its_line(aduan: Aduan) -> None:
    path = own_agencies(aduan, 'staff_chat_id: "-1001000000001"', "staff_chat_id: grup kami")
    line = line_of(path, "staff_chat_id: grup kami")
    assert only_problem(aduan).startswith(f"{path}:{line}: agencies[0] (disdukcapil)")


def test_windows_line_endings_and_a_bom_are_read_like_any_file(aduan: Aduan) -> None:
    text = sample_agencies_path().read_text(encoding="utf-8")
    path = aduan.folder / "agencies.yaml"
    path.write_bytes(b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode("utf-8"))
    kb = shutil.copytree(sample_kb_path(), aduan.folder / "kb")
    for file in kb.glob("*.yaml"):
        file.write_bytes(b"\xef\xbb\xbf" + file.read_bytes().replace(b"\n", b"\r\n"))
    aduan.set(telegram_token=GOOD_TOKEN, agencies=str(path), kb=str(kb))
    result = aduan("check-config")
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith(f"ok: 15 agencies from {path}, 72 KB entries from {kb}")


def test_the_sample_s_fictional_chat_ids_left_in_a_copy_are_warned_about(aduan: Aduan) -> None:
    own_agencies(aduan)
    result = aduan("check-config")
    assert result.exit_code == 0
    assert "still has the sample's fictional chat ids" in result.stderr
    assert "send /chatid in each group" in result.stderr


def kb_folder(aduan: Aduan, **files: str) -> Path:
    folder = aduan.folder / "kb"
    folder.mkdir()
    for name, text in files.items():
        (folder / name.replace("_", ".")).write_text(text, encoding="utf-8")
    aduan.set(telegram_token=GOOD_TOKEN, kb=str(folder))
    return folder


def test_an_empty_knowledge_base_folder_is_refused(aduan: Aduan) -> None:
    folder = kb_folder(aduan, faq_yaml_txt="- id: x\n")
    assert only_problem(aduan) == (
        f"{folder}: no .yaml files (it holds faq.yaml.txt: only .yaml and .yml files are "
        "read); to start, copy the sample's: knowledge_base/sample/*.yaml"
    )


def test_a_knowledge_base_of_empty_files_is_refused_not_started_dumb(aduan: Aduan) -> None:
    folder = kb_folder(aduan, a_yaml="", b_yaml="# belum diisi\n[]\n")
    assert only_problem(aduan) == f"{folder}: no entries: its .yaml files are empty"
    assert aduan("run").exit_code == 2


def test_a_missing_knowledge_base_folder_is_named_where_it_was_looked_for(aduan: Aduan) -> None:
    aduan.set(telegram_token=GOOD_TOKEN, kb="config/kbb")
    expected = f"config/kbb: no such folder (looked for {aduan.folder / 'config' / 'kbb'})"
    assert only_problem(aduan) == expected


def test_an_unreadable_knowledge_base_folder_is_not_taken_for_an_empty_one(
    aduan: Aduan, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = kb_folder(aduan)

    def walk_without_permission(top: Path, onerror: object, **_: object) -> Iterator[object]:
        assert callable(onerror)
        onerror(PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(top)))
        return iter(())

    monkeypatch.setattr(kb_files_module.os, "walk", walk_without_permission)
    assert only_problem(aduan) == (
        f"{folder}: cannot read the folder {folder}: Permission denied (the user running "
        f"aduan needs to read it: chmod -R a+rX {folder})"
    )


ENTRY = "- id: jam-buka\n  agency: disdukcapil\n  questions:\n    - Kapan kantor buka?\n"


@pytest.mark.parametrize(
    ("answer", "advice"),
    [
        ("  answer: Jam buka: 08.00-16.00\n", "a ': ' inside a value: put the text in quotes"),
        ('  answer: "Jam buka 08.00\n', "the quote opened at line 5 is never closed"),
        ("   answer: Jam buka\n", "indented differently from the lines around it"),
        ("\tanswer: Jam buka\n", "a tab character"),
    ],
)
def test_a_yaml_slip_in_an_entry_says_what_to_change(
    aduan: Aduan, answer: str, advice: str
) -> None:
    folder = kb_folder(aduan, layanan_yaml=ENTRY + answer)
    problem = only_problem(aduan)
    assert problem.startswith(f"{folder / 'layanan.yaml'}:")
    assert advice in problem


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("  answer: &info bawa KK dan KTP\n", 5),
        ("  answer: Bawa KK.\n  keywords:\n    - &ktp ktp hilang\n", 7),
    ],
)
def test_text_that_starts_with_an_ampersand_is_refused_not_cut_short(
    aduan: Aduan, text: str, line: int
) -> None:
    folder = kb_folder(aduan, a_yaml=ENTRY + text)
    assert only_problem(aduan) == (
        f"{folder / 'a.yaml'}:{line}: YAML reads '&{text.split('&')[1].split()[0]}' "
        "as an anchor and drops it: put the text in quotes"
    )


def test_an_ampersand_in_quotes_or_inside_the_text_is_kept(aduan: Aduan) -> None:
    kb_folder(aduan, a_yaml=ENTRY + '  answer: "&ndash; bawa KK"\n  keywords: [KK & KTP]\n')
    result = aduan("check-config")
    assert result.exit_code == 0, result.output


def test_a_misspelt_agency_in_an_entry_names_the_agency_meant(aduan: Aduan) -> None:
    folder = kb_folder(aduan, a_yaml=ENTRY.replace("disdukcapil", "dukcapil") + "  answer: x\n")
    assert only_problem(aduan) == (
        f"{folder / 'a.yaml'}:2: unknown agency 'dukcapil' (did you mean 'disdukcapil'?)"
    )


def test_kb_check_without_options_checks_the_configured_knowledge_base(aduan: Aduan) -> None:
    folder = kb_folder(aduan, a_yaml=ENTRY)
    (aduan.folder / ".env").write_text(f"ADUAN_KB={folder}\n", encoding="utf-8")
    aduan._monkeypatch.delenv("ADUAN_KB")
    result = aduan("kb", "check")
    assert result.exit_code == 1 and f"{folder / 'a.yaml'}:1: missing 'answer'" in result.stdout
    (folder / "a.yaml").write_text(ENTRY + "  answer: Senin-Jumat.\n", encoding="utf-8")
    result = aduan("kb", "check")
    assert result.exit_code == 0 and f"ok: 1 entries in {folder}" in result.stderr


def test_a_link_back_to_a_parent_folder_is_read_once_not_forever(tmp_path: Path) -> None:
    kb = tmp_path / "kb"
    shutil.copytree(sample_kb_path(), kb / "dinas")
    (kb / "dinas" / "kembali").symlink_to(kb, target_is_directory=True)  # a loop
    found = kb_files_module.kb_files(kb)
    assert found and len(found) == len({path.resolve() for path in found})
    assert {path.name for path in found} == {path.name for path in sample_kb_path().iterdir()}
