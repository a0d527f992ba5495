from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from knowledge_base import files
from knowledge_base.checker import check_kb
from knowledge_base.entries import KnowledgeBase
from knowledge_base.loader import KnowledgeBaseError, load_kb

SAMPLE_KB = Path(files.__file__).parent / "sample"

TWO_ENTRIES = """\
# Dinas Contoh

- id: izin-keramaian
  agency: satpolpp
  questions:
    - Bagaimana cara mengurus izin keramaian?
    - mau bikin hajatan perlu izin apa
  title_en: How do I get a permit for a public event?
  keywords: [izin keramaian]
  answer: |
    Ajukan ke kecamatan paling lambat 14 hari sebelumnya.
  answer_en: Apply at the district office at least 14 days before.

- id: lampu-jalan-mati
  agency: dishub
  questions: ["Lampu jalan mati, lapor ke mana?"]
  keywords:
  answer: Laporkan lewat /lapor.
"""

libyaml_only = pytest.mark.skipif(not yaml.__with_libyaml__, reason="PyYAML built without libyaml")


def refuse_the_pure_python_parser(monkeypatch: pytest.MonkeyPatch) -> None:
    def refused(self: Any) -> Any:
        raise AssertionError("the pure-Python YAML parser composed a good file")

    monkeypatch.setattr(yaml.composer.Composer, "compose_document", refused)


def load_with_the_pure_python_parser(
    monkeypatch: pytest.MonkeyPatch, folder: Path
) -> KnowledgeBase:
    with monkeypatch.context() as patch:
        patch.setattr(files, "YAML_LOADER", yaml.SafeLoader)
        return load_kb(folder)


@libyaml_only
def test_a_good_knowledge_base_is_parsed_by_libyaml(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "a.yaml").write_text(TWO_ENTRIES, encoding="utf-8")
    refuse_the_pure_python_parser(monkeypatch)
    assert [e.id for e in load_kb(tmp_path).entries] == ["izin-keramaian", "lampu-jalan-mati"]
    assert check_kb(tmp_path, None) == []


def test_entries_carry_their_values_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "a.yaml"
    path.write_text(TWO_ENTRIES, encoding="utf-8")
    first, second = load_kb(tmp_path).entries
    assert (first.source, first.line, second.line) == (str(path), 3, 14)
    assert first.questions == (
        "Bagaimana cara mengurus izin keramaian?",
        "mau bikin hajatan perlu izin apa",
    )
    assert first.answer == "Ajukan ke kecamatan paling lambat 14 hari sebelumnya."
    assert first.title_en == "How do I get a permit for a public event?"
    assert (second.keywords, second.answer_en) == ((), None)


def test_the_sample_knowledge_base_loads_the_same_with_either_parser(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert (
        load_kb(SAMPLE_KB).entries
        == load_with_the_pure_python_parser(monkeypatch, SAMPLE_KB).entries
    )


def test_bad_yaml_keeps_the_pure_python_parsers_message_and_line(tmp_path: Path) -> None:
    path = tmp_path / "a.yaml"
    path.write_text(TWO_ENTRIES + "- id: *nowhere\n", encoding="utf-8")
    expected = f"{path}:19: invalid YAML: a value that starts with '*': YAML reserves that"
    problems = [str(p) for p in check_kb(tmp_path, None)]
    assert len(problems) == 1 and problems[0].startswith(expected)
    with pytest.raises(KnowledgeBaseError, match="a value that starts with '\\*'"):
        load_kb(tmp_path)


def test_a_file_is_read_once_to_check_and_load_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "a.yaml").write_text(TWO_ENTRIES, encoding="utf-8")
    reads: list[Path] = []
    read_bytes = Path.read_bytes

    def counted(self: Path) -> bytes:
        reads.append(self)
        return read_bytes(self)

    monkeypatch.setattr(Path, "read_bytes", counted)
    load_kb(tmp_path)
    assert reads == [tmp_path / "a.yaml"]
