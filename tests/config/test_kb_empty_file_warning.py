"""A knowledge-base file left empty among files with entries is warned about by
``aduan kb check`` and ``aduan check-config``: the bot would start without its answers."""

from __future__ import annotations

from tests.config.cli import Aduan
from tests.config.test_clumsy_files import ENTRY, kb_folder

WARNING = "(an empty file, emptied by mistake?): the bot answers nothing from it"


def test_an_emptied_file_beside_others_is_warned_about_but_checks_pass(aduan: Aduan) -> None:
    folder = kb_folder(aduan, a_yaml=ENTRY + "  answer: Senin-Jumat.\n", b_yaml="")
    for command in (("kb", "check"), ("check-config",)):
        result = aduan(*command)
        assert result.exit_code == 0, result.output
        assert f"warning: no entries in {folder / 'b.yaml'} {WARNING}" in result.stderr


def test_files_that_all_have_entries_bring_no_warning(aduan: Aduan) -> None:
    kb_folder(aduan, a_yaml=ENTRY + "  answer: Senin-Jumat.\n")
    result = aduan("kb", "check")
    assert result.exit_code == 0 and "warning" not in result.stderr
