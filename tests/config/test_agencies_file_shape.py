"""An agencies file emptied, pasted as one agency's block, or whose ``default_agency``
names no agency: one problem naming the file (and the line) and what to write."""

from __future__ import annotations

from pathlib import Path

import pytest

from domain.agencies import AgenciesFileError, load_agencies
from tests.config.cli import Aduan
from tests.config.test_clumsy_files import line_of, only_problem, own_agencies

START = "copy bot/sample/agencies.yaml and change it (reference: docs/agencies-file.md)"


def refusal(tmp_path: Path, text: str) -> str:
    path = tmp_path / "agencies.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(AgenciesFileError) as refused:
        load_agencies(path)
    return str(refused.value).removeprefix(f"{path}: ")


@pytest.mark.parametrize("text", ["", "# diisi nanti\n", "\ufeff\r\n"])
def test_an_empty_agencies_file_says_to_start_from_the_sample(tmp_path: Path, text: str) -> None:
    assert refusal(tmp_path, text) == f"the file is empty (or only comments): {START}"


def test_an_agency_block_pasted_alone_says_where_agencies_go(tmp_path: Path) -> None:
    assert refusal(tmp_path, "- code: pupr\n  name: Dinas PUPR\n") == (
        "the file is a list: its agencies go under 'agencies:', beside 'regency:' and "
        f"'default_agency:'; {START}"
    )


def test_a_misspelt_default_agency_names_its_line_and_the_code_meant(aduan: Aduan) -> None:
    path = own_agencies(aduan, "default_agency: diskominfo", "default_agency: kominfo")
    assert only_problem(aduan) == (
        f"{path}:{line_of(path, 'default_agency: kominfo')}: default_agency: 'kominfo' is not "
        "the code of an agency in the file (did you mean 'diskominfo'?)"
    )


def test_a_missing_default_agency_lists_codes_to_choose_from(tmp_path: Path) -> None:
    text = "regency: X\nagencies:\n  - code: pupr\n    name: Dinas PUPR\n"
    assert refusal(tmp_path, text) == (
        "default_agency: missing: name the agency that receives tickets whose agency is "
        "unknown (one of pupr)"
    )
